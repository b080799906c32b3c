import { actionSpecs } from '../../core/dossiers/actions.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import type { Executor } from '../../db/database.ts';
import { findDossierByCode, listDossierActions } from '../../db/repositories/dossiers.ts';
import type { DossierActionRow, DossierRow } from '../../db/schema.ts';
import type { ServiceContext } from '../context.ts';
import { listDossierNotifications } from '../notifications/list-dossier-deliveries.ts';
import { listAvailableActions, requireRead } from './dossier-access.ts';
import { presentAction, presentDossier } from './present-dossier.ts';
import { describeWorkflow, type WorkflowView } from './present-workflow.ts';
import { loadState } from './workflow-state.ts';

type UnitNames = Map<string, { code: string; name: string }>;

/** The API's DossierDetail: the dossier, its timeline and the caller's available actions. */
export function presentDossierDetail(
  principal: Principal,
  dossier: DossierRow,
  actions: DossierActionRow[],
  units: UnitNames,
  userNames: Map<string, string>,
  workflow: WorkflowView,
) {
  return {
    ...presentDossier(dossier, units),
    workflow,
    assigneeName: dossier.assigneeId ? (userNames.get(dossier.assigneeId) ?? null) : null,
    actions: actions.map((a) => presentAction(a, userNames)),
    availableActions: listAvailableActions(principal, loadState(dossier)).map((type) => ({
      type,
      label: actionSpecs[type].label,
    })),
  };
}
export type DossierDetail = ReturnType<typeof presentDossierDetail>;

/** A dossier with its timeline (the action log) as the caller may see it. */
export async function getDossier(ctx: ServiceContext, principal: Principal, code: string) {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  return loadDossierDetail(ctx, ctx.db, principal, dossier);
}

export async function loadDossierDetail(
  ctx: ServiceContext,
  db: Executor,
  principal: Principal,
  dossier: DossierRow,
) {
  const actions = await listDossierActions(db, dossier.id);
  const unitIds = [dossier.receivingUnitId, dossier.competentUnitId, dossier.handlingUnitId];
  const units = await db
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
    ? await db.selectFrom('users').select(['id', 'fullName']).where('id', 'in', userIds).execute()
    : [];
  const detail = presentDossierDetail(
    principal,
    dossier,
    actions,
    new Map(units.map((u) => [u.id, u])),
    new Map(users.map((u) => [u.id, u.fullName])),
    await describeWorkflow(ctx, db, dossier.tenantId, loadState(dossier)),
  );
  // Issue #5 item 9: the applicant's e-mails and SMS, each with its delivery attempts.
  return { ...detail, notifications: await listDossierNotifications(db, dossier.id) };
}

export async function getAvailableActions(ctx: ServiceContext, principal: Principal, code: string) {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  return {
    code: dossier.code,
    status: dossier.status,
    version: dossier.version,
    actions: listAvailableActions(principal, loadState(dossier)).map((type) => ({
      type,
      label: actionSpecs[type].label,
    })),
  };
}
