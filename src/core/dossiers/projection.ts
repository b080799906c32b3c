import type { ActionType } from './actions.ts';
import { actionSpecs } from './actions.ts';
import { type Status, statusInfo } from './statuses.ts';

/**
 * The part of a dossier that actions change. `applyAction` is pure: folding the action log from
 * the first action reproduces the stored dossier (replay test), because every action carries the
 * values it decided (assignee, due instants) rather than recomputing them.
 */
export interface DossierState {
  status: Status;
  nationalStatus: number;
  handlingUnitId: string;
  assigneeId: string | null;
  dueAt: string;
  resolvedAt: string | null;
  returnedAt: string | null;
  closedAt: string | null;
  outcome: string | null;
  version: number;
}

export interface LoggedAction {
  type: ActionType;
  at: string;
  payload: Record<string, unknown>;
}

export function applyAction(state: DossierState | undefined, action: LoggedAction): DossierState {
  const to = actionSpecs[action.type].to;
  const base = state ?? initialState(action);
  const next: DossierState = {
    ...base,
    status: to,
    nationalStatus: statusInfo[to].national,
    version: state ? base.version + 1 : 0,
  };
  const p = action.payload;
  switch (action.type) {
    case 'receive':
      return next;
    case 'assign':
      return { ...next, assigneeId: String(p.assigneeId) };
    case 'submit_for_approval':
      return next;
    case 'approve':
      return { ...next, resolvedAt: action.at, outcome: 'approved' };
    case 'return_result':
      return { ...next, returnedAt: action.at, closedAt: action.at };
  }
}

function initialState(action: LoggedAction): DossierState {
  if (action.type !== 'receive') throw new Error('The first action of a dossier must be receive');
  const p = action.payload;
  return {
    status: 'received',
    nationalStatus: statusInfo.received.national,
    handlingUnitId: String(p.handlingUnitId),
    assigneeId: null,
    dueAt: String(p.dueAt),
    resolvedAt: null,
    returnedAt: null,
    closedAt: null,
    outcome: null,
    version: 0,
  };
}

export function replay(actions: readonly LoggedAction[]): DossierState | undefined {
  return actions.reduce<DossierState | undefined>(
    (state, action) => applyAction(state, action),
    undefined,
  );
}
