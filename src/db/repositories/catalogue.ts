import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { ProcedureTable, ProcedureVersionRow, ProcedureVersionTable } from '../schema.ts';

export async function insertProcedure(
  db: Executor,
  row: Insertable<ProcedureTable>,
): Promise<void> {
  await db.insertInto('procedures').values(row).execute();
}

export async function updateProcedure(
  db: Executor,
  id: string,
  changes: Updateable<ProcedureTable>,
): Promise<void> {
  await db
    .updateTable('procedures')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function insertVersion(
  db: Executor,
  row: Insertable<ProcedureVersionTable>,
): Promise<ProcedureVersionRow> {
  return db.insertInto('procedureVersions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateVersion(
  db: Executor,
  id: string,
  expectedStatus: string,
  changes: Updateable<ProcedureVersionTable>,
): Promise<ProcedureVersionRow | undefined> {
  return db
    .updateTable('procedureVersions')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .where('status', '=', expectedStatus)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteDraftVersion(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('procedureVersionFiles').where('versionId', '=', id).execute();
  await db
    .deleteFrom('procedureVersions')
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute();
}

export async function listVersions(
  db: Executor,
  procedureId: string,
): Promise<ProcedureVersionRow[]> {
  return db
    .selectFrom('procedureVersions')
    .selectAll()
    .where('procedureId', '=', procedureId)
    .orderBy('versionNo', 'desc')
    .execute();
}

export async function findVersionByNo(db: Executor, procedureId: string, versionNo: number) {
  return db
    .selectFrom('procedureVersions')
    .selectAll()
    .where('procedureId', '=', procedureId)
    .where('versionNo', '=', versionNo)
    .executeTakeFirst();
}

export async function findOpenVersion(db: Executor, procedureId: string) {
  return db
    .selectFrom('procedureVersions')
    .selectAll()
    .where('procedureId', '=', procedureId)
    .where('status', 'in', ['draft', 'under_review', 'approved'])
    .executeTakeFirst();
}

/** Published versions whose effective period overlaps or follows `from`: closes the previous one. */
export async function supersedePublished(
  db: Executor,
  procedureId: string,
  exceptId: string,
  effectiveFrom: Date,
): Promise<void> {
  await db
    .updateTable('procedureVersions')
    .set({ status: 'superseded', effectiveTo: effectiveFrom, updatedAt: new Date() })
    .where('procedureId', '=', procedureId)
    .where('id', '!=', exceptId)
    .where('status', '=', 'published')
    .execute();
}

export async function nextVersionNo(db: Executor, procedureId: string): Promise<number> {
  const row = await db
    .selectFrom('procedureVersions')
    .select((eb) => eb.fn.max('versionNo').as('max'))
    .where('procedureId', '=', procedureId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function listVersionFiles(db: Executor, versionId: string) {
  return db
    .selectFrom('procedureVersionFiles as vf')
    .innerJoin('files as f', 'f.id', 'vf.fileId')
    .select(['vf.formName', 'f.id', 'f.fileName', 'f.mimeType', 'f.sizeBytes', 'f.sha256'])
    .where('vf.versionId', '=', versionId)
    .orderBy('vf.formName')
    .execute();
}

export async function attachVersionFile(
  db: Executor,
  versionId: string,
  fileId: string,
  formName: string,
): Promise<void> {
  await db
    .insertInto('procedureVersionFiles')
    .values({ versionId, fileId, formName })
    .onConflict((oc) => oc.columns(['versionId', 'formName']).doUpdateSet({ fileId }))
    .execute();
}

export async function copyVersionFiles(
  db: Executor,
  fromVersionId: string,
  toVersionId: string,
): Promise<void> {
  await sql`INSERT INTO procedure_version_files (version_id, file_id, form_name)
            SELECT ${toVersionId}, file_id, form_name FROM procedure_version_files WHERE version_id = ${fromVersionId}`.execute(
    db,
  );
}

export async function incrementUsage(db: Executor, procedureId: string): Promise<void> {
  await db
    .updateTable('procedures')
    .set((eb) => ({ usageCount: eb('usageCount', '+', 1) }))
    .where('id', '=', procedureId)
    .execute();
}
