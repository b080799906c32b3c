import { z } from 'zod';

/** What an officer sends for each action (`POST /dossiers/{code}/actions`), one schema per type. */
const note = z.string().trim().max(2000).optional();

export const actionInputSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('assign'),
    assignee: z.string().trim().min(1, 'Chọn chuyên viên xử lý').max(64),
    note,
  }),
  z.object({
    type: z.literal('submit_for_approval'),
    summary: z.string().trim().min(1, 'Nhập kết quả thẩm định').max(4000),
    proposal: z.enum(['approve', 'refuse']).default('approve'),
    note,
  }),
  z.object({ type: z.literal('approve'), note }),
  z.object({
    type: z.literal('return_result'),
    method: z.enum(['in_person', 'postal', 'electronic']),
    collectedBy: z.string().trim().min(1).max(200).optional(),
    collectorIdNumber: z.string().trim().max(20).optional(),
    note,
  }),
]);
export type ActionInput = z.infer<typeof actionInputSchema>;
