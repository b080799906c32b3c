import { procedureRecordSchema } from '../../core/catalogue/procedure-record.ts';
import { citizenUploadRules } from '../../core/citizens/upload-rules.ts';
import type { DossierState } from '../../core/dossiers/state.ts';
import { DomainError } from '../../core/errors.ts';
import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import {
  countSupplementDocuments,
  insertDossierDocuments,
  insertUpload,
  listUploads,
  markUploadsAttached,
  removeUpload,
} from '../../db/repositories/citizen-drafts.ts';
import { findVersionById } from '../../db/repositories/procedures.ts';
import type { DossierRow } from '../../db/schema.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { applyLogged } from '../dossiers/perform-dossier-action.ts';
import { loadState } from '../dossiers/workflow-state.ts';
import { notifyRoles } from '../notifications/notify-users.ts';
import type { CitizenPrincipal } from './citizen-sessions.ts';
import { getOwnDossier } from './get-my-dossier.ts';
import { storeCitizenFile } from './store-citizen-file.ts';

/** The name a file answers when the citizen adds something the request did not list. */
export const otherSupplementDocument = 'Giấy tờ bổ sung khác';

async function openRound(trx: Trx, citizen: CitizenPrincipal, code: string) {
  const row = await getOwnDossier(trx, citizen, code, { forUpdate: true });
  const state = loadState(row);
  const open = state.supplements.at(-1);
  if (row.status !== 'awaiting_supplement' || !open || open.receivedAt !== null) {
    throw new DomainError('CONFLICT', 'Hồ sơ này hiện không chờ bổ sung giấy tờ.', {
      rule: 'awaiting_supplement',
      status: row.status,
    });
  }
  return { row, state, open, round: state.supplements.length };
}

/**
 * Adds a file answering one document of the officer's supplement request (Decree 118/2025
 * Art. 17.2, 19: one complete request, the citizen answers it online), checked like every upload.
 */
export async function addSupplementFile(
  ctx: ServiceContext,
  citizen: CitizenPrincipal,
  code: string,
  input: { documentIndex: number | null; bytes: Buffer; fileName: string },
) {
  return inTransaction(ctx, async (trx) => {
    const { row, open, round } = await openRound(trx, citizen, code);
    const documentName =
      input.documentIndex === null ? otherSupplementDocument : open.documents[input.documentIndex];
    if (!documentName) {
      throw new DomainError('VALIDATION_FAILED', 'Chọn giấy tờ cần bổ sung trong danh sách.', {
        field: 'document',
      });
    }
    const staged = await listUploads(trx, { dossierId: row.id, round });
    if (staged.length >= citizenUploadRules.maxFilesPerDraft) {
      throw new DomainError('RULE_VIOLATED', 'Đã đủ số tệp tối đa cho lần bổ sung này.', {
        rule: 'supplement_file_limit',
      });
    }
    const file = await storeCitizenFile(ctx, trx, row.tenantId, input);
    const now = ctx.clock.now();
    const id = newId(now.getTime());
    await insertUpload(trx, {
      id,
      tenantId: row.tenantId,
      citizenId: citizen.citizenId,
      dossierId: row.id,
      supplementRound: round,
      requirementNo: await findRequirementNo(trx, row, documentName),
      documentName,
      fileId: file.id,
      addedAt: now,
    });
    return { id, documentName, fileId: file.id, fileName: file.fileName, size: file.size };
  });
}

export async function removeSupplementFile(
  ctx: ServiceContext,
  citizen: CitizenPrincipal,
  code: string,
  uploadId: string,
): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const { row, round } = await openRound(trx, citizen, code);
    const mine = (await listUploads(trx, { dossierId: row.id, round })).some(
      (u) => u.id === uploadId,
    );
    if (!mine || !(await removeUpload(trx, citizen.citizenId, uploadId, ctx.clock.now())))
      throw new DomainError('NOT_FOUND', 'Không tìm thấy tệp này trong lần bổ sung.');
  });
}

/**
 * Sends the supplement: the workflow's `supplement_received` (a supplement asked at reception
 * returns the dossier to "submitted"; one asked during appraisal restarts the handling period,
 * Art. 19), the files as dossier documents with source "supplement" and the round number, and
 * an in-app alert to the receiving unit's reception officers — one transaction. Sending twice
 * answers the same result.
 */
export async function submitSupplement(
  ctx: ServiceContext,
  citizen: CitizenPrincipal,
  code: string,
): Promise<{ code: string; status: string; replayed: boolean }> {
  return inTransaction(ctx, async (trx) => {
    const row = await getOwnDossier(trx, citizen, code, { forUpdate: true });
    const state = loadState(row);
    if (row.status !== 'awaiting_supplement') {
      if (await wasAnsweredOnline(trx, row, state))
        return { code: row.code, status: row.status, replayed: true };
      await openRound(trx, citizen, code);
    }
    const round = state.supplements.length;
    const uploads = await listUploads(trx, { dossierId: row.id, round });
    if (uploads.length === 0) {
      throw new DomainError('RULE_VIOLATED', 'Đính kèm giấy tờ bổ sung trước khi gửi.', {
        rule: 'supplement_has_files',
      });
    }
    const now = ctx.clock.now();
    const names = [...new Set(uploads.map((u) => u.documentName))];
    const next = await applyLogged(
      { ...ctx, db: trx },
      trx,
      row,
      state,
      now,
      null,
      'supplement_received',
      {
        type: 'supplement_received',
        documents: names,
        note: 'Người nộp bổ sung hồ sơ trực tuyến qua tài khoản công dân.',
      },
    );
    await insertDossierDocuments(
      trx,
      uploads.map((u) => ({
        id: newId(now.getTime()),
        tenantId: row.tenantId,
        dossierId: row.id,
        requirementNo: u.requirementNo,
        name: u.documentName,
        form: 'electronic',
        fileId: u.fileId,
        source: 'supplement',
        supplementRound: round,
        addedAt: now,
      })),
    );
    await markUploadsAttached(
      trx,
      uploads.map((u) => u.id),
      now,
    );
    await notifyRoles(trx, {
      tenantId: row.tenantId,
      unitIds: [row.receivingUnitId],
      roles: ['reception'],
      template: 'citizen.supplement_submitted',
      subject: `Hồ sơ ${row.code}: người nộp đã bổ sung trực tuyến`,
      body: `Hồ sơ ${row.code} (${row.procedureName} — ${row.applicantName}) đã được bổ sung ${uploads.length} tệp (lần ${round}). Kiểm tra và xử lý tiếp.`,
      dedupeKey: `citizen.supplement:${row.id}:${round}`,
      dossierId: row.id,
      payload: { code: row.code, round },
      at: now,
    });
    return { code: row.code, status: next.status, replayed: false };
  });
}

/** The last round was answered and its files came from this account's uploads (a resend). */
async function wasAnsweredOnline(trx: Trx, row: DossierRow, state: DossierState): Promise<boolean> {
  const last = state.supplements.at(-1);
  if (!last?.receivedAt) return false;
  return (await countSupplementDocuments(trx, row.id, state.supplements.length)) > 0;
}

async function findRequirementNo(trx: Trx, row: DossierRow, name: string): Promise<number | null> {
  const version = await findVersionById(trx, row.procedureVersionId);
  if (!version) return null;
  const index = procedureRecordSchema
    .parse(version.record)
    .documents.findIndex((d) => d.name === name);
  return index < 0 ? null : index + 1;
}
