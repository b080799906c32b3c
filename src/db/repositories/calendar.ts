import type { Executor } from '../database.ts';
import { newId } from '../ids.ts';

export interface OverrideRow {
  id: string;
  unitId: string | null;
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
  reason: string | null;
  occasion: string | null;
  source: 'official' | 'admin';
}

export async function listTenantOverrides(db: Executor, tenantId: string): Promise<OverrideRow[]> {
  return db
    .selectFrom('calendarOverrides')
    .select(['id', 'unitId', 'date', 'kind', 'name', 'reason', 'occasion', 'source'])
    .where('tenantId', '=', tenantId)
    .orderBy('date')
    .execute();
}

/** Office sessions and parent links of every unit, to resolve a unit's inherited calendar. */
export async function listUnitCalendarSettings(
  db: Executor,
  tenantId: string,
): Promise<
  Array<{
    id: string;
    parentId: string | null;
    code: string;
    officeSessions: Array<{ start: number; end: number }> | null;
  }>
> {
  return db
    .selectFrom('units')
    .select(['id', 'parentId', 'code', 'officeSessions'])
    .where('tenantId', '=', tenantId)
    .execute();
}

export async function upsertOverride(
  db: Executor,
  value: {
    tenantId: string;
    unitId: string | null;
    date: string;
    kind: 'holiday' | 'workday';
    name: string;
    reason?: string | null;
    occasion?: string | null;
    source: 'official' | 'admin';
    updatedBy: string | null;
  },
): Promise<void> {
  await db
    .insertInto('calendarOverrides')
    .values({ id: newId(), reason: null, occasion: null, ...value })
    .onConflict((oc) =>
      oc.columns(['tenantId', 'unitId', 'date']).doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        name: eb.ref('excluded.name'),
        reason: eb.ref('excluded.reason'),
        occasion: eb.ref('excluded.occasion'),
        source: eb.ref('excluded.source'),
        updatedBy: eb.ref('excluded.updatedBy'),
        updatedAt: new Date(),
      })),
    )
    .execute();
}

export async function deleteOverride(
  db: Executor,
  tenantId: string,
  unitId: string | null,
  date: string,
): Promise<number> {
  let query = db
    .deleteFrom('calendarOverrides')
    .where('tenantId', '=', tenantId)
    .where('date', '=', date);
  query = unitId ? query.where('unitId', '=', unitId) : query.where('unitId', 'is', null);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
