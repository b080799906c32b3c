import type { Principal } from '../../core/organisation/permissions.ts';
import { findDossierByCode } from '../../db/repositories/dossiers.ts';
import type { ServiceContext } from '../context.ts';
import { requireRead } from './dossier-access.ts';

/** Officers who can be assigned the dossier: specialists and heads of the handling unit's subtree. */
export async function listAssignees(ctx: ServiceContext, principal: Principal, code: string) {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  const rows = await ctx.db
    .selectFrom('memberships as m')
    .innerJoin('unitClosure as c', 'c.ancestorId', 'm.unitId')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select(['u.username', 'u.fullName', 'u.title', 'm.role'])
    .where('c.descendantId', '=', dossier.handlingUnitId)
    .where('m.role', 'in', ['specialist', 'head'])
    .where('u.isActive', '=', true)
    .orderBy('u.fullName')
    .execute();
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.username) && seen.add(r.username));
}
