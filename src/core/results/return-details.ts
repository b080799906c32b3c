import { DomainError } from '../errors.ts';
import { normaliseIdNumber } from './document-code.ts';

/** What the officer records when returning a result (the return_result action's extra fields). */
export interface ReturnDetailsInput {
  method: 'in_person' | 'postal' | 'electronic';
  collectedBy?: string | undefined;
  collectorIdNumber?: string | undefined;
  authorisationNote?: string | undefined;
  signatureFileId?: string | undefined;
  signedOnPaper?: boolean | undefined;
  postalTrackingNumber?: string | undefined;
  postedOn?: string | undefined;
}

export interface ReturnFacts {
  applicantName: string;
  applicantIdNumber: string;
  /** Results of the dossier that have a stored file (dossier_results.file_id). */
  resultFileIds: string[];
  /** The signature file named exists as a stored PNG signature; null when none was named. */
  signatureFileValid: boolean | null;
  /** Today in Vietnam time, YYYY-MM-DD. */
  today: string;
}

export type SignatureKind = 'canvas' | 'paper' | 'none';

export interface ReturnDetails {
  collectedBy?: string;
  collectorIdNumber?: string;
  collectorIsApplicant?: boolean;
  signature?: SignatureKind;
  resultFileIds?: string[];
}

const article = 'Điều 22 NĐ 118/2025';

function violate(rule: string, message: string, field: string): never {
  throw new DomainError('RULE_VIOLATED', `${message} (${article}).`, { rule, article, field });
}

/**
 * The checks of each way of returning a result (Decree 118/2025 Art. 22): in person, the person
 * collecting is the applicant or holds an authorisation (the note records it), with a signature
 * on the tablet or on the paper register; by public post, a posting date not in the future;
 * electronically, a result file must exist. Returns what the action log keeps beside the input.
 */
export function checkReturnDetails(input: ReturnDetailsInput, facts: ReturnFacts): ReturnDetails {
  switch (input.method) {
    case 'in_person': {
      // Without a collector named, the applicant collected it (the form prefills the applicant).
      const collectedBy = input.collectedBy?.trim() || facts.applicantName;
      const collectorIdNumber = input.collectorIdNumber?.trim() || facts.applicantIdNumber;
      const isApplicant =
        normaliseIdNumber(collectorIdNumber) === normaliseIdNumber(facts.applicantIdNumber);
      if (!isApplicant && !input.authorisationNote?.trim()) {
        violate(
          'collector_needs_authorisation',
          `Số giấy tờ của người nhận (${collectorIdNumber}) khác với người nộp hồ sơ: ghi giấy ủy quyền (số, ngày, người ủy quyền) trước khi trả`,
          'authorisationNote',
        );
      }
      if (facts.signatureFileValid === false) {
        violate(
          'signature_file_invalid',
          'Chữ ký của người nhận không hợp lệ, ký lại',
          'signature',
        );
      }
      const signature: SignatureKind = input.signatureFileId
        ? 'canvas'
        : input.signedOnPaper
          ? 'paper'
          : 'none';
      return { collectedBy, collectorIdNumber, collectorIsApplicant: isApplicant, signature };
    }
    case 'postal':
      if (input.postedOn && input.postedOn > facts.today) {
        violate('posted_on_in_future', 'Ngày gửi bưu chính không được sau hôm nay', 'postedOn');
      }
      return {};
    case 'electronic':
      if (facts.resultFileIds.length === 0) {
        violate(
          'electronic_needs_result_file',
          'Trả kết quả điện tử cần có tệp kết quả đã tải lên (kèm mã số giấy tờ)',
          'method',
        );
      }
      return { resultFileIds: facts.resultFileIds };
  }
}
