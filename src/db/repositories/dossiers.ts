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

/**
 * The write of one workflow action in a single round trip: the dossier row is updated only if its
 * version is still the one read (optimistic concurrency), and the action is appended only if that
 * update happened. Returns false for the loser of a race.
 */
export async function updateDossierAndAppendAction(
  db: Executor,
  dossierId: string,
  expectedVersion: number,
  changes: DossierUpdate,
  action: Insertable<DossierActionTable>,
): Promise<boolean> {
  const rows = await db
    .with('updated', (qb) =>
      qb
        .updateTable('dossiers')
        .set({ ...changes, version: expectedVersion + 1, updatedAt: new Date() })
        .where('id', '=', dossierId)
        .where('version', '=', expectedVersion)
        .returning('id'),
    )
    .insertInto('dossierActions')
    .columns([
      'id',
      'tenantId',
      'dossierId',
      'seq',
      'type',
      'at',
      'actorId',
      'actorUnitId',
      'actorRole',
      'fromStatus',
      'toStatus',
      'payload',
      'dueAt',
    ])
    .expression((eb) =>
      eb
        .selectFrom('updated')
        .select([
          sql<string>`${action.id}::uuid`.as('id'),
          sql<string>`${action.tenantId}::uuid`.as('tenantId'),
          'updated.id as dossierId',
          sql<number>`${action.seq}::int`.as('seq'),
          sql<string>`${action.type}::text`.as('type'),
          sql<Date>`${action.at}::timestamptz`.as('at'),
          sql<string | null>`${action.actorId ?? null}::uuid`.as('actorId'),
          sql<string | null>`${action.actorUnitId ?? null}::uuid`.as('actorUnitId'),
          sql<string | null>`${action.actorRole ?? null}::text`.as('actorRole'),
          sql<string | null>`${action.fromStatus ?? null}::text`.as('fromStatus'),
          sql<string>`${action.toStatus}::text`.as('toStatus'),
          sql<string>`${action.payload ?? '{}'}::jsonb`.as('payload'),
          sql<Date | null>`${action.dueAt ?? null}::timestamptz`.as('dueAt'),
        ]),
    )
    .returning('id')
    .execute();
  return rows.length === 1;
}
