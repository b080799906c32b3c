import { z } from 'zod';
import { channels } from '../../core/dossiers/statuses.ts';

export const applicantSchema = z.object({
  kind: z.enum(['person', 'organisation']),
  fullName: z.string().trim().min(2, 'Nhập họ tên người nộp').max(200),
  idNumber: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{6,20}$/, 'Số định danh/CCCD/mã số thuế gồm 6–20 chữ số hoặc chữ'),
  phone: z
    .string()
    .trim()
    .regex(/^(\+84|0)[0-9 .]{8,13}$/, 'Số điện thoại dạng 0912345678 hoặc +84912345678'),
  email: z.email('Thư điện tử không hợp lệ').nullable().optional(),
  address: z.string().trim().min(2, 'Nhập địa chỉ').max(500),
});

/** How a paper was handed in (bản chính, bản sao có chứng thực, bản sao/bản chụp, bản điện tử). */
export const documentForms = ['original', 'certified_copy', 'copy', 'electronic'] as const;
export type DocumentForm = (typeof documentForms)[number];
export const deliveryMethods = ['in_person', 'postal', 'electronic'] as const;

const form = z.enum(documentForms, 'Hình thức giấy tờ: original, certified_copy, copy, electronic');
const quantity = z.number().int().min(1, 'Số bản ít nhất là 1').max(100, 'Tối đa 100 bản');
const fileId = z.uuid('Mã tệp đã tải lên không hợp lệ');

/** One ticked line of the checklist: the requirement's position in the version's document list. */
export const providedDocumentSchema = z.object({
  requirementNo: z.number().int().min(1).max(1000),
  form: form.optional(),
  quantity: quantity.default(1),
  fileId: fileId.optional(),
});

/** A paper handed in that the catalogue does not list (giấy tờ khác). */
export const extraDocumentSchema = z.object({
  name: z.string().trim().min(2, 'Ghi tên giấy tờ').max(500),
  form: form.default('copy'),
  quantity: quantity.default(1),
  fileId: fileId.optional(),
});
export type ProvidedDocument = z.infer<typeof providedDocumentSchema>;
export type ExtraDocument = z.infer<typeof extraDocumentSchema>;

const deliveryAddress = z.string().trim().min(5, 'Ghi địa chỉ nhận kết quả').max(500).nullable();

const receiveFields = z.object({
  procedureCode: z.string().trim().min(1).max(60),
  channel: z.enum(channels),
  applicant: applicantSchema,
  caseName: z.string().trim().max(300).nullable().optional(),
  receivingUnitCode: z.string().trim().max(80).optional(),
  competentUnitCode: z.string().trim().max(80).optional(),
  /**
   * The checklist ticked from the version's documents. Omitted: the caller records no checklist
   * (older integrations); given: it must hold every required document (Decree 118/2025 Art. 17.1).
   */
  documents: z.array(providedDocumentSchema).max(300).optional(),
  extraDocuments: z.array(extraDocumentSchema).max(50).default([]),
  setsCount: z.number().int().min(1, 'Số bộ hồ sơ ít nhất là 1').max(20).default(1),
  deliveryMethod: z.enum(deliveryMethods).default('in_person'),
  deliveryAddress: deliveryAddress.optional(),
  /** The version number the counter read the checklist from: a newer one in force answers 409. */
  procedureVersion: z.number().int().min(1).optional(),
  /** The queue ticket the applicant was called from (Decree 118/2025 Art. 13). */
  ticketId: z.uuid('Mã số thứ tự không hợp lệ').optional(),
});

/** Decree 118/2025 Art. 22: a result sent by public post needs the address it goes to. */
export function requirePostalAddress(
  value: { deliveryMethod?: string; deliveryAddress?: string | null },
  issues: z.RefinementCtx,
) {
  if (value.deliveryMethod === 'postal' && !value.deliveryAddress) {
    issues.addIssue({
      code: 'custom',
      path: ['deliveryAddress'],
      message: 'Trả kết quả qua bưu chính: ghi địa chỉ nhận kết quả',
    });
  }
}

export const receiveDossierSchema = receiveFields.superRefine(requirePostalAddress);
export type ReceiveDossierInput = z.infer<typeof receiveDossierSchema>;

/** The counter's preview needs only what decides the appointment. */
export const previewReceptionSchema = receiveFields.pick({
  procedureCode: true,
  channel: true,
  receivingUnitCode: true,
  competentUnitCode: true,
});

/**
 * A correction of the intake before processing starts: only the fields given change (the postal
 * address is checked on the corrected whole). The reason is kept in the audit trail with the
 * before/after values.
 */
export const correctIntakeSchema = z.object({
  reason: z.string().trim().min(3, 'Ghi lý do sửa thông tin tiếp nhận').max(1000),
  expectedVersion: z.number().int().min(0).optional(),
  applicant: applicantSchema.optional(),
  caseName: z.string().trim().max(300).nullable().optional(),
  documents: z.array(providedDocumentSchema).max(300).optional(),
  extraDocuments: z.array(extraDocumentSchema).max(50).optional(),
  setsCount: z.number().int().min(1).max(20).optional(),
  deliveryMethod: z.enum(deliveryMethods).optional(),
  deliveryAddress: deliveryAddress.optional(),
});
export type CorrectIntakeInput = z.infer<typeof correctIntakeSchema>;

/** A scan or paper added to a dossier after reception (before processing, or as a supplement). */
export const addDocumentSchema = z
  .object({
    requirementNo: z.number().int().min(1).max(1000).optional(),
    name: z.string().trim().min(2).max(500).optional(),
    form: form.optional(),
    quantity: quantity.default(1),
    fileId: fileId.optional(),
  })
  .refine((d) => d.requirementNo !== undefined || d.name, {
    message: 'Chọn thành phần hồ sơ (requirementNo) hoặc ghi tên giấy tờ (name)',
    path: ['requirementNo'],
  });
export type AddDocumentInput = z.infer<typeof addDocumentSchema>;
