import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../database.ts';
import type { DossierDocumentTable } from '../schema.ts';

export type DossierDocumentRow = Selectable<DossierDocumentTable>;
export type NewDossierDocument = Insertable<DossierDocumentTable>;

/** A document with the name, type and size of its stored file, and who added it. */
export interface DossierDocumentWithFile extends DossierDocumentRow {
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: string | number | null;
  addedByName: string | null;
}

export async function insertDossierDocuments(
  db: Executor,
  rows: NewDossierDocument[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('dossierDocuments').values(rows).execute();
}

/** Every document of a dossier, removed ones included (corrections never delete), oldest first. */
export async function listDossierDocuments(
  db: Executor,
  dossierId: string,
): Promise<DossierDocumentWithFile[]> {
  return db
    .selectFrom('dossierDocuments as d')
    .leftJoin('files as f', 'f.id', 'd.fileId')
    .leftJoin('users as u', 'u.id', 'd.addedBy')
    .selectAll('d')
    .select(['f.fileName', 'f.mimeType', 'f.sizeBytes', 'u.fullName as addedByName'])
    .where('d.dossierId', '=', dossierId)
    .orderBy('d.addedAt')
    .orderBy('d.requirementNo')
    .orderBy('d.id')
    .execute();
}

export async function markDossierDocumentsRemoved(
  db: Executor,
  dossierId: string,
  ids: string[],
  removedBy: string,
  at: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('dossierDocuments')
    .set({ removedAt: at, removedBy })
    .where('dossierId', '=', dossierId)
    .where('id', 'in', ids)
    .where('removedAt', 'is', null)
    .execute();
}

/** One document's stored file, for download. */
export async function findDossierDocumentFile(db: Executor, dossierId: string, id: string) {
  return db
    .selectFrom('dossierDocuments as d')
    .innerJoin('files as f', 'f.id', 'd.fileId')
    .select(['f.sha256', 'f.fileName', 'f.mimeType', 'd.name', 'd.removedAt'])
    .where('d.dossierId', '=', dossierId)
    .where('d.id', '=', id)
    .executeTakeFirst();
}

/**
 * Uploaded files about to be attached: their owner and purpose, and the dossiers they already
 * belong to (a scan belongs to one dossier).
 */
export async function findAttachableFiles(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('files as f')
    .select((eb) => [
      'f.id',
      'f.tenantId',
      'f.purpose',
      'f.uploadedBy',
      eb
        .selectFrom('dossierDocuments as d')
        .select('d.dossierId')
        .whereRef('d.fileId', '=', 'f.id')
        .limit(1)
        .as('attachedTo'),
    ])
    .where('f.id', 'in', ids)
    .execute();
}
