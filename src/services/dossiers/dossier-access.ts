import type { ExpressionBuilder } from 'kysely';
import { type ActionType, actionSpecs, resolveActionSpec } from '../../core/dossiers/actions.ts';
import { ruleAllows } from '../../core/dossiers/rules.ts';
import type { DossierState } from '../../core/dossiers/state.ts';
import type { Status } from '../../core/dossiers/statuses.ts';
import { allowedActions } from '../../core/dossiers/workflow.ts';
import { DomainError } from '../../core/errors.ts';
import { hasScopeOn, type Principal, unitsWithScope } from '../../core/organisation/permissions.ts';
import type { DB, DossierRow } from '../../db/schema.ts';

const noUnit = '00000000-0000-0000-0000-000000000000';

/**
 * Who sees a dossier (DESIGN §1): officers whose `dossier.read` covers the unit that received it,
 * the competent agency, the unit holding it or an agency taking part (inter-agency, consulted),
 * and the officer it is assigned to. Applied in SQL; a province-wide reader skips the unit filter.
 */
export function visibleTo(principal: Principal) {
  const units = unitsWithScope(principal, 'dossier.read');
  const provinceWide = units.includes(principal.tenantId);
  return (eb: ExpressionBuilder<DB, 'dossiers'>) => {
    if (provinceWide) return eb('dossiers.tenantId', '=', principal.tenantId);
    return eb.and([
      eb('dossiers.tenantId', '=', principal.tenantId),
      eb.or([
        eb('dossiers.visibleUnitIds', '&&', eb.val(units.length ? units : [noUnit]) as never),
        eb('dossiers.assigneeId', '=', principal.userId || noUnit),
      ]),
    ]);
  };
}

export function canRead(principal: Principal, dossier: DossierRow): boolean {
  if (dossier.tenantId !== principal.tenantId) return false;
  if (dossier.assigneeId === principal.userId) return true;
  const units = dossier.visibleUnitIds?.length
    ? dossier.visibleUnitIds
    : [dossier.receivingUnitId, dossier.competentUnitId, dossier.handlingUnitId];
  return units.some((unitId) => hasScopeOn(principal, 'dossier.read', unitId));
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

/** The units an action may be taken from, given the status (participants: the active parts). */
export function unitsForAction(state: DossierState, action: ActionType): string[] {
  const spec = resolveActionSpec(action, state.status);
  switch (spec.unit) {
    case 'receiving':
      return [state.receivingUnitId];
    case 'competent':
      return [state.competentUnitId];
    case 'handling':
      return [state.handlingUnitId];
    case 'participant': {
      if (action === 'record_consultation') {
        const open = state.consultations.find((c) => c.answeredAt === null);
        // The consulted agency answers in the system, or the handler records an answer on paper.
        return open ? [open.unitId, state.handlingUnitId] : [];
      }
      return state.chain?.parts.filter((p) => p.status === 'active').map((p) => p.unitId) ?? [];
    }
    case 'system':
      return [];
  }
}

/** Whether the principal may take the action on this dossier, apart from the status. */
export function mayAct(principal: Principal, state: DossierState, action: ActionType): boolean {
  const spec = resolveActionSpec(action, state.status);
  if (!spec.scope) return false;
  const units = unitsForAction(state, action);
  if (!units.some((unitId) => hasScopeOn(principal, spec.scope!, unitId))) return false;
  if (spec.assigneeOnly && state.assigneeId !== principal.userId) {
    return hasScopeOn(principal, 'dossier.assign', state.handlingUnitId);
  }
  if (action === 'claim' && state.assigneeId !== null) return false;
  return true;
}

/** The actions this principal can take now: allowed by the status and by their scopes. */
export function listAvailableActions(principal: Principal, state: DossierState): ActionType[] {
  return allowedActions(state.status as Status).filter(
    (action) => ruleAllows(state, action) && mayAct(principal, state, action),
  );
}

export function actionLabel(action: ActionType): string {
  return actionSpecs[action].label;
}
