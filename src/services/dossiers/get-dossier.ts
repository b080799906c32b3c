import { actionSpecs } from '../../core/dossiers/actions.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { findDossierByCode, listDossierActions } from '../../db/repositories/dossiers.ts';
import type { ServiceContext } from '../context.ts';
import { listAvailableActions, requireRead } from './dossier-access.ts';
import { presentAction, presentDossier } from './present-dossier.ts';

/** A dossier with its timeline (the action log) as the caller may see it. */
export async function getDossier(ctx: ServiceContext, principal: Principal, code: string) {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  const actions = await listDossierActions(ctx.db, dossier.id);
  const unitIds = [dossier.receivingUnitId, dossier.competentUnitId, dossier.handlingUnitId];
  const units = await ctx.db
    .selectFrom('units')
    .select(['id', 'code', 'name'])
    .where('id', 'in', unitIds)
    .execute();
  const userIds = [
    ...new Set(
      [...actions.map((a) => a.actorId), dossier.assigneeId].filter((id): id is string => !!id),
    ),
  ];
  const users = userIds.length
    ? await ctx.db
        .selectFrom('users')
        .select(['id', 'fullName'])
        .where('id', 'in', userIds)
        .execute()
    : [];
  const userNames = new Map(users.map((u) => [u.id, u.fullName]));
  return {
    ...presentDossier(dossier, new Map(units.map((u) => [u.id, u]))),
    assigneeName: dossier.assigneeId ? (userNames.get(dossier.assigneeId) ?? null) : null,
    actions: actions.map((a) => presentAction(a, userNames)),
    availableActions: listAvailableActions(principal, dossier).map((type) => ({
      type,
      label: actionSpecs[type].label,
    })),
  };
}

export async function getAvailableActions(ctx: ServiceContext, principal: Principal, code: string) {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  return {
    code: dossier.code,
    status: dossier.status,
    version: dossier.version,
    actions: listAvailableActions(principal, dossier).map((type) => ({
      type,
      label: actionSpecs[type].label,
    })),
  };
}
