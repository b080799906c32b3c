import { formatInstant } from '../../core/calendar/index.ts';
import { procedureRecordSchema } from '../../core/catalogue/procedure-record.ts';
import { DomainError } from '../../core/errors.ts';
import { type Principal, requireScope } from '../../core/organisation/permissions.ts';
import type { Executor } from '../../db/database.ts';
import { insertAuditEvent, listAuditEvents } from '../../db/repositories/audit.ts';
import {
  findDossierDocumentFile,
  insertDossierDocuments,
  listDossierDocuments,
} from '../../db/repositories/dossier-documents.ts';
import { findDossierByCode } from '../../db/repositories/dossiers.ts';
import { findVersionById } from '../../db/repositories/procedures.ts';
import type { DossierRow } from '../../db/schema.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { appliesToCase, defaultForm, describeRequirements } from './document-requirements.ts';
import { requireRead } from './dossier-access.ts';
import { checkAttachableFiles, type DocumentDraft, toDocumentRows } from './intake-documents.ts';
import { explainCorrectable, presentIntake } from './intake-view.ts';
import type { AddDocumentInput } from './receive-input.ts';
import { loadState } from './workflow-state.ts';

/** Audit actions of the intake, shown with the dossier's documents. */
export const intakeAuditActions = ['dossier.intake_corrected', 'dossier.document_added'];

/** The checklist of the version the dossier was received under. */
export async function loadRequirements(db: Executor, dossier: DossierRow) {
  const version = await findVersionById(db, dossier.procedureVersionId);
  if (!version) return [];
  return describeRequirements(procedureRecordSchema.parse(version.record));
}

/** The intake view with the audited corrections (who, when, why, before → after). */
export async function loadIntakeView(db: Executor, dossier: DossierRow) {
  const [requirements, documents, events] = await Promise.all([
    loadRequirements(db, dossier),
    listDossierDocuments(db, dossier.id),
    listAuditEvents(db, { targetType: 'dossier', targetId: dossier.id, limit: 200 }),
  ]);
  const corrections = events.filter((e) => intakeAuditActions.includes(e.action)).reverse();
  const actorIds = [...new Set(corrections.map((e) => e.actorId).filter((id) => id !== null))];
  const actors = actorIds.length
    ? await db.selectFrom('users').select(['id', 'fullName']).where('id', 'in', actorIds).execute()
    : [];
  return {
    ...presentIntake(dossier, loadState(dossier), requirements, documents),
    corrections: corrections.map((e) => ({
      action: e.action,
      at: formatInstant(e.at.getTime()),
      actorName: actors.find((a) => a.id === e.actorId)?.fullName ?? null,
      ...(e.details as Record<string, unknown>),
    })),
  };
}

/** `GET /dossiers/{code}/documents`: for anyone who may read the dossier. */
export async function getDossierDocuments(ctx: ServiceContext, principal: Principal, code: string) {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  return loadIntakeView(ctx.db, dossier);
}

/**
 * Adds a paper or a scan: by the receiving unit before processing starts (the intake's own
 * source), or while the applicant is asked for a supplement (source `supplement`, with the round:
 * Decree 118/2025 Art. 16.3, 19). Other times the documents are frozen: 409.
 */
export async function addDossierDocument(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  input: AddDocumentInput,
) {
  return inTransaction(ctx, async (trx) => {
    const dossier = requireRead(principal, await findDossierByCode(trx, code), code);
    requireScope(principal, 'dossier.receive', dossier.receivingUnitId);
    const state = loadState(dossier);
    const beforeProcessing = explainCorrectable(dossier, state) === null;
    if (!beforeProcessing && state.status !== 'awaiting_supplement') {
      throw new DomainError(
        'ACTION_NOT_ALLOWED',
        'Chỉ thêm giấy tờ trước khi hồ sơ chuyển xử lý, hoặc khi người nộp đang bổ sung hồ sơ.',
        { status: state.status, rule: 'documents_open' },
      );
    }
    const requirements = await loadRequirements(trx, dossier);
    const line =
      input.requirementNo === undefined
        ? undefined
        : requirements.find((r) => r.no === input.requirementNo);
    if (input.requirementNo !== undefined && (!line || !appliesToCase(line, dossier.caseName))) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Thành phần hồ sơ số ${input.requirementNo} không có trong danh mục của hồ sơ này.`,
        { fields: [{ field: 'requirementNo', message: 'Không có trong danh mục giấy tờ' }] },
      );
    }
    const draft: DocumentDraft = {
      requirementNo: line?.no ?? null,
      name: line?.name ?? input.name!.normalize('NFC'),
      form: input.form ?? (line ? defaultForm(line) : 'copy'),
      quantity: input.quantity,
      fileId: input.fileId ?? null,
    };
    await checkAttachableFiles(trx, principal, dossier.id, [draft.fileId]);
    const now = ctx.clock.now();
    const round = beforeProcessing ? null : state.supplements.length;
    const source = beforeProcessing
      ? dossier.submissionSource === 'postal'
        ? 'postal'
        : 'counter'
      : 'supplement';
    const [row] = toDocumentRows([draft], {
      dossierId: dossier.id,
      tenantId: dossier.tenantId,
      source,
      supplementRound: round,
      addedBy: principal.userId,
      at: now,
    });
    await insertDossierDocuments(trx, [row!]);
    await insertAuditEvent(trx, {
      tenantId: dossier.tenantId,
      actorId: principal.userId,
      action: 'dossier.document_added',
      targetType: 'dossier',
      targetId: dossier.id,
      at: now,
      details: { code, documentId: row!.id, name: draft.name, source, supplementRound: round },
    });
    return loadIntakeView(trx, dossier);
  });
}

/** A document's stored file, for officers who may read the dossier. */
export async function readDossierDocumentFile(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  id: string,
) {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  const file = await findDossierDocumentFile(ctx.db, dossier.id, id);
  if (!file) throw new DomainError('NOT_FOUND', 'Giấy tờ này không có tệp đính kèm.');
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: ctx.files.get(file.sha256) };
}
