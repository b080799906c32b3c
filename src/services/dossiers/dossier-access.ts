import type { ExpressionBuilder } from 'kysely';
import { type ActionType, actionSpecs } from '../../core/dossiers/actions.ts';
import type { Status } from '../../core/dossiers/statuses.ts';
import { allowedActions } from '../../core/dossiers/workflow.ts';
import { DomainError } from '../../core/errors.ts';
import { hasScopeOn, type Principal, unitsWithScope } from '../../core/organisation/permissions.ts';
import type { DB, DossierRow } from '../../db/schema.ts';

const noUnit = '00000000-0000-0000-0000-000000000000';

/**
 * Who sees a dossier (DESIGN §1): officers whose `dossier.read` covers the unit that received it,
 * the competent agency or the unit holding it, and the officer it is assigned to. Applied in SQL.
 */
export function visibleTo(principal: Principal) {
  const units = unitsWithScope(principal, 'dossier.read');
  const ids = units.length > 0 ? units : [noUnit];
  return (eb: ExpressionBuilder<DB, 'dossiers'>) =>
    eb.and([
      eb('dossiers.tenantId', '=', principal.tenantId),
      eb.or([
        eb('dossiers.receivingUnitId', 'in', ids),
        eb('dossiers.competentUnitId', 'in', ids),
        eb('dossiers.handlingUnitId', 'in', ids),
        eb('dossiers.assigneeId', '=', principal.userId || noUnit),
      ]),
    ]);
}

export function canRead(principal: Principal, dossier: DossierRow): boolean {
  if (dossier.tenantId !== principal.tenantId) return false;
  if (dossier.assigneeId === principal.userId) return true;
  return [dossier.receivingUnitId, dossier.competentUnitId, dossier.handlingUnitId].some((unitId) =>
    hasScopeOn(principal, 'dossier.read', unitId),
  );
}

export function requireRead(
  principal: Principal,
  dossier: DossierRow | undefined,
  code: string,
): DossierRow {
  // Outside the caller's scope a dossier is "not found": its existence is not revealed.
  if (!dossier || !canRead(principal, dossier)) {
    throw new DomainError('NOT_FOUND', `Không tìm thấy hồ sơ ${code}.`);
  }
  return dossier;
}

export function unitForAction(dossier: DossierRow, action: ActionType): string {
  const role = actionSpecs[action].unit;
  if (role === 'receiving') return dossier.receivingUnitId;
  if (role === 'competent') return dossier.competentUnitId;
  return dossier.handlingUnitId;
}

/** Whether the principal may take the action on this dossier, apart from the status. */
export function mayAct(principal: Principal, dossier: DossierRow, action: ActionType): boolean {
  const spec = actionSpecs[action];
  if (!hasScopeOn(principal, spec.scope, unitForAction(dossier, action))) return false;
  if (spec.assigneeOnly && dossier.assigneeId !== principal.userId) {
    return hasScopeOn(principal, 'dossier.assign', dossier.handlingUnitId);
  }
  return true;
}

/** The actions this principal can take now: allowed by the status and by their scopes. */
export function listAvailableActions(principal: Principal, dossier: DossierRow): ActionType[] {
  return allowedActions(dossier.status as Status).filter((action) =>
    mayAct(principal, dossier, action),
  );
}
