import { compareVietnamese, foldVietnamese } from '../../core/catalogue/fold.ts';
import type { ServiceContext } from '../context.ts';
import { resolvePublicTenant } from '../organisation/resolve-unit.ts';
import { type PublicAgency, presentPublicAgency } from './public-agency.ts';

export interface CommuneEntry extends PublicAgency {
  /** The commune's public administrative service centre, where citizens file dossiers. */
  centre: PublicAgency | null;
}

export interface AgencyDirectory {
  centres: PublicAgency[];
  agencies: PublicAgency[];
  communes: CommuneEntry[];
  /** Units in the directory before the `q` filter. */
  totalCount: number;
}

/**
 * The public agency directory (DESIGN §2.3): the provincial service centres first, then
 * departments and vertical agencies in their published order, then communes and wards in
 * Vietnamese alphabetical order. `q` keeps units whose name has words starting with each word of
 * it, diacritics ignored.
 */
export async function listAgencyDirectory(
  ctx: ServiceContext,
  input: { q?: string } = {},
): Promise<AgencyDirectory> {
  const { tenantId } = await resolvePublicTenant(ctx.db, undefined);
  const rows = await ctx.db
    .selectFrom('units')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('isActive', '=', true)
    .where('kind', 'in', ['service_centre', 'department', 'external', 'commune', 'commune_centre'])
    .orderBy('sortOrder')
    .orderBy('code')
    .execute();
  const centreOf = new Map(
    rows.filter((r) => r.kind === 'commune_centre' && r.parentId).map((r) => [r.parentId!, r]),
  );
  // Every word typed must begin a word of the name or code: "pho hien" finds Phường Phố Hiến,
  // "an" finds Xã An Thi but not every name containing "thanh".
  const needles = foldVietnamese(input.q ?? '')
    .split(' ')
    .filter(Boolean);
  const matches = (a: PublicAgency) => {
    if (needles.length === 0) return true;
    const words = foldVietnamese(`${a.name} ${a.shortName ?? ''} ${a.code}`).split(' ');
    return needles.every((n) => words.some((w) => w.startsWith(n)));
  };
  const centres = rows.filter((r) => r.kind === 'service_centre').map(presentPublicAgency);
  const agencies = rows
    .filter((r) => r.kind === 'department' || r.kind === 'external')
    .map(presentPublicAgency);
  const communes = rows
    .filter((r) => r.kind === 'commune')
    .map((r) => {
      const centre = centreOf.get(r.id);
      return { ...presentPublicAgency(r), centre: centre ? presentPublicAgency(centre) : null };
    })
    .sort((a, b) => compareVietnamese(a.shortName ?? a.name, b.shortName ?? b.name));
  return {
    centres: centres.filter(matches),
    agencies: agencies.filter(matches),
    communes: communes.filter(matches),
    totalCount: centres.length + agencies.length + communes.length,
  };
}
