import type { Deadline } from '../catalogue/procedure-record.ts';
import type { ActionType } from './actions.ts';
import type { ChainPart, DossierState, ProcessStepDef, StepRun } from './state.ts';
import { currentRun } from './state.ts';
import { type Outcome, type Status, statusInfo } from './statuses.ts';

/**
 * The pure fold of the action log. Every action carries the values the service decided when it
 * happened (due instants from the calendar, the assignee, the new step's unit), so replaying the
 * log reproduces the stored dossier exactly, even after the calendar or the catalogue changed.
 */
export interface LoggedAction {
  type: ActionType;
  at: string;
  actorId: string | null;
  payload: Record<string, unknown>;
}

/** What the service adds to an action's payload when a new step run starts. */
export interface RunStart {
  stepIndex: number;
  unitId: string;
  holderId: string | null;
  dueAt: string;
}

type P = Record<string, unknown>;
const str = (p: P, key: string) =>
  p[key] === undefined || p[key] === null ? null : String(p[key]);
const list = (p: P, key: string) =>
  Array.isArray(p[key]) ? (p[key] as unknown[]).map(String) : [];

export function applyAction(state: DossierState | undefined, action: LoggedAction): DossierState {
  if (!state) return createState(action);
  const p = action.payload;
  let next: DossierState = { ...state, version: state.version + 1 };
  const to = (status: Status) => {
    next = { ...next, status, nationalStatus: statusInfo[status].national };
  };
  switch (action.type) {
    case 'receive':
      throw new Error('receive only starts a dossier');
    case 'accept_online':
      to('received');
      next = {
        ...next,
        clockStartAt: str(p, 'clockStartAt'),
        dueAt: str(p, 'dueAt'),
        originalDueAt: str(p, 'dueAt'),
      };
      next = startRuns(next, action, p);
      break;
    case 'refuse_reception':
      to('refused_at_reception');
      next = {
        ...next,
        closedAt: action.at,
        outcome: 'refused_at_reception',
        outcomeReason: list(p, 'reasons').join('; '),
      };
      break;
    case 'request_supplement': {
      const phase = state.status === 'submitted' ? 'reception' : 'appraisal';
      to('awaiting_supplement');
      next = finishRun(next, action, 'paused');
      next = {
        ...next,
        supplements: [
          ...next.supplements,
          {
            phase,
            requestedAt: action.at,
            requestedBy: action.actorId,
            reasons: list(p, 'reasons'),
            documents: list(p, 'documents'),
            closeAt: String(p.closeAt),
            receivedAt: null,
          },
        ],
        pauses:
          phase === 'appraisal'
            ? [...next.pauses, { from: action.at, to: null, kind: 'supplement' }]
            : next.pauses,
      };
      break;
    }
    case 'supplement_received': {
      const open = next.supplements[next.supplements.length - 1]!;
      next = {
        ...next,
        supplements: next.supplements.map((s, i) =>
          i === next.supplements.length - 1 ? { ...s, receivedAt: action.at } : s,
        ),
        pauses: next.pauses.map((x) => (x.to === null ? { ...x, to: action.at } : x)),
      };
      if (open.phase === 'reception') {
        to('submitted');
      } else {
        // Decree 118/2025 Art. 19: the handling period restarts from zero with the complete supplement.
        to(state.assigneeId ? 'in_appraisal' : 'received');
        next = { ...next, clockStartAt: str(p, 'clockStartAt'), dueAt: str(p, 'dueAt') };
        next = startRuns(next, action, p);
      }
      break;
    }
    case 'auto_close':
      to('stopped');
      next = finishRun(next, action, 'closed');
      next = {
        ...next,
        closedAt: action.at,
        outcome: 'closed_no_supplement',
        outcomeReason: str(p, 'reason'),
      };
      break;
    case 'assign':
    case 'claim':
    case 'reassign': {
      const assigneeId = action.type === 'claim' ? action.actorId : str(p, 'assigneeId');
      if (action.type !== 'reassign') to('in_appraisal');
      next = { ...next, assigneeId };
      if (action.type === 'reassign') {
        next = {
          ...next,
          runs: next.runs.map((r) => (r.finishedAt === null ? { ...r, holderId: assigneeId } : r)),
        };
      } else {
        next = finishRun(next, action, 'done');
        next = startRuns(next, action, p);
      }
      break;
    }
    case 'forward':
      next = finishRun(next, action, 'done');
      next = startRuns(next, action, p);
      if (p.assigneeId) next = { ...next, assigneeId: String(p.assigneeId) };
      break;
    case 'consult':
      to('in_consultation');
      next = {
        ...next,
        consultations: [
          ...next.consultations,
          {
            unitId: String(p.unitId),
            question: String(p.question),
            requestedAt: action.at,
            dueAt: String(p.dueAt),
            answeredAt: null,
            answer: null,
            answeredBy: null,
          },
        ],
      };
      break;
    case 'record_consultation':
      to('in_appraisal');
      next = {
        ...next,
        consultations: next.consultations.map((c) =>
          c.answeredAt === null
            ? { ...c, answeredAt: action.at, answer: str(p, 'answer'), answeredBy: action.actorId }
            : c,
        ),
      };
      break;
    case 'handoff': {
      to('in_inter_agency');
      const parts = (p.parts as ChainPart[]).map((part) => ({ ...part }));
      next = finishRun(next, action, 'done');
      next = {
        ...next,
        chain: { mode: p.mode as 'sequential' | 'parallel', startedAt: action.at, parts },
      };
      next = startRuns(next, action, p);
      break;
    }
    case 'complete_part': {
      const unitId = String(p.unitId);
      const chain = next.chain!;
      const nextPart = p.nextPart as { unitId: string; dueAt: string } | undefined;
      const parts = chain.parts.map((part) => {
        if (part.unitId === unitId && part.status === 'active') {
          return {
            ...part,
            status: 'done' as const,
            finishedAt: action.at,
            result: str(p, 'result'),
          };
        }
        if (nextPart && part.unitId === nextPart.unitId)
          return {
            ...part,
            status: 'active' as const,
            startedAt: action.at,
            dueAt: nextPart.dueAt,
          };
        return part;
      });
      next = { ...next, chain: { ...chain, parts } };
      next = {
        ...next,
        runs: next.runs.map((r) =>
          r.finishedAt === null && r.unitId === unitId
            ? { ...r, finishedAt: action.at, finishedBy: action.actorId, end: 'done' }
            : r,
        ),
      };
      if (nextPart) next = { ...next, runs: [...next.runs, ...runsFrom(p.runs)] };
      if (parts.every((part) => part.status === 'done')) {
        to('in_appraisal');
        next = startRuns(next, action, p);
      }
      break;
    }
    case 'submit_for_approval':
      to('awaiting_approval');
      next = { ...next, proposal: p.proposal === 'refuse' ? 'refuse' : 'approve' };
      next = finishRun(next, action, 'done');
      next = startRuns(next, action, p);
      break;
    case 'approve':
      to('approved');
      next = finishRun(next, action, 'done');
      next = startRuns(next, action, p);
      break;
    case 'return_for_rework':
      to('in_appraisal');
      next = { ...next, proposal: null };
      next = finishRun(next, action, 'rework');
      next = startRuns(next, action, p);
      break;
    case 'refuse':
      next = resolve(next, action, p, 'refused');
      to('result_ready');
      break;
    case 'mark_result_ready':
      next = resolve(next, action, p, 'approved');
      to('result_ready');
      break;
    case 'request_extension':
      next = {
        ...next,
        extension: {
          status: 'pending',
          requestedAt: action.at,
          requestedBy: action.actorId,
          reason: String(p.reason),
          proposedDueAt: String(p.proposedDueAt),
          decidedAt: null,
          decidedBy: null,
        },
      };
      break;
    case 'approve_extension':
      // Decree 118/2025 Art. 19: the return date may be rescheduled once; the new date is the contract.
      next = {
        ...next,
        dueAt: str(p, 'newDueAt'),
        extension: {
          ...next.extension!,
          status: 'approved',
          decidedAt: action.at,
          decidedBy: action.actorId,
        },
      };
      break;
    case 'reject_extension':
      next = {
        ...next,
        extension: {
          ...next.extension!,
          status: 'rejected',
          decidedAt: action.at,
          decidedBy: action.actorId,
        },
      };
      break;
    case 'return_result':
      to('returned');
      next = finishRun(next, action, 'done');
      next = { ...next, returnedAt: action.at, closedAt: action.at };
      break;
    case 'withdraw':
    case 'confirm_withdrawal':
      to('stopped');
      next = finishRun(next, action, 'closed');
      next = {
        ...next,
        closedAt: action.at,
        outcome: 'withdrawn',
        outcomeReason: str(p, 'reason') ?? next.outcomeReason,
      };
      break;
    case 'request_withdrawal':
      to('withdrawal_requested');
      next = { ...next, outcomeReason: str(p, 'reason') };
      break;
  }
  return next;
}

