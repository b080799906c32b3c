import { DomainError } from '../../core/errors.ts';
import { findUnitByCode } from '../../db/repositories/units.ts';
import type { ServiceContext } from '../context.ts';
import { resolvePublicTenant } from '../organisation/resolve-unit.ts';
import { type PublicAgency, presentPublicAgency, publicAgencyKinds } from './public-agency.ts';

export interface GetPublicAgencyResult extends PublicAgency {
  /** Where citizens go: the unit's service centre, reception points and counters beneath it. */
  receptionUnits: Array<PublicAgency & { depth: number }>;
}

/** One agency of the directory by its code, with its reception units; NOT_FOUND otherwise. */
export async function getPublicAgency(
  ctx: ServiceContext,
  code: string,
): Promise<GetPublicAgencyResult> {
  const { tenantId } = await resolvePublicTenant(ctx.db, undefined);
  const unit = await findUnitByCode(ctx.db, code);
  if (
    !unit?.isActive ||
    unit.tenantId !== tenantId ||
    !(publicAgencyKinds as readonly string[]).includes(unit.kind)
  ) {
    throw new DomainError('NOT_FOUND', `Không tìm thấy cơ quan có mã ${code}.`);
  }
  const reception = await ctx.db
    .selectFrom('unitClosure as c')
    .innerJoin('units as u', 'u.id', 'c.descendantId')
    .selectAll('u')
    .select('c.depth')
    .where('c.ancestorId', '=', unit.id)
    .where('c.depth', 'in', [1, 2])
    .where('u.isActive', '=', true)
    .where('u.kind', 'in', ['commune_centre', 'reception_point', 'counter'])
    .orderBy('c.depth')
    .orderBy('u.sortOrder')
    .orderBy('u.code')
    .execute();
  return {
    ...presentPublicAgency(unit),
    receptionUnits: reception.map((r) => ({ ...presentPublicAgency(r), depth: r.depth })),
  };
}
