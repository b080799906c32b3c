/**
 * The counter's view of the intake API (services/dossiers/document-requirements.ts, intake-view.ts,
 * receive-input.ts): the version's checklist lines, the documents provided, the intake facts.
 */
import type { DossierDetail, ReceptionPreview } from '../../lib/types.ts';

export type DocumentForm = 'original' | 'certified_copy' | 'copy' | 'electronic';
export type DeliveryMethod = 'in_person' | 'postal' | 'electronic';
export type RequirementKind = 'required' | 'alternative' | 'conditional';

export interface Requirement {
  no: number;
  name: string;
  caseName: string | null;
  originals: number;
  copies: number;
  formTemplate: string | null;
  kind: RequirementKind;
  group: number | null;
}

/** A scan stored by `POST /files` (purpose dossier_document), not yet or already attached. */
export interface UploadedScan {
  id: string;
  fileName: string;
  size: number | null;
}

export interface DocumentView {
  id: string;
  requirementNo: number | null;
  name: string;
  form: DocumentForm;
  quantity: number;
  source: string;
  supplementRound: number | null;
  file: {
    id: string;
    fileName: string | null;
    mimeType: string | null;
    size: number | null;
    url: string;
  } | null;
  addedAt: string;
  addedByName: string | null;
  removedAt: string | null;
}

export interface MissingRequirement {
  requirementNos: number[];
  name: string;
}

export interface IntakeView {
  code: string;
  version: number;
  caseName: string | null;
  submissionSource: string;
  ticketId: string | null;
  deliveryMethod: DeliveryMethod;
  deliveryAddress: string | null;
  setsCount: number;
  feeTotal: number;
  feePaid: number;
  requirements: (Requirement & { documents: DocumentView[] })[];
  versionRequirements: Requirement[];
  extras: DocumentView[];
  missing: MissingRequirement[];
  documents: DocumentView[];
  correctable: boolean;
  notCorrectableReason: string | null;
  corrections?: {
    action: string;
    at: string;
    actorName: string | null;
    reason?: string;
    after?: Record<string, unknown>;
  }[];
}

export type ReceivedDossier = DossierDetail & { intake: IntakeView };

export const documentFormOptions: { value: DocumentForm; label: string }[] = [
  { value: 'original', label: 'Bản chính' },
  { value: 'certified_copy', label: 'Bản sao có chứng thực' },
  { value: 'copy', label: 'Bản sao / bản chụp' },
  { value: 'electronic', label: 'Bản điện tử' },
];

export const deliveryOptions: { value: DeliveryMethod; label: string }[] = [
  { value: 'in_person', label: 'Nhận trực tiếp tại Bộ phận Một cửa' },
  { value: 'postal', label: 'Gửi qua dịch vụ bưu chính công ích' },
  { value: 'electronic', label: 'Nhận bản điện tử (tra cứu trực tuyến)' },
];

export const kindLabels: Record<RequirementKind, string> = {
  required: 'Bắt buộc',
  alternative: 'Một trong các giấy tờ cùng nhóm',
  conditional: 'Nếu có / tùy trường hợp',
};

/** The receipt (form 01) built by the forms module; opened in a new tab for printing. */
export function receiptUrl(code: string): string {
  return `/api/v1/dossiers/${encodeURIComponent(code)}/forms/01.pdf`;
}

/** The preview with the version's checklist lines and the fees the dossier will owe (Art. 24). */
export type CounterPreview = ReceptionPreview & {
  requirements: Requirement[];
  feeAssessment: { totalVnd: number; free: boolean; variable: boolean; text: string | null };
};
