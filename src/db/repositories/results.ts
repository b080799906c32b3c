import { type Insertable, sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { DossierResultTable, DossierRow, FileTable, NotificationTable } from '../schema.ts';

export async function insertFileRow(db: Executor, file: Insertable<FileTable>): Promise<void> {
  await db.insertInto('files').values(file).execute();
}

export async function findFileRow(db: Executor, id: string) {
  return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A new result; undefined when the dossier already has a result with this document code. */
export async function insertResult(db: Executor, result: Insertable<DossierResultTable>) {
  return db
    .insertInto('dossierResults')
    .values(result)
    .onConflict((oc) => oc.constraint('dossier_results_document_code_key').doNothing())
    .returningAll()
    .executeTakeFirst();
}

const resultColumns = [
  'r.id',
  'r.name',
  'r.resultTypeCode',
  'r.holderIdNumber',
  'r.documentCode',
  'r.documentNumber',
  'r.summary',
  'r.validFrom',
  'r.validUntil',
  'r.issuedAt',
  'r.fileId',
  'f.fileName',
  'f.sizeBytes',
  'f.sha256',
  'f.mimeType',
  'u.fullName as issuedByName',
] as const;

export async function listResults(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossierResults as r')
    .leftJoin('files as f', 'f.id', 'r.fileId')
    .leftJoin('users as u', 'u.id', 'r.issuedBy')
    .select(resultColumns)
    .where('r.dossierId', '=', dossierId)
    .orderBy('r.issuedAt')
    .execute();
}

export async function findResult(db: Executor, dossierId: string, resultId: string) {
  return db
    .selectFrom('dossierResults as r')
    .leftJoin('files as f', 'f.id', 'r.fileId')
    .leftJoin('users as u', 'u.id', 'r.issuedBy')
    .select(resultColumns)
    .where('r.dossierId', '=', dossierId)
    .where('r.id', '=', resultId)
    .executeTakeFirst();
}

export async function listResultFileIds(db: Executor, dossierId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('dossierResults')
    .select('fileId')
    .where('dossierId', '=', dossierId)
    .where('fileId', 'is not', null)
    .execute();
  return rows.map((r) => r.fileId as string);
}

/** Outbox rows to citizens (SMS, e-mail); a dedupe key already written is skipped. */
export async function insertCitizenNotifications(
  db: Executor,
  rows: Insertable<NotificationTable>[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('notifications')
    .values(rows)
    .onConflict((oc) => oc.constraint('notifications_dedupe_key').doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

/** Results ready before their due instant whose applicant was not yet told (Art. 22). */
export async function listEarlyReturnCandidates(
  db: Executor,
  now: Date,
  limit: number,
): Promise<DossierRow[]> {
  return db
    .selectFrom('dossiers as d')
    .selectAll('d')
    .where('d.status', '=', 'result_ready')
    .where('d.dueAt', '>', now)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notifications as n')
            .select('n.id')
            // The SMS row is always written (skipped without a phone): one unique-index probe.
            .whereRef(
              'n.dedupeKey',
              '=',
              sql<string>`'dossier.early_return:' || d.id::text || ':sms'`,
            ),
        ),
      ),
    )
    .orderBy('d.dueAt')
    .limit(limit)
    .execute();
}

export async function listDossierNotices(db: Executor, dossierId: string, template: string) {
  return db
    .selectFrom('notifications')
    .select(['id', 'channel', 'recipientAddress', 'status', 'createdAt', 'sentAt'])
    .where('dossierId', '=', dossierId)
    .where('template', '=', template)
    .orderBy('createdAt')
    .execute();
}

/** The return_result action of a dossier, with who returned it. */
export async function findReturnAction(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossierActions as a')
    .leftJoin('users as u', 'u.id', 'a.actorId')
    .select(['a.at', 'a.payload', 'a.actorId', 'u.fullName as actorName'])
    .where('a.dossierId', '=', dossierId)
    .where('a.type', '=', 'return_result')
    .orderBy('a.seq', 'desc')
    .executeTakeFirst();
}
