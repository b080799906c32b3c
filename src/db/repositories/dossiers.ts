import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type {
  DossierActionRow,
  DossierActionTable,
  DossierRow,
  DossierUpdate,
  NewDossier,
} from '../schema.ts';

/** Next sequence number of the agency's day (Art. 28 code); one row lock per agency-day. */
export async function takeNextDossierSequence(
  db: Executor,
  unitId: string,
  day: string,
): Promise<number> {
  const result = await sql<{ lastSeq: number }>`
    INSERT INTO dossier_code_counters (unit_id, day, last_seq) VALUES (${unitId}, ${day}, 1)
    ON CONFLICT (unit_id, day) DO UPDATE SET last_seq = dossier_code_counters.last_seq + 1
    RETURNING last_seq`.execute(db);
  return result.rows[0]!.lastSeq;
}

export async function insertDossier(db: Executor, dossier: NewDossier): Promise<DossierRow> {
  return db.insertInto('dossiers').values(dossier).returningAll().executeTakeFirstOrThrow();
}

export async function insertDossierAction(
  db: Executor,
  action: Insertable<DossierActionTable>,
): Promise<DossierActionRow> {
  return db.insertInto('dossierActions').values(action).returningAll().executeTakeFirstOrThrow();
}

export async function findDossierByCode(
  db: Executor,
  code: string,
): Promise<DossierRow | undefined> {
  return db.selectFrom('dossiers').selectAll().where('code', '=', code).executeTakeFirst();
}

/**
 * Optimistic concurrency: the update applies only if nobody changed the dossier since it was
 * read (`version`). Returns false for the loser of a race, which answers 409.
 */
export async function updateDossierIfVersion(
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: DossierUpdate,
): Promise<boolean> {
  const result = await db
    .updateTable('dossiers')
    .set({ ...changes, version: expectedVersion + 1, updatedAt: new Date() })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listDossierActions(
  db: Executor,
  dossierId: string,
): Promise<DossierActionRow[]> {
  return db
    .selectFrom('dossierActions')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .orderBy('seq')
    .execute();
}
