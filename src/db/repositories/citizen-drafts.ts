import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { DossierDocumentTable, DossierRow, FileTable } from '../schema.ts';
import type {
  CitizenDraftRow,
  CitizenDraftTable,
  CitizenUploadRow,
  CitizenUploadTable,
} from '../schema-citizens.ts';

/** Drafts, staged uploads and the citizen's own dossiers (migration 0009). */

export async function insertDraft(db: Executor, draft: Insertable<CitizenDraftTable>) {
  await db.insertInto('citizenDrafts').values(draft).execute();
}

/** A draft of this citizen, or nothing: another citizen's draft is never found. */
export async function findDraft(
  db: Executor,
  citizenId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CitizenDraftRow | undefined> {
  const query = db
    .selectFrom('citizenDrafts')
    .selectAll()
    .where('id', '=', id)
    .where('citizenId', '=', citizenId);
  return (options.forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export async function updateDraft(
  db: Executor,
  id: string,
  changes: Updateable<CitizenDraftTable>,
): Promise<void> {
  await db.updateTable('citizenDrafts').set(changes).where('id', '=', id).execute();
}

export async function listOpenDrafts(db: Executor, citizenId: string) {
  return db
    .selectFrom('citizenDrafts')
    .selectAll()
    .where('citizenId', '=', citizenId)
    .where('status', '=', 'draft')
    .orderBy('updatedAt', 'desc')
    .limit(100)
    .execute();
}

export async function insertUpload(db: Executor, upload: Insertable<CitizenUploadTable>) {
  await db.insertInto('citizenUploads').values(upload).execute();
}

export async function insertFileRecord(db: Executor, file: Insertable<FileTable>) {
  await db.insertInto('files').values(file).execute();
}

/** The uploads of a draft or of a supplement round not sent yet, with their file facts. */
export async function listUploads(
  db: Executor,
  target: { draftId: string } | { dossierId: string; round: number },
): Promise<
  Array<
    CitizenUploadRow & { fileName: string; mimeType: string; sizeBytes: number; sha256: string }
  >
> {
  let query = db
    .selectFrom('citizenUploads as u')
    .innerJoin('files as f', 'f.id', 'u.fileId')
    .selectAll('u')
    .select(['f.fileName', 'f.mimeType', 'f.sizeBytes', 'f.sha256'])
    .where('u.removedAt', 'is', null)
    .where('u.attachedAt', 'is', null);
  query =
    'draftId' in target
      ? query.where('u.draftId', '=', target.draftId)
      : query
          .where('u.dossierId', '=', target.dossierId)
          .where('u.supplementRound', '=', target.round);
  return query.orderBy('u.addedAt').execute();
}

/** Marks an upload removed; false when it is not this citizen's, already sent, or gone. */
export async function removeUpload(
  db: Executor,
  citizenId: string,
  id: string,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('citizenUploads')
    .set({ removedAt: at })
    .where('id', '=', id)
    .where('citizenId', '=', citizenId)
    .where('removedAt', 'is', null)
    .where('attachedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setUploadRequirement(db: Executor, id: string, requirementNo: number) {
  await db.updateTable('citizenUploads').set({ requirementNo }).where('id', '=', id).execute();
}

export async function findDossierCodeById(db: Executor, id: string) {
  return db
    .selectFrom('dossiers')
    .select(['code', 'receptionDueAt'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export async function markUploadsAttached(db: Executor, ids: readonly string[], at: Date) {
  if (ids.length === 0) return;
  await db.updateTable('citizenUploads').set({ attachedAt: at }).where('id', 'in', ids).execute();
}

export async function insertDossierDocuments(
  db: Executor,
  rows: readonly Insertable<DossierDocumentTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('dossierDocuments').values(rows).execute();
}

export async function countSupplementDocuments(db: Executor, dossierId: string, round: number) {
  const row = await db
    .selectFrom('dossierDocuments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('dossierId', '=', dossierId)
    .where('source', '=', 'supplement')
    .where('supplementRound', '=', round)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listDossierDocuments(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossierDocuments as d')
    .leftJoin('files as f', 'f.id', 'd.fileId')
    .select([
      'd.id',
      'd.requirementNo',
      'd.name',
      'd.source',
      'd.supplementRound',
      'd.addedAt',
      'f.fileName',
      'f.sizeBytes',
    ])
    .where('d.dossierId', '=', dossierId)
    .where('d.removedAt', 'is', null)
    .orderBy('d.addedAt')
    .orderBy('d.requirementNo')
    .execute();
}

/** The citizen's dossiers, newest first (submitted online from this account). */
export async function listCitizenDossiers(db: Executor, citizenId: string, limit = 100) {
  return db
    .selectFrom('dossiers')
    .selectAll()
    .where('citizenId', '=', citizenId)
    .orderBy('submittedAt', 'desc')
    .limit(limit)
    .execute();
}

/** One of the citizen's dossiers by code; another citizen's is never found. */
export async function findCitizenDossier(
  db: Executor,
  citizenId: string,
  code: string,
  options: { forUpdate?: boolean } = {},
): Promise<DossierRow | undefined> {
  const query = db
    .selectFrom('dossiers')
    .selectAll()
    .where('code', '=', code)
    .where('citizenId', '=', citizenId);
  return (options.forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

/** The action log of a dossier as the citizen sees it: what happened and when, no one's name. */
export async function listDossierSteps(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossierActions')
    .select(['type', 'at', 'toStatus'])
    .where('dossierId', '=', dossierId)
    .orderBy('seq')
    .execute();
}

/**
 * Online dossiers still untouched (no action since the citizen submitted) whose submission is
 * older than `before` and whose receiving unit was not alerted yet; claimed with SKIP LOCKED so
 * several workers share them.
 */
export async function claimUntouchedOnlineDossiers(db: Executor, before: Date, limit: number) {
  // Raw rows come back camelCased by the CamelCasePlugin, like the query builder's.
  const result = await sql<
    Pick<
      DossierRow,
      | 'id'
      | 'tenantId'
      | 'code'
      | 'procedureName'
      | 'applicantName'
      | 'receivingUnitId'
      | 'submittedAt'
      | 'receptionDueAt'
    >
  >`
    SELECT id, tenant_id, code, procedure_name, applicant_name, receiving_unit_id, submitted_at, reception_due_at
    FROM dossiers
    WHERE status = 'submitted' AND online_alerted_at IS NULL AND version = 0 AND submitted_at <= ${before}
    ORDER BY submitted_at LIMIT ${limit} FOR UPDATE SKIP LOCKED`.execute(db);
  return result.rows;
}

export async function markOnlineAlerted(db: Executor, id: string, at: Date): Promise<void> {
  await sql`UPDATE dossiers SET online_alerted_at = ${at} WHERE id = ${id}`.execute(db);
}
