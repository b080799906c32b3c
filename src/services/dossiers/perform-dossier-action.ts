import type { WorkingCalendar } from '../../core/calendar/index.ts';
import { countWorkingMinutesBetween } from '../../core/calendar/index.ts';
import type { ActionInput } from '../../core/dossiers/action-inputs.ts';
import { type ActionType, actionSpecs, resolveActionSpec } from '../../core/dossiers/actions.ts';
import { applyAction, type LoggedAction } from '../../core/dossiers/projection.ts';
import { checkRules, type RuleFacts } from '../../core/dossiers/rules.ts';
import type { DossierState } from '../../core/dossiers/state.ts';
import { assertActionAllowed } from '../../core/dossiers/workflow.ts';
import { DomainError } from '../../core/errors.ts';
import { hasScopeOn, type Principal } from '../../core/organisation/permissions.ts';
import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { findDossierByCode, updateDossierAndAppendAction } from '../../db/repositories/dossiers.ts';
import type { DossierRow } from '../../db/schema.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notifyApplicantAfterAction } from '../notifications/notify-applicant.ts';
import { buildPayload } from './action-payloads.ts';
import { mayAct, requireRead, unitsForAction } from './dossier-access.ts';
import { notifyAfterAction } from './notify-after-action.ts';
import { recordSupplementDocuments } from './record-supplement-documents.ts';
import { loadState, mirrorColumns } from './workflow-state.ts';

/**
 * Takes one workflow action on a dossier:
 *  1. the status table allows it, or 409 naming the allowed actions;
 *  2. the caller's scope covers the unit the action belongs to, or 403;
 *  3. the legal rules hold (once only, within 3 working days…), or 422 naming the rule;
 *  4. the new state comes from the pure projection and is written with an optimistic version
 *     check (the loser of a race gets 409), the action appended to the log, and the people to
 *     tell are written to the outbox — all in one transaction.
 */
export async function performDossierAction(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  input: ActionInput,
  expectedVersion?: number,
): Promise<{ code: string; state: DossierState }> {
  return inTransaction(ctx, async (trx) => {
    const dossier = requireRead(principal, await findDossierByCode(trx, code), code);
    if (expectedVersion !== undefined && expectedVersion !== dossier.version)
      throw staleConflict(dossier);
    const state = loadState(dossier);
    assertActionAllowed(state.status, input.type);
    if (!mayAct(principal, state, input.type)) {
      const spec = resolveActionSpec(input.type, state.status);
      throw new DomainError('FORBIDDEN', `Bạn không có quyền "${spec.label}" hồ sơ này.`, {
        action: input.type,
        scope: spec.scope,
      });
    }
    const now = ctx.clock.now();
    const next = await applyLogged(ctx, trx, dossier, state, now, principal, input.type, input);
    if (input.type === 'supplement_received')
      await recordSupplementDocuments(trx, principal, dossier, state, input, now);
    return { code: dossier.code, state: next };
  });
}

/** The shared write path of officers' actions and the system's own (auto-close). */
export async function applyLogged(
  ctx: ServiceContext,
  trx: Trx,
  dossier: DossierRow,
  state: DossierState,
  now: Date,
  principal: Principal | null,
  type: ActionType,
  input: ActionInput | { type: 'auto_close'; reason: string },
): Promise<DossierState> {
  const calendar = await ctx.calendars.forUnit(trx, dossier.tenantId, dossier.competentUnitId);
  checkRules(state, type, input as Record<string, unknown>, computeFacts(calendar, state, now));
  const payload =
    input.type === 'auto_close'
      ? { reason: input.reason }
      : await buildPayload(
          { ctx, trx, principal: principal!, dossier, state, now, calendar },
          input,
        );
  const action: LoggedAction = {
    type,
    at: now.toISOString(),
    actorId: principal?.userId ?? null,
    payload,
  };
  const next = applyAction(state, action);
  // A new due instant (restart, extension) re-arms the due-soon and overdue alerts.
  const rearm: Record<string, unknown> =
    next.dueAt !== state.dueAt ? { dueSoonAlertedAt: null, overdueAlertedAt: null } : {};
  // The explanation shown with the due instant follows it (acceptance, restart after a supplement).
  if (Array.isArray(payload.explanation))
    rearm.deadlineExplanation = JSON.stringify(payload.explanation);
  const appended = await updateDossierAndAppendAction(
    trx,
    dossier.id,
    dossier.version,
    { ...mirrorColumns(next), ...rearm },
    {
      id: newId(now.getTime()),
      tenantId: dossier.tenantId,
      dossierId: dossier.id,
      seq: next.version,
      type,
      at: now,
      actorId: principal?.userId ?? null,
      actorUnitId: principal ? actingUnit(principal, state, type) : null,
      actorRole: principal ? actingRole(principal, state, type) : 'system',
      fromStatus: state.status,
      toStatus: next.status,
      dueAt: next.dueAt ? new Date(next.dueAt) : null,
      payload: JSON.stringify(payload),
    },
  );
  if (!appended) throw staleConflict(dossier);
  await notifyAfterAction(trx, dossier, state, next, type, payload, now);
  await notifyApplicantAfterAction(ctx, trx, dossier, state, next, type, payload, now);
  return next;
}

function computeFacts(calendar: WorkingCalendar, state: DossierState, now: Date): RuleFacts {
  const nowMs = now.getTime();
  const sinceStart = state.clockStartAt
    ? countWorkingMinutesBetween(calendar, Date.parse(state.clockStartAt), nowMs)
    : null;
  return {
    now: now.toISOString(),
    workingDaysSinceClockStart:
      sinceStart === null ? null : Math.ceil(Math.max(0, sinceStart) / calendar.dayMinutes),
    workingMinutesUntilDue: state.dueAt
      ? countWorkingMinutesBetween(calendar, nowMs, Date.parse(state.dueAt))
      : null,
    dayMinutes: calendar.dayMinutes,
  };
}

function actingUnit(principal: Principal, state: DossierState, type: ActionType): string | null {
  const spec = resolveActionSpec(type, state.status);
  return (
    unitsForAction(state, type).find(
      (unitId) => spec.scope && hasScopeOn(principal, spec.scope, unitId),
    ) ?? null
  );
}

function actingRole(principal: Principal, state: DossierState, type: ActionType): string | null {
  const spec = resolveActionSpec(type, state.status);
  const units = unitsForAction(state, type);
  const grant = principal.grants.find(
    (g) =>
      spec.scope &&
      units.some((u) => g.coveredUnitIds.includes(u)) &&
      hasScopeOn(
        { ...principal, grants: [g] },
        spec.scope,
        units.find((u) => g.coveredUnitIds.includes(u))!,
      ),
  );
  return grant?.role ?? null;
}

function staleConflict(dossier: DossierRow): DomainError {
  return new DomainError(
    'CONFLICT',
    'Hồ sơ vừa được người khác cập nhật. Tải lại để xem trạng thái mới.',
    {
      currentVersion: dossier.version,
    },
  );
}

export { actionSpecs };
