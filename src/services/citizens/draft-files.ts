import { citizenUploadRules } from '../../core/citizens/upload-rules.ts';
import { DomainError } from '../../core/errors.ts';
import { newId } from '../../db/ids.ts';
import {
  insertUpload,
  listUploads,
  removeUpload,
  updateDraft,
} from '../../db/repositories/citizen-drafts.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import type { CitizenPrincipal } from './citizen-sessions.ts';
import { loadDraft } from './load-draft.ts';
import { storeCitizenFile } from './store-citizen-file.ts';

/**
 * Attaches a file to one document of a draft's list (the requirement's position in the version),
 * after checking it: empty, over 10 MB, or not a PDF/JPEG/PNG by its bytes is refused with a
 * message naming the file. A document may have several files (pages photographed one by one).
 */
export async function addDraftFile(
  ctx: ServiceContext,
  citizen: CitizenPrincipal,
  draftId: string,
  input: { requirementNo: number; bytes: Buffer; fileName: string },
) {
  return inTransaction(ctx, async (trx) => {
    const loaded = await loadDraft(trx, citizen, draftId, { forUpdate: true, open: true });
    const requirement = loaded.requirements.find((r) => r.no === input.requirementNo);
    if (!requirement) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Giấy tờ này không có trong danh sách của hồ sơ. Tải lại trang và chọn lại.',
        { field: 'requirementNo' },
      );
    }
    const existing = await listUploads(trx, { draftId });
    if (existing.length >= citizenUploadRules.maxFilesPerDraft) {
      throw new DomainError(
        'RULE_VIOLATED',
        `Hồ sơ có tối đa ${citizenUploadRules.maxFilesPerDraft} tệp. Gộp các trang vào một tệp PDF.`,
        { rule: 'draft_file_limit' },
      );
    }
    const file = await storeCitizenFile(ctx, trx, citizen.tenantId, input);
    const now = ctx.clock.now();
    const id = newId(now.getTime());
    await insertUpload(trx, {
      id,
      tenantId: citizen.tenantId,
      citizenId: citizen.citizenId,
      draftId,
      requirementNo: requirement.no,
      documentName: requirement.name,
      fileId: file.id,
      addedAt: now,
    });
    await updateDraft(trx, draftId, { updatedAt: now });
    return {
      id,
      requirementNo: requirement.no,
      fileId: file.id,
      fileName: file.fileName,
      size: file.size,
    };
  });
}

/** Takes a file off a draft (kept in the store; only this citizen's unsent files). */
export async function removeDraftFile(
  ctx: ServiceContext,
  citizen: CitizenPrincipal,
  draftId: string,
  uploadId: string,
): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    await loadDraft(trx, citizen, draftId, { forUpdate: true, open: true });
    const mine = (await listUploads(trx, { draftId })).some((u) => u.id === uploadId);
    const now = ctx.clock.now();
    if (!mine || !(await removeUpload(trx, citizen.citizenId, uploadId, now)))
      throw new DomainError('NOT_FOUND', 'Không tìm thấy tệp này trong hồ sơ nháp.');
    await updateDraft(trx, draftId, { updatedAt: now });
  });
}

/** Deletes a draft the citizen no longer wants (kept as discarded; its files stay unsent). */
export async function discardDraft(
  ctx: ServiceContext,
  citizen: CitizenPrincipal,
  draftId: string,
): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    await loadDraft(trx, citizen, draftId, { forUpdate: true, open: true });
    await updateDraft(trx, draftId, { status: 'discarded', updatedAt: ctx.clock.now() });
  });
}
