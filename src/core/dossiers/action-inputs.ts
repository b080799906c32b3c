import { z } from 'zod';

/**
 * What an officer sends for each action (`POST /dossiers/{code}/actions`), one schema per type.
 * Supplement requests carry coded reasons and the full checklist at once (one complete request,
 * Decree 118/2025 Art. 16.3: guidance "một lần, đầy đủ").
 */
const note = z.string().trim().max(2000).optional();
const text = (message: string, max = 4000) => z.string().trim().min(1, message).max(max);
const username = z.string().trim().min(1, 'Chọn cán bộ').max(64);
const allotted = z.object({
  amount: z.number().positive().max(200),
  unit: z.enum(['working_days', 'working_hours']),
});

export const supplementReasonCodes = {
  missing_document: 'Thiếu thành phần hồ sơ',
  invalid_copy: 'Bản sao chưa được chứng thực hoặc không rõ',
  wrong_form: 'Mẫu đơn, tờ khai chưa đúng mẫu',
  incomplete_form: 'Tờ khai chưa ghi đủ thông tin',
  inconsistent_information: 'Thông tin giữa các giấy tờ không thống nhất',
  expired_document: 'Giấy tờ hết hiệu lực',
  other: 'Lý do khác',
} as const;

export const actionInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('accept_online'), note }),
  z.object({
    type: z.literal('refuse_reception'),
    reasons: z.array(text('Nêu lý do', 1000)).min(1, 'Nêu ít nhất một lý do').max(20),
    note,
  }),
  z.object({
    type: z.literal('request_supplement'),
    reasons: z
      .array(
        z.object({
          code: z.enum(Object.keys(supplementReasonCodes) as [keyof typeof supplementReasonCodes]),
          detail: z.string().trim().max(1000).optional(),
        }),
      )
      .min(1, 'Chọn ít nhất một lý do')
      .max(20),
    documents: z
      .array(text('Ghi giấy tờ cần bổ sung', 500))
      .min(1, 'Liệt kê đầy đủ giấy tờ cần bổ sung')
      .max(50),
    note,
  }),
  z.object({
    type: z.literal('supplement_received'),
    documents: z.array(z.string().trim().max(500)).max(50).optional(),
    /** Papers and scans handed in, recorded as the dossier's documents of this round. */
    attachments: z
      .array(
        z
          .object({
            requirementNo: z.number().int().min(1).max(1000).optional(),
            name: z.string().trim().min(2).max(500).optional(),
            form: z.enum(['original', 'certified_copy', 'copy', 'electronic']).optional(),
            quantity: z.number().int().min(1).max(100).optional(),
            fileId: z.uuid('Mã tệp không hợp lệ').optional(),
          })
          .refine((a) => a.requirementNo !== undefined || a.name, {
            message: 'Chọn thành phần hồ sơ hoặc ghi tên giấy tờ',
            path: ['requirementNo'],
          }),
      )
      .max(50)
      .optional(),
    note,
  }),
  z.object({ type: z.literal('assign'), assignee: username, note }),
  z.object({ type: z.literal('claim'), note }),
  z.object({ type: z.literal('reassign'), assignee: username, note }),
  z.object({ type: z.literal('forward'), assignee: username.optional(), note }),
  z.object({
    type: z.literal('consult'),
    unitCode: z.string().trim().min(1, 'Chọn cơ quan được xin ý kiến').max(80),
    question: text('Nêu nội dung xin ý kiến'),
    allotted: allotted.default({ amount: 3, unit: 'working_days' }),
  }),
  z.object({ type: z.literal('record_consultation'), answer: text('Ghi ý kiến trả lời') }),
  z.object({
    type: z.literal('handoff'),
    mode: z.enum(['sequential', 'parallel']),
    parts: z
      .array(
        z.object({
          unitCode: z.string().trim().min(1).max(80),
          task: text('Nêu phần việc của cơ quan', 1000),
          allotted,
          lead: z.boolean().default(false),
        }),
      )
      .min(1, 'Chọn ít nhất một cơ quan phối hợp')
      .max(10),
    note,
  }),
  z.object({
    type: z.literal('complete_part'),
    result: text('Ghi kết quả phần việc'),
    unitCode: z.string().trim().max(80).optional(),
  }),
  z.object({
    type: z.literal('submit_for_approval'),
    summary: text('Nhập kết quả thẩm định'),
    proposal: z.enum(['approve', 'refuse']).default('approve'),
    note,
  }),
  z.object({ type: z.literal('approve'), note }),
  z.object({ type: z.literal('return_for_rework'), reason: text('Nêu lý do trả lại') }),
  z.object({
    type: z.literal('refuse'),
    reasons: z.array(text('Nêu lý do từ chối', 1000)).min(1).max(20),
    note,
  }),
  z.object({
    type: z.literal('mark_result_ready'),
    resultName: z.string().trim().max(300).optional(),
    documentNumber: z.string().trim().max(100).optional(),
    note,
  }),
  z.object({
    type: z.literal('request_extension'),
    reason: text('Nêu lý do chậm và lời xin lỗi'),
    proposedDueAt: z.iso.datetime({
      offset: true,
      error: 'Ngày hẹn mới dạng ISO 8601, ví dụ 2026-03-10T17:30:00+07:00',
    }),
  }),
  z.object({
    type: z.literal('approve_extension'),
    newDueAt: z.iso.datetime({ offset: true }).optional(),
    note,
  }),
  z.object({ type: z.literal('reject_extension'), reason: text('Nêu lý do không duyệt') }),
  z.object({
    type: z.literal('return_result'),
    method: z.enum(['in_person', 'postal', 'electronic']),
    collectedBy: z.string().trim().min(1).max(200).optional(),
    collectorIdNumber: z.string().trim().max(20).optional(),
    // Decree 118/2025 Art. 22 (issue #5): checked in services/results/return-payload.ts.
    authorisationNote: z.string().trim().min(1).max(1000).optional(),
    signatureFileId: z.uuid('Mã tệp chữ ký không hợp lệ').optional(),
    signedOnPaper: z.boolean().optional(),
    postalTrackingNumber: z.string().trim().min(4, 'Ghi số hiệu bưu gửi').max(60).optional(),
    postedOn: z.iso.date({ error: 'Ngày gửi dạng YYYY-MM-DD' }).optional(),
    note,
  }),
  z.object({ type: z.literal('withdraw'), reason: text('Ghi đề nghị của người nộp') }),
  z.object({ type: z.literal('request_withdrawal'), reason: text('Ghi đề nghị của người nộp') }),
  z.object({ type: z.literal('confirm_withdrawal'), note }),
]);
export type ActionInput = z.infer<typeof actionInputSchema>;
