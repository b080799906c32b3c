import type { ServiceContext } from '../context.ts';
import { resolvePublicTenant } from '../organisation/resolve-unit.ts';

/** The overrides of a year, province-wide or for one unit (the admin calendar page). */
export async function listCalendarOverrides(
  ctx: ServiceContext,
  input: { year: number; org?: string },
) {
  const { tenantId, unit } = await resolvePublicTenant(ctx.db, input.org);
  let query = ctx.db
    .selectFrom('calendarOverrides')
    .select(['date', 'kind', 'name', 'reason', 'occasion', 'source', 'updatedAt'])
    .where('tenantId', '=', tenantId)
    .where('date', '>=', `${input.year}-01-01`)
    .where('date', '<=', `${input.year}-12-31`);
  query = unit ? query.where('unitId', '=', unit.id) : query.where('unitId', 'is', null);
  const rows = await query.orderBy('date').execute();
  return rows.map((r) => ({ ...r, org: input.org ?? null, updatedAt: r.updatedAt.toISOString() }));
}
