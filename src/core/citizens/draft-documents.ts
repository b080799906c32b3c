import type { ProcedureRecord } from '../catalogue/procedure-record.ts';

/** One document the catalogue version asks for, with its position in record.documents (1-based). */
export interface Requirement {
  no: number;
  name: string;
  caseName: string | null;
  originals: number | null;
  copies: number | null;
  formTemplate: string | null;
}

/** The cases (trường hợp) the version groups documents by, in published order. */
export function listCases(record: ProcedureRecord): string[] {
  return [...new Set(record.documents.map((d) => d.caseName).filter((c): c is string => !!c))];
}

/**
 * The dynamic document list of a draft: the documents every applicant gives, plus those of the
 * case the citizen chose (none chosen: the common ones only). Positions stay those of the
 * version, so a dossier document names the requirement it answers.
 */
export function listRequirements(record: ProcedureRecord, caseName: string | null): Requirement[] {
  return record.documents
    .map((d, i) => ({
      no: i + 1,
      name: d.name,
      caseName: d.caseName,
      originals: d.originals,
      copies: d.copies,
      formTemplate: d.formTemplate,
    }))
    .filter((r) => r.caseName === null || r.caseName === caseName);
}

export const deliveryMethods = ['in_person', 'postal', 'electronic'] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];

/** Decree 118/2025 Art. 22: the ways a result goes back, as the citizen reads them. */
export const deliveryMethodLabels: Record<DeliveryMethod, string> = {
  in_person: 'Nhận trực tiếp tại nơi nộp hồ sơ',
  postal: 'Nhận qua dịch vụ bưu chính công ích (trả phí theo giá cước)',
  electronic: 'Nhận bản điện tử trên tài khoản (kết quả điện tử)',
};

export interface DraftFacts {
  applicantProblems: string[];
  deliveryMethod: DeliveryMethod | null;
  deliveryAddress: string | null;
  needsCompetentUnit: boolean;
  competentUnitCode: string | null;
  requirements: readonly Requirement[];
  uploadedRequirementNos: readonly (number | null)[];
}

export interface DraftReadiness {
  /** What stops submission, each in words the citizen can act on. */
  blocking: string[];
  /** Documents with no file yet: the officer may ask for them; the citizen is told before sending. */
  missingDocuments: Requirement[];
}

/** Whether a draft may be submitted, and what is still missing. */
export function assessDraft(facts: DraftFacts): DraftReadiness {
  const blocking = [...facts.applicantProblems];
  if (facts.needsCompetentUnit && !facts.competentUnitCode)
    blocking.push('Chọn cơ quan giải quyết (nơi nộp hồ sơ).');
  if (!facts.deliveryMethod) blocking.push('Chọn cách nhận kết quả.');
  if (facts.deliveryMethod === 'postal' && !facts.deliveryAddress?.trim())
    blocking.push('Nhập địa chỉ nhận kết quả qua bưu chính.');
  const uploaded = new Set(facts.uploadedRequirementNos);
  if (facts.uploadedRequirementNos.length === 0)
    blocking.push('Đính kèm ít nhất một giấy tờ của hồ sơ.');
  const missingDocuments = facts.requirements.filter((r) => !uploaded.has(r.no));
  return { blocking, missingDocuments };
}
