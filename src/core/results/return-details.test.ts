import { describe, expect, it } from 'vitest';
import { composeDocumentCode, fallbackResultTypeCode } from './document-code.ts';
import { checkReturnDetails, type ReturnFacts } from './return-details.ts';

const facts: ReturnFacts = {
  applicantName: 'Nguyễn Văn Bình',
  applicantIdNumber: '033095001234',
  resultFileIds: [],
  signatureFileValid: null,
  today: '2026-03-02',
};

describe('document code (Decree 118/2025 Art. 22)', () => {
  it('is the holder ID number followed by the result-type code; the fallback names the procedure', () => {
    expect(composeDocumentCode(' 033-095-001234 ', 'KQ.TN.000001')).toBe(
      '033095001234KQ.TN.000001',
    );
    expect(fallbackResultTypeCode('1.001193')).toBe('KQ.1.001193');
  });
});

describe('checkReturnDetails', () => {
  it('in person defaults to the applicant and records how it was signed', () => {
    expect(checkReturnDetails({ method: 'in_person', signedOnPaper: true }, facts)).toEqual({
      collectedBy: 'Nguyễn Văn Bình',
      collectorIdNumber: '033095001234',
      collectorIsApplicant: true,
      signature: 'paper',
    });
  });
  it('someone else needs the authorisation noted', () => {
    const other = {
      method: 'in_person' as const,
      collectedBy: 'Trần Cúc',
      collectorIdNumber: '001190000111',
    };
    expect(() => checkReturnDetails(other, facts)).toThrow(/ủy quyền/);
    expect(
      checkReturnDetails({ ...other, authorisationNote: 'UQ 12' }, facts).collectorIsApplicant,
    ).toBe(false);
  });
  it('a signature file that is not a stored signature is refused', () => {
    expect(() =>
      checkReturnDetails(
        { method: 'in_person', signatureFileId: 'x' },
        { ...facts, signatureFileValid: false },
      ),
    ).toThrow(/Chữ ký/);
  });
  it('electronic needs a result file; post cannot be dated tomorrow', () => {
    expect(() => checkReturnDetails({ method: 'electronic' }, facts)).toThrow(/tệp kết quả/);
    expect(
      checkReturnDetails({ method: 'electronic' }, { ...facts, resultFileIds: ['f'] }),
    ).toEqual({ resultFileIds: ['f'] });
    expect(() => checkReturnDetails({ method: 'postal', postedOn: '2026-03-03' }, facts)).toThrow(
      /bưu chính/,
    );
  });
});