function createState(action: LoggedAction): DossierState {
  if (action.type !== 'receive') throw new Error('The first action of a dossier must be receive');
  const p = action.payload;
  const online = p.mode === 'submitted';
  const status: Status = online ? 'submitted' : 'received';
  const base: DossierState = {
    status,
    nationalStatus: statusInfo[status].national,
    version: 0,
    receivingUnitId: String(p.receivingUnitId),
    competentUnitId: String(p.competentUnitId),
    handlingUnitId: String(p.handlingUnitId),
    assigneeId: null,
    deadline: p.deadline as Deadline,
    receptionDueAt: online ? str(p, 'receptionDueAt') : null,
    clockStartAt: str(p, 'clockStartAt'),
    dueAt: str(p, 'dueAt'),
    originalDueAt: str(p, 'dueAt'),
    process: (p.process as ProcessStepDef[]) ?? [],
    runs: runsFrom(p.runs),
    supplements: [],
    consultations: [],
    chain: null,
    extension: null,
    pauses: [],
    proposal: null,
    resolvedAt: null,
    returnedAt: null,
    closedAt: null,
    outcome: null,
    outcomeReason: null,
  };
  return base;
}

/** The runs an action starts, as decided by the service (payload.runs). */
function runsFrom(value: unknown): StepRun[] {
  if (!Array.isArray(value)) return [];
  return (value as StepRun[]).map((r) => ({
    ...r,
    finishedAt: r.finishedAt ?? null,
    finishedBy: r.finishedBy ?? null,
    end: r.end ?? null,
  }));
}

function startRuns(state: DossierState, _action: LoggedAction, p: P): DossierState {
  const runs = runsFrom(p.runs);
  const handling = p.handlingUnitId ? { handlingUnitId: String(p.handlingUnitId) } : {};
  return runs.length
    ? { ...state, ...handling, runs: [...state.runs, ...runs] }
    : { ...state, ...handling };
}

function finishRun(state: DossierState, action: LoggedAction, end: StepRun['end']): DossierState {
  if (!currentRun(state)) return state;
  return {
    ...state,
    runs: state.runs.map((r) =>
      r.finishedAt === null ? { ...r, finishedAt: action.at, finishedBy: action.actorId, end } : r,
    ),
  };
}

function resolve(state: DossierState, action: LoggedAction, p: P, outcome: Outcome): DossierState {
  const finished = finishRun(state, action, 'done');
  const started = startRuns(finished, action, p);
  return {
    ...started,
    resolvedAt: action.at,
    outcome,
    outcomeReason: outcome === 'refused' ? list(p, 'reasons').join('; ') : started.outcomeReason,
  };
}

export function replay(actions: readonly LoggedAction[]): DossierState | undefined {
  return actions.reduce<DossierState | undefined>(
    (state, action) => applyAction(state, action),
    undefined,
  );
}
