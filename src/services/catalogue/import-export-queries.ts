import type { Executor } from '../../db/database.ts';

/**
 * The set-based reads of catalogue import and export: one query per kind of row for the whole
 * province (or for the codes of a file) instead of one per procedure, so a catalogue of
 * thousands of procedures is read in a handful of round trips.
 */
const openStatuses = ['draft', 'under_review', 'approved'] as const;
const publishedStatuses = ['published', 'superseded'] as const;
/** Bound parameters per query stay well under PostgreSQL's 65,535. */
const chunkSize = 1000;

async function inChunks<T, R>(items: readonly T[], read: (chunk: T[]) => Promise<R[]>) {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += chunkSize)
    out.push(...(await read(items.slice(i, i + chunkSize))));
  return out;
}

export interface VersionSlice {
  id: string;
  procedureId: string;
  versionNo: number;
  status: string;
  effectiveFrom: Date | null;
  effectiveTo: Date | null;
  record: unknown;
}

/**
 * Versions that may be in force at `now` or are open, of the whole province or of the given
 * procedures. Superseded versions that ended before `now` are left out: they cannot be either.
 */
export async function listLiveVersions(
  db: Executor,
  tenantId: string,
  now: Date,
  procedureIds?: readonly string[],
): Promise<VersionSlice[]> {
  const query = (ids?: string[]) => {
    let q = db
      .selectFrom('procedureVersions')
      .select([
        'id',
        'procedureId',
        'versionNo',
        'status',
        'effectiveFrom',
        'effectiveTo',
        'record',
      ])
      .where('tenantId', '=', tenantId)
      .where((eb) =>
        eb.or([
          eb('status', 'in', openStatuses),
          eb.and([
            eb('status', 'in', publishedStatuses),
            eb.or([eb('effectiveTo', 'is', null), eb('effectiveTo', '>', now)]),
          ]),
        ]),
      );
    if (ids) q = q.where('procedureId', 'in', ids);
    return q.execute();
  };
  if (!procedureIds) return query();
  return procedureIds.length ? inChunks(procedureIds, query) : [];
}

export interface ProcedureVersions {
  /** The published version in force at `now` (the rule of findVersionInForce). */
  inForce?: VersionSlice;
  /** The one draft, under review or approved version, if any. */
  open?: VersionSlice;
}

export function pickVersions(
  versions: readonly VersionSlice[],
  now: Date,
): Map<string, ProcedureVersions> {
  const byProcedure = new Map<string, ProcedureVersions>();
  for (const v of versions) {
    const slot = byProcedure.get(v.procedureId) ?? {};
    byProcedure.set(v.procedureId, slot);
    if ((openStatuses as readonly string[]).includes(v.status)) {
      if (!slot.open || v.versionNo > slot.open.versionNo) slot.open = v;
      continue;
    }
    const started = !v.effectiveFrom || v.effectiveFrom <= now;
    const notEnded = !v.effectiveTo || v.effectiveTo > now;
    if (started && notEnded && (!slot.inForce || v.versionNo > slot.inForce.versionNo))
      slot.inForce = v;
  }
  return byProcedure;
}

export interface AgencyRow {
  procedureId: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  handlingUnitCode: string | null;
  handlingUnitName: string | null;
}

export async function listAgencyRows(
  db: Executor,
  tenantId: string,
  procedureIds?: readonly string[],
): Promise<AgencyRow[]> {
  const query = (ids?: string[]) => {
    let q = db
      .selectFrom('procedureAgencies as pa')
      .innerJoin('units as u', 'u.id', 'pa.unitId')
      .leftJoin('units as h', 'h.id', 'pa.handlingUnitId')
      .select([
        'pa.procedureId',
        'pa.unitId',
        'u.code as unitCode',
        'u.name as unitName',
        'h.code as handlingUnitCode',
        'h.name as handlingUnitName',
      ])
      .where('pa.tenantId', '=', tenantId)
      .orderBy('u.code');
    if (ids) q = q.where('pa.procedureId', 'in', ids);
    return q.execute();
  };
  if (!procedureIds) return query();
  return procedureIds.length ? inChunks(procedureIds, query) : [];
}

export async function listProceduresByCodes(
  db: Executor,
  tenantId: string,
  codes: readonly string[],
) {
  return inChunks(codes, (chunk) =>
    db
      .selectFrom('procedures')
      .select(['id', 'code'])
      .where('tenantId', '=', tenantId)
      .where('code', 'in', chunk)
      .execute(),
  );
}

export async function listUnitsByCodes(db: Executor, codes: readonly string[]) {
  return inChunks(codes, (chunk) =>
    db
      .selectFrom('units')
      .select(['id', 'code', 'name', 'parentId', 'tenantId'])
      .where('code', 'in', chunk)
      .execute(),
  );
}
