import type { ActionInput } from '../../core/dossiers/action-inputs.ts';
import { actionSpecs } from '../../core/dossiers/actions.ts';
import { applyAction, type DossierState } from '../../core/dossiers/projection.ts';
import type { Status } from '../../core/dossiers/statuses.ts';
import { assertActionAllowed } from '../../core/dossiers/workflow.ts';
import { DomainError } from '../../core/errors.ts';
import { hasScopeOn, type Principal } from '../../core/organisation/permissions.ts';
import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import {
  findDossierByCode,
  insertDossierAction,
  updateDossierIfVersion,
} from '../../db/repositories/dossiers.ts';
import { findUserByUsername, listGrantRows } from '../../db/repositories/users.ts';
import type { DossierRow } from '../../db/schema.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { mayAct, requireRead, unitForAction } from './dossier-access.ts';

/**
 * Takes one workflow action on a dossier. The guard refuses an action the status does not allow
 * (409 naming the allowed ones); scopes decide who may act; the new state comes from the pure
 * projection, is written with an optimistic version check (the loser of a race gets 409) and the
 * action is appended to the log in the same transaction.
 */
export async function performDossierAction(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  input: ActionInput,
  expectedVersion?: number,
): Promise<string> {
  return inTransaction(ctx, async (trx) => {
    const dossier = requireRead(principal, await findDossierByCode(trx, code), code);
    if (expectedVersion !== undefined && expectedVersion !== dossier.version) {
      throw staleConflict(dossier);
    }
    assertActionAllowed(dossier.status as Status, input.type);
    if (!mayAct(principal, dossier, input.type)) {
      throw new DomainError(
        'FORBIDDEN',
        `Bạn không có quyền "${actionSpecs[input.type].label}" hồ sơ này.`,
        {
          action: input.type,
          scope: actionSpecs[input.type].scope,
        },
      );
    }
    const now = ctx.clock.now();
    const payload = await buildPayload(trx, dossier, input);
    const before = toState(dossier);
    const after = applyAction(before, { type: input.type, at: now.toISOString(), payload });
    const updated = await updateDossierIfVersion(trx, dossier.id, dossier.version, {
      status: after.status,
      nationalStatus: after.nationalStatus,
      handlingUnitId: after.handlingUnitId,
      assigneeId: after.assigneeId,
      dueAt: new Date(after.dueAt),
      resolvedAt: after.resolvedAt ? new Date(after.resolvedAt) : null,
      returnedAt: after.returnedAt ? new Date(after.returnedAt) : null,
      closedAt: after.closedAt ? new Date(after.closedAt) : null,
      outcome: after.outcome,
    });
    if (!updated) throw staleConflict(dossier);
    await insertDossierAction(trx, {
      id: newId(now.getTime()),
      tenantId: dossier.tenantId,
      dossierId: dossier.id,
      seq: after.version,
      type: input.type,
      at: now,
      actorId: principal.userId,
      actorUnitId: unitForAction(dossier, input.type),
      actorRole: actingRole(principal, dossier, input.type),
      fromStatus: dossier.status,
      toStatus: after.status,
      dueAt: new Date(after.dueAt),
      payload: JSON.stringify(payload),
    });
    return dossier.code;
  });
}

async function buildPayload(
  trx: Trx,
  dossier: DossierRow,
  input: ActionInput,
): Promise<Record<string, unknown>> {
  const { type: _type, ...rest } = input;
  if (input.type !== 'assign') return rest;
  const assignee = await findUserByUsername(trx, input.assignee.toLowerCase());
  const grants = assignee?.isActive ? await listGrantRows(trx, assignee.id) : [];
  const handles = grants.some(
    (g) =>
      g.descendantId === dossier.handlingUnitId && (g.role === 'specialist' || g.role === 'head'),
  );
  if (!assignee || !handles) {
    throw new DomainError(
      'RULE_VIOLATED',
      `${input.assignee} không phải chuyên viên của đơn vị đang xử lý hồ sơ.`,
      {
        field: 'assignee',
        rule: 'assignee_in_handling_unit',
      },
    );
  }
  return { ...rest, assigneeId: assignee.id, assigneeName: assignee.fullName };
}

function toState(d: DossierRow): DossierState {
  return {
    status: d.status as Status,
    nationalStatus: d.nationalStatus,
    handlingUnitId: d.handlingUnitId,
    assigneeId: d.assigneeId,
    dueAt: d.dueAt.toISOString(),
    resolvedAt: d.resolvedAt?.toISOString() ?? null,
    returnedAt: d.returnedAt?.toISOString() ?? null,
    closedAt: d.closedAt?.toISOString() ?? null,
    outcome: d.outcome,
    version: d.version,
  };
}

function actingRole(
  principal: Principal,
  dossier: DossierRow,
  type: ActionInput['type'],
): string | null {
  const unitId = unitForAction(dossier, type);
  const scope = actionSpecs[type].scope;
  return (
    principal.grants.find(
      (g) =>
        g.coveredUnitIds.includes(unitId) &&
        hasScopeOn({ ...principal, grants: [g] }, scope, unitId),
    )?.role ?? null
  );
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
