import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type ProcedureRecord,
  procedureRecordSchema,
} from '../../core/catalogue/procedure-record.ts';
import {
  describeRequirements,
  findMissingRequirements,
  type Requirement,
} from './document-requirements.ts';

/** Real catalogue records (fixtures/procedures): the checklist's kinds are read from the wording. */
const records: ProcedureRecord[] = [
  ...JSON.parse(readFileSync('fixtures/procedures/demo-procedures.json', 'utf8')),
  ...JSON.parse(readFileSync('fixtures/procedures/fictional-procedures.json', 'utf8')),
].map((entry: { record: unknown }) => procedureRecordSchema.parse(entry.record));
const byCode = (code: string) => describeRequirements(records.find((r) => r.code === code)!);
const kinds = (lines: Requirement[], caseName: string | null) =>
  lines.filter((l) => l.caseName === caseName).map((l) => [l.kind, l.name.slice(0, 40)] as const);

describe('describeRequirements on real records', () => {
  it('9.999001: two common lines and the proxy letter of its case are required', () => {
    const lines = byCode('9.999001');
    expect(lines.map((l) => [l.no, l.kind, l.caseName])).toEqual([
      [1, 'required', null],
      [2, 'required', null],
      [3, 'required', 'Trường hợp ủy quyền'],
    ]);
    expect(findMissingRequirements(lines, null, new Set([1]))).toEqual([
      { requirementNos: [2], name: 'Bản sao giấy tờ tùy thân' },
    ]);
    expect(findMissingRequirements(lines, null, new Set([1, 2]))).toEqual([]);
    expect(findMissingRequirements(lines, 'Trường hợp ủy quyền', new Set([1, 2]))).toHaveLength(1);
  });

  it('1.001193 birth registration: notes, online forms and conditional papers are not enforced', () => {
    const lines = byCode('1.001193');
    expect(lines.filter((l) => l.caseName === 'Lưu ý').every((l) => l.kind === 'conditional')).toBe(
      true,
    );
    // The paper declaration "(nếu … nộp hồ sơ theo hình thức trực tiếp)" and the online
    // interactive form are both conditional: no line of the common case blocks a reception.
    expect(kinds(lines, null).every(([kind]) => kind === 'conditional')).toBe(true);
    const required = lines.filter((l) => l.kind === 'required').map((l) => l.name.slice(0, 15));
    expect(required).toContain('Giấy chứng sinh');
  });

  it('1.013225 building permit: the three kinds of land certificate are alternatives', () => {
    const lines = byCode('1.013225').filter((l) => l.caseName?.startsWith('(1.1)'));
    const certificates = lines.filter((l) => l.name.startsWith('Giấy chứng nhận quyền'));
    expect(certificates.length).toBe(3);
    expect(new Set(certificates.map((l) => l.group)).size).toBe(1);
    expect(certificates.every((l) => l.kind === 'alternative')).toBe(true);
    const caseName = certificates[0]!.caseName;
    const all = byCode('1.013225');
    const others = all
      .filter((l) => l.caseName === caseName && l.kind === 'required')
      .map((l) => l.no);
    // One certificate is enough; none at all is one missing line naming the three.
    expect(
      findMissingRequirements(all, caseName, new Set([...others, certificates[1]!.no])),
    ).toEqual([]);
    const missing = findMissingRequirements(all, caseName, new Set(others));
    expect(missing).toHaveLength(1);
    expect(missing[0]!.requirementNos).toEqual(certificates.map((l) => l.no));
    expect(missing[0]!.name.split(' hoặc ')).toHaveLength(3);
  });
});
