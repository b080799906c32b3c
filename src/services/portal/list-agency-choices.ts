import { compareVietnamese } from '../../core/catalogue/fold.ts';
import type { ServiceContext } from '../context.ts';
import { resolvePublicTenant } from '../organisation/resolve-unit.ts';

export interface AgencyChoice {
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
}

/**
 * Agencies that implement at least one published procedure, for the portal's agency filter:
 * provincial agencies in their published order, then communes and wards alphabetically.
 */
export async function listAgencyChoices(
  ctx: ServiceContext,
): Promise<{ agencies: AgencyChoice[]; communes: AgencyChoice[] }> {
  const { tenantId } = await resolvePublicTenant(ctx.db, undefined);
  // One pass over the procedure–agency links (about 20,000 rows for a province), then the units:
  // a correlated EXISTS per unit costs a scan per unit on PGlite.
  const rows = await ctx.db
    .with('implementing', (db) =>
      db
        .selectFrom('procedureAgencies as pa')
        .innerJoin('procedures as p', 'p.id', 'pa.procedureId')
        .select('pa.unitId')
        .distinct()
        .where('p.tenantId', '=', tenantId)
        .where('p.publishedVersionId', 'is not', null)
        .where('p.lifecycle', '=', 'active')
        .where('p.isFictional', '=', false),
    )
    .selectFrom('implementing as i')
    .innerJoin('units as u', 'u.id', 'i.unitId')
    .select(['u.code', 'u.name', 'u.shortName', 'u.kind', 'u.sortOrder'])
    .where('u.isActive', '=', true)
    .orderBy('u.sortOrder')
    .orderBy('u.code')
    .execute();
  const choices = rows.map(({ sortOrder: _sortOrder, ...r }) => r);
  return {
    agencies: choices.filter((c) => c.kind !== 'commune'),
    communes: choices
      .filter((c) => c.kind === 'commune')
      .sort((a, b) => compareVietnamese(a.shortName ?? a.name, b.shortName ?? b.name)),
  };
}
