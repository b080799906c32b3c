import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { ProcedureRow, ProcedureVersionRow } from '../schema.ts';

export async function findProcedureByCode(
  db: Executor,
  tenantId: string,
  code: string,
): Promise<ProcedureRow | undefined> {
  return db
    .selectFrom('procedures')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The published version in force at `at`: the one a dossier received then is bound to. */
export async function findVersionInForce(
  db: Executor,
  procedureId: string,
  at: Date,
): Promise<ProcedureVersionRow | undefined> {
  return db
    .selectFrom('procedureVersions')
    .selectAll()
    .where('procedureId', '=', procedureId)
    .where('status', 'in', ['published', 'superseded'])
    .where((eb) => eb.or([eb('effectiveFrom', 'is', null), eb('effectiveFrom', '<=', at)]))
    .where((eb) => eb.or([eb('effectiveTo', 'is', null), eb('effectiveTo', '>', at)]))
    .orderBy('versionNo', 'desc')
    .executeTakeFirst();
}

export async function findVersionById(
  db: Executor,
  id: string,
): Promise<ProcedureVersionRow | undefined> {
  return db.selectFrom('procedureVersions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listProcedureAgencies(db: Executor, procedureId: string) {
  return db
    .selectFrom('procedureAgencies as pa')
    .innerJoin('units as u', 'u.id', 'pa.unitId')
    .leftJoin('units as h', 'h.id', 'pa.handlingUnitId')
    .select([
      'pa.unitId',
      'pa.handlingUnitId',
      'u.code',
      'u.name',
      'h.code as handlingCode',
      'h.name as handlingName',
    ])
    .where('pa.procedureId', '=', procedureId)
    .execute();
}

/** Published procedures for pickers (counter intake), name or code contains `q` (no diacritics). */
export async function searchPublishedProcedures(
  db: Executor,
  tenantId: string,
  q: string | undefined,
  limit: number,
): Promise<Array<{ code: string; name: string; field: string; levels: string[] }>> {
  let query = db
    .selectFrom('procedures')
    .select(['code', 'name', 'field', 'levels'])
    .where('tenantId', '=', tenantId)
    .where('publishedVersionId', 'is not', null);
  if (q) {
    const pattern = `%${q.toLowerCase()}%`;
    query = query.where((eb) =>
      eb.or([
        eb('code', 'like', pattern),
        eb(sql`f_unaccent(lower(name))`, 'like', sql`f_unaccent(${pattern})`),
      ]),
    );
  }
  return query.orderBy('code').limit(limit).execute();
}
