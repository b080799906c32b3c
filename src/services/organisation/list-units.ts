import type { Principal } from '../../core/organisation/permissions.ts';
import { requireScope } from '../../core/organisation/permissions.ts';
import { listUnits } from '../../db/repositories/units.ts';
import type { ServiceContext } from '../context.ts';
import { presentUnit, type UnitView } from './present-unit.ts';

/** The whole organisation tree of the tenant (units are public information, Decree 118 Art. 9). */
export async function listUnitTree(
  ctx: ServiceContext,
  principal: Principal,
  filter: { kind?: string; includeInactive?: boolean } = {},
): Promise<UnitView[]> {
  requireScope(principal, 'org.read');
  const units = await listUnits(ctx.db, principal.tenantId, filter);
  const codes = new Map(units.map((u) => [u.id, u.code]));
  return units.map((u) => presentUnit(u, u.parentId ? codes.get(u.parentId) : null));
}
