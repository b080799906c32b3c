import { z } from 'zod';
import { channels } from '../dossiers/statuses.ts';

/**
 * The published record of an administrative procedure: every field of domain.md §10 (Decree
 * 63/2010 Art. 8.2 and the DVCQG record). Stored as validated JSON in procedure_versions.record.
 */
export const deadlineUnits = [
  'working_days',
  'working_hours',
  'calendar_days',
  'months',
  'same_day',
] as const;
export type DeadlineUnit = (typeof deadlineUnits)[number];

export const deadlineUnitLabels: Record<DeadlineUnit, string> = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
  months: 'tháng',
  same_day: 'trong ngày',
};

export const procedureLevels = ['central', 'province', 'commune', 'other'] as const;
export const procedureLevelLabels: Record<(typeof procedureLevels)[number], string> = {
  central: 'Cấp Trung ương',
  province: 'Cấp Tỉnh',
  commune: 'Cấp Xã',
  other: 'Cơ quan khác',
};

const text = z.string().trim().min(1);
const optionalText = z.string().trim().min(1).nullable().default(null);

export const deadlineSchema = z.object({
  amount: z.number().min(0).max(10_000),
  unit: z.enum(deadlineUnits),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const feeSchema = z.object({
  name: text,
  amountVnd: z.number().int().min(0).nullable(),
  per: optionalText,
  note: optionalText,
});

export const channelOfferSchema = z.object({
  kind: z.enum(channels),
  deadline: deadlineSchema.nullable(),
  deadlineText: optionalText,
  fees: z.array(feeSchema).default([]),
  feeText: optionalText,
  free: z.boolean().nullable().default(null),
  description: optionalText,
});

export const documentSchema = z.object({
  caseName: optionalText,
  name: text,
  originals: z.number().int().min(0).nullable(),
  copies: z.number().int().min(0).nullable(),
  formTemplate: optionalText,
});

export const legalBasisSchema = z.object({
  number: optionalText,
  summary: text,
  issuedOn: z.iso.date().nullable().default(null),
  issuer: optionalText,
});

export const procedureRecordSchema = z.object({
  code: z.string().regex(/^\d\.\d{6}(\.[A-Z0-9.]+)?$/, 'Mã thủ tục dạng 1.001193'),
  name: text,
  field: text,
  levels: z.array(z.enum(procedureLevels)).min(1),
  procedureType: optionalText,
  steps: text,
  channels: z.array(channelOfferSchema).min(1),
  documents: z.array(documentSchema),
  subjects: z.array(text).default([]),
  implementingAgency: optionalText,
  competentAgency: optionalText,
  authorisedAgency: optionalText,
  coordinatingAgency: optionalText,
  receivingAddress: optionalText,
  result: text,
  resultItems: z.array(z.object({ name: text, code: optionalText })).default([]),
  legalBases: z.array(legalBasisSchema).default([]),
  requirements: optionalText,
  keywords: z.array(text).default([]),
  description: optionalText,
  onlineLevel: z.enum(['full', 'partial']).nullable().default(null),
  boundaryFree: z.boolean().default(false),
  interAgency: z.boolean().default(false),
  decisionNumber: optionalText,
  sourceUrl: z.url().nullable().default(null),
});
export type ProcedureRecord = z.infer<typeof procedureRecordSchema>;

/**
 * The deadline of a channel: a dossier takes the deadline published for the channel it arrives
 * by (deadlines differ per channel, domain.md §10). A channel the procedure does not offer has
 * none, and reception refuses it.
 */
export function findChannelDeadline(
  record: ProcedureRecord,
  channel: (typeof channels)[number],
): Deadline | undefined {
  return record.channels.find((c) => c.kind === channel && c.deadline)?.deadline ?? undefined;
}
