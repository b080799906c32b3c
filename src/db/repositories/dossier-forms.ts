import { sql } from 'kysely';
import type { Executor } from '../database.ts';

/** Reads for the legal forms (issue #5 item 3): documents, people, units, register entries. */

/** The documents a dossier holds now (rows marked removed are corrections, not documents). */
export async function listCurrentDocuments(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossierDocuments')
    .select(['name', 'form', 'quantity', 'requirementNo', 'addedAt'])
    .where('dossierId', '=', dossierId)
    .where('removedAt', 'is', null)
    .orderBy(sql`requirement_no nulls last`)
    .orderBy('addedAt')
    .orderBy('id')
    .execute();
}

export async function listPeople(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'fullName', 'title', 'phone'])
    .where('id', 'in', [...ids])
    .execute();
}

export async function listUnitNames(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'shortName', 'address', 'phone'])
    .where('id', 'in', [...ids])
    .execute();
}

/** The unit's ancestors, root first, the unit itself last. */
export async function listUnitChain(db: Executor, unitId: string) {
  return db
    .selectFrom('unitClosure as c')
    .innerJoin('units as u', 'u.id', 'c.ancestorId')
    .select(['u.id', 'u.kind', 'u.name', 'u.shortName'])
    .where('c.descendantId', '=', unitId)
    .orderBy('c.depth', 'desc')
    .execute();
}

/**
 * Position of a dossier in its receiving unit's register of the year: dossiers received by the
 * unit since the year began, in order of reception, ties by code.
 */
export async function countRegisterEntry(
  db: Executor,
  receivingUnitId: string,
  yearStart: Date,
  receivedAt: Date,
  code: string,
): Promise<number> {
  const row = await db
    .selectFrom('dossiers')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('receivingUnitId', '=', receivingUnitId)
    .where(sql<boolean>`coalesce(received_at, clock_start_at) >= ${yearStart}`)
    .where(
      sql<boolean>`(coalesce(received_at, clock_start_at), code) <= (${receivedAt}::timestamptz, ${code})`,
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The register (form 07) of a unit for a period: dossiers it received, or for which it (or a unit
 * under it) is the competent agency, received in [from, to), in order of reception.
 */
export async function listRegisterDossiers(
  db: Executor,
  tenantId: string,
  unitIds: readonly string[],
  from: Date,
  to: Date,
  limit: number,
) {
  const received = sql<Date>`coalesce(dossiers.received_at, dossiers.clock_start_at)`;
  return db
    .selectFrom('dossiers')
    .innerJoin('units as lead', 'lead.id', 'dossiers.competentUnitId')
    .select([
      'dossiers.id',
      'dossiers.code',
      'dossiers.procedureName',
      'dossiers.setsCount',
      'dossiers.applicantName',
      'dossiers.applicantAddress',
      'dossiers.applicantPhone',
      'dossiers.receivingUnitId',
      'dossiers.dueAt',
      'dossiers.resolvedAt',
      'dossiers.returnedAt',
      'dossiers.closedAt',
      'dossiers.status',
      'dossiers.outcome',
      'dossiers.workflow',
      'lead.name as leadAgency',
    ])
    .select(received.as('receivedAt'))
    .where('dossiers.tenantId', '=', tenantId)
    .where((eb) =>
      eb.or([
        eb('dossiers.receivingUnitId', 'in', [...unitIds]),
        eb('dossiers.competentUnitId', 'in', [...unitIds]),
      ]),
    )
    .where(received, '>=', from)
    .where(received, '<', to)
    .orderBy(received)
    .orderBy('dossiers.code')
    .limit(limit)
    .execute();
}
