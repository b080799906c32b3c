import { z } from 'zod';
import { procedureRecordSchema } from '../../core/catalogue/procedure-record.ts';
import { changeKinds } from '../../core/catalogue/version-lifecycle.ts';

export const agencyInputSchema = z.object({
  unitCode: z.string().trim().min(1).max(80),
  handlingUnitCode: z.string().trim().min(1).max(80).nullable().optional(),
});

/** Commune-level procedures are implemented by every commune, each by its division of that name. */
export const allCommunesSchema = z.object({ division: z.string().trim().min(2).max(200) });

export const createProcedureSchema = z.object({
  record: procedureRecordSchema,
  agencies: z.array(agencyInputSchema).max(300).default([]),
  allCommunes: allCommunesSchema.optional(),
  reviewDueOn: z.iso.date().nullable().optional(),
});
export type CreateProcedureInput = z.infer<typeof createProcedureSchema>;

export const startRevisionSchema = z.object({
  changeKind: z.enum(changeKinds).exclude(['new']),
});

export const editDraftSchema = z.object({
  record: procedureRecordSchema,
  legalEffectiveOn: z.iso.date().nullable().optional(),
  expectedUpdatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type EditDraftInput = z.infer<typeof editDraftSchema>;

export const publishSchema = z.object({
  decisionNumber: z.string().trim().min(3, 'Nhập số quyết định công bố').max(80),
  decisionDate: z.iso.date({ error: 'Ngày quyết định dạng YYYY-MM-DD' }),
  decisionSigner: z.string().trim().min(3, 'Nhập người ký quyết định').max(200),
  effectiveFrom: z.iso.datetime({
    offset: true,
    error: 'Thời điểm hiệu lực ISO 8601, ví dụ 2026-12-01T00:00:00+07:00',
  }),
  legalEffectiveOn: z.iso.date().nullable().optional(),
  decisionFileId: z.uuid().nullable().optional(),
});
export type PublishInput = z.infer<typeof publishSchema>;

export const versionActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('submit') }),
  z.object({
    action: z.literal('return'),
    note: z.string().trim().min(3, 'Nêu lý do trả lại').max(2000),
  }),
  z.object({ action: z.literal('approve'), note: z.string().trim().max(2000).optional() }),
  z.object({ action: z.literal('publish'), ...publishSchema.shape }),
  z.object({ action: z.literal('discard') }),
]);
export type VersionActionInput = z.infer<typeof versionActionSchema>;
