import { z } from 'zod';
import { deliveryMethods, listRequirements } from '../../core/citizens/draft-documents.ts';
import { DomainError } from '../../core/errors.ts';
import { listUploads, removeUpload, updateDraft } from '../../db/repositories/citizen-drafts.ts';
import type { DraftApplicant } from '../../db/schema-citizens.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { applicantSchema } from '../dossiers/receive-input.ts';
import type { CitizenPrincipal } from './citizen-sessions.ts';
import { loadDraft } from './load-draft.ts';

export const draftSteps = ['applicant', 'documents', 'delivery', 'review'] as const;
export type DraftStep = (typeof draftSteps)[number];

const optionalText = (max: number) => z.string().trim().max(max).optional();
/** An empty choice in a form means "none". */
const choice = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

/** What a step may change; anything may be half-filled: a draft is saved as it is typed. */
export const draftPatchSchema = z.object({
  applicant: z
    .object({
      kind: z.enum(['person', 'organisation']).optional(),
      fullName: optionalText(200),
      idNumber: optionalText(20),
      phone: optionalText(20),
      email: optionalText(254),
      address: optionalText(500),
    })
    .optional(),
  caseName: choice(300),
  competentUnitCode: choice(80),
  deliveryMethod: z.enum(deliveryMethods).nullable().optional(),
  deliveryAddress: choice(500),
  step: z.enum(draftSteps).optional(),
});
export type DraftPatch = z.input<typeof draftPatchSchema>;

/** Field → what is wrong with the applicant as declared so far (empty: ready). */
export function describeApplicantProblems(applicant: DraftApplicant): Record<string, string> {
  const parsed = applicantSchema.safeParse({
    kind: applicant.kind ?? 'person',
    fullName: applicant.fullName ?? '',
    idNumber: applicant.idNumber ?? '',
    phone: applicant.phone ?? '',
    email: applicant.email ? applicant.email : null,
    address: applicant.address ?? '',
  });
  if (parsed.success) return {};
  return Object.fromEntries(
    parsed.error.issues.map((i) => [String(i.path[0] ?? 'applicant'), i.message]),
  );
}

/**
 * Saves one step of a draft (every step saves: a dropped connection loses nothing). Choices are
 * checked against the version (a case it lists, an agency that decides it); the applicant is
 * kept as typed and its problems returned, so the page can say what to fix. Choosing another
 * case drops the files of documents the new case no longer asks for.
 */
export async function saveDraft(
  ctx: ServiceContext,
  citizen: CitizenPrincipal,
  id: string,
  input: DraftPatch,
): Promise<{ problems: Record<string, string> }> {
  const parsed = draftPatchSchema.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? 'body';
    throw new DomainError('VALIDATION_FAILED', `Giá trị không hợp lệ: ${field}.`, { field });
  }
  const patch = parsed.data;
  return inTransaction(ctx, async (trx) => {
    const loaded = await loadDraft(trx, citizen, id, { forUpdate: true, open: true });
    const { draft } = loaded;
    const now = ctx.clock.now();
    if (patch.caseName && !loaded.cases.includes(patch.caseName)) {
      throw new DomainError('VALIDATION_FAILED', 'Trường hợp đã chọn không có trong thủ tục.', {
        field: 'caseName',
      });
    }
    if (
      patch.competentUnitCode &&
      !loaded.agencies.some((a) => a.code === patch.competentUnitCode)
    ) {
      throw new DomainError('VALIDATION_FAILED', 'Cơ quan đã chọn không giải quyết thủ tục này.', {
        field: 'competentUnitCode',
      });
    }
    const applicant: DraftApplicant = {
      ...(draft.applicant as DraftApplicant),
      ...Object.fromEntries(
        Object.entries(patch.applicant ?? {}).filter(([, v]) => v !== undefined),
      ),
    };
    if (applicant.email === '') applicant.email = null;
    const caseName = patch.caseName !== undefined ? patch.caseName : draft.caseName;
    if (caseName !== draft.caseName) {
      const listed = new Set(listRequirements(loaded.record, caseName).map((r) => r.no));
      for (const upload of await listUploads(trx, { draftId: draft.id })) {
        if (upload.requirementNo !== null && !listed.has(upload.requirementNo))
          await removeUpload(trx, citizen.citizenId, upload.id, now);
      }
    }
    await updateDraft(trx, draft.id, {
      applicant: JSON.stringify(applicant),
      caseName,
      ...(patch.competentUnitCode !== undefined
        ? { competentUnitCode: patch.competentUnitCode }
        : {}),
      ...(patch.deliveryMethod !== undefined ? { deliveryMethod: patch.deliveryMethod } : {}),
      ...(patch.deliveryAddress !== undefined ? { deliveryAddress: patch.deliveryAddress } : {}),
      ...(patch.step ? { step: patch.step } : {}),
      updatedAt: now,
    });
    return { problems: describeApplicantProblems(applicant) };
  });
}
