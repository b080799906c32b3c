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

export const receiveDossierSchema = z.object({
  procedureCode: z.string().trim().min(1).max(60),
  channel: z.enum(channels),
  applicant: applicantSchema,
  caseName: z.string().trim().max(300).nullable().optional(),
  receivingUnitCode: z.string().trim().max(80).optional(),
  competentUnitCode: z.string().trim().max(80).optional(),
});
export type ReceiveDossierInput = z.infer<typeof receiveDossierSchema>;

/** The counter's preview needs only what decides the appointment. */
export const previewReceptionSchema = receiveDossierSchema.pick({
  procedureCode: true,
  channel: true,
  receivingUnitCode: true,
  competentUnitCode: true,
});
