import { formatInstant } from '../../core/calendar/index.ts';
import { procedureRecordSchema } from '../../core/catalogue/procedure-record.ts';
import { listRequirements } from '../../core/citizens/draft-documents.ts';
import { DomainError } from '../../core/errors.ts';
import type { Trx } from '../../db/database.ts';
import {
  findDossierCodeById,
  listUploads,
  markUploadsAttached,
  removeUpload,
  setUploadRequirement,
  updateDraft,
} from '../../db/repositories/citizen-drafts.ts';
import { findCitizenById, updateCitizen } from '../../db/repositories/citizens.ts';
import { findVersionInForce } from '../../db/repositories/procedures.ts';
import type { DraftApplicant } from '../../db/schema-citizens.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { applicantSchema } from '../dossiers/receive-input.ts';
import { submitOnline } from '../dossiers/submit-online.ts';
import type { CitizenPrincipal } from './citizen-sessions.ts';
import { presentDraft } from './get-draft.ts';
import { type LoadedDraft, loadDraft } from './load-draft.ts';

export interface SubmittedDraft {
  code: string;
  /** Decree 118/2025 Art. 17.2: acceptance or a supplement request by then. */
  receptionDueAt: string;
  /** True when the draft had already been submitted (a double click, a retried request). */
  replayed: boolean;
}

/**
 * Submits a draft: one transaction creates the dossier through `submitOnline` (status
 * "submitted", the 8-working-hour reception deadline, fees of the online channel, the uploaded
 * files as dossier documents with source "online") and closes the draft. The draft row is locked,
 * so a double submit waits and then returns the same dossier. If the catalogue published a new
 * version meanwhile, the draft moves to it (files kept where the document still exists) and the
 * citizen is asked to check it: the dossier must follow the version in force (Art. 17.3).
 */
export async function submitDraft(
  ctx: ServiceContext,
  citizen: CitizenPrincipal,
  draftId: string,
): Promise<SubmittedDraft> {
  const outcome = await inTransaction(ctx, async (trx) => {
    const loaded = await loadDraft(trx, citizen, draftId, { forUpdate: true });
    const { draft } = loaded;
    if (draft.status === 'submitted') return { done: await findSubmitted(trx, draft.dossierId!) };
    const now = ctx.clock.now();
    const inForce = await findVersionInForce(trx, draft.procedureId, now);
    if (inForce && inForce.id !== draft.procedureVersionId) {
      await rebindDraft(trx, citizen, loaded, inForce.id, inForce.record, now);
      return { error: versionChanged() };
    }
    const view = await presentDraft(trx, loaded);
    if (view.blocking.length > 0) {
      throw new DomainError('RULE_VIOLATED', `Hồ sơ chưa nộp được: ${view.blocking.join(' ')}`, {
        rule: 'draft_incomplete',
        problems: view.blocking,
      });
    }
    const applicant = applicantSchema.parse(toApplicantInput(draft.applicant as DraftApplicant));
    const uploads = await listUploads(trx, { draftId });
    const submitted = await submitOnline(
      { ...ctx, db: trx },
      {
        tenantId: citizen.tenantId,
        procedureCode: draft.procedureCode,
        applicant,
        caseName: draft.caseName,
        competentUnitCode: view.competentUnitCode ?? undefined,
        source: { kind: 'citizen', reference: draft.id },
        citizenId: citizen.citizenId,
        deliveryMethod: draft.deliveryMethod ?? 'in_person',
        deliveryAddress: draft.deliveryAddress,
        documents: uploads.map((u) => ({
          requirementNo: u.requirementNo,
          name: u.documentName,
          fileId: u.fileId,
        })),
        expectedVersionId: draft.procedureVersionId,
      },
    );
    await updateDraft(trx, draft.id, {
      status: 'submitted',
      dossierId: submitted.id,
      submittedAt: now,
      updatedAt: now,
    });
    await markUploadsAttached(
      trx,
      uploads.map((u) => u.id),
      now,
    );
    await rememberApplicant(trx, citizen.citizenId, applicant, now);
    return {
      done: {
        code: submitted.code,
        receptionDueAt: formatInstant(Date.parse(submitted.receptionDueAt)),
        replayed: false,
      },
    };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.done;
}

function toApplicantInput(a: DraftApplicant) {
  return {
    kind: a.kind ?? 'person',
    fullName: a.fullName ?? '',
    idNumber: a.idNumber ?? '',
    phone: a.phone ?? '',
    email: a.email ? a.email : null,
    address: a.address ?? '',
  };
}

async function findSubmitted(trx: Trx, dossierId: string): Promise<SubmittedDraft> {
  const row = await findDossierCodeById(trx, dossierId);
  return {
    code: row.code,
    receptionDueAt: row.receptionDueAt ? formatInstant(row.receptionDueAt.getTime()) : '',
    replayed: true,
  };
}

/** Prefills the next draft: what the citizen declared, unless the e-ID asserted it. */
async function rememberApplicant(
  trx: Trx,
  citizenId: string,
  applicant: { fullName: string; idNumber: string; address: string },
  now: Date,
) {
  const account = await findCitizenById(trx, citizenId);
  if (!account) return;
  const asserted = account.identitySubject !== null;
  await updateCitizen(trx, citizenId, {
    address: applicant.address,
    ...(asserted ? {} : { fullName: applicant.fullName, idNumber: applicant.idNumber }),
    updatedAt: now,
  });
}

async function rebindDraft(
  trx: Trx,
  citizen: CitizenPrincipal,
  loaded: LoadedDraft,
  versionId: string,
  rawRecord: unknown,
  now: Date,
) {
  const record = procedureRecordSchema.parse(rawRecord);
  const caseName = record.documents.some((d) => d.caseName === loaded.draft.caseName)
    ? loaded.draft.caseName
    : null;
  const next = listRequirements(record, caseName);
  for (const upload of await listUploads(trx, { draftId: loaded.draft.id })) {
    const same = next.find((r) => r.name === upload.documentName);
    if (same) await setUploadRequirement(trx, upload.id, same.no);
    else await removeUpload(trx, citizen.citizenId, upload.id, now);
  }
  await updateDraft(trx, loaded.draft.id, {
    procedureVersionId: versionId,
    procedureName: record.name,
    caseName,
    step: 'documents',
    updatedAt: now,
  });
}

function versionChanged(): DomainError {
  return new DomainError(
    'CONFLICT',
    'Thủ tục vừa được cập nhật theo quyết định công bố mới. Hồ sơ nháp đã chuyển sang danh sách giấy tờ mới; vui lòng kiểm tra lại rồi nộp.',
    { rule: 'procedure_version_changed' },
  );
}
