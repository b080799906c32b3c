import type { Deadline } from '../catalogue/procedure-record.ts';
import type { Role } from '../organisation/roles.ts';
import type { Outcome, Status } from './statuses.ts';

/**
 * Everything the workflow knows about a dossier, as plain JSON (instants are ISO strings). The
 * state is a pure fold of the action log (projection.ts); the `dossiers` row stores it.
 */
export interface ProcessStepDef {
  name: string;
  role: Role;
  /** A fixed unit for the step (hand-offs), else the dossier's own unit for that role. */
  unitId: string | null;
  allottedMinutes: number;
  handoff: boolean;
  parallelGroup: number | null;
  lead: boolean;
}

/** One execution of a step: who held the dossier, from when, until when, against which due. */
export interface StepRun {
  stepIndex: number;
  name: string;
  role: Role;
  unitId: string;
  holderId: string | null;
  startedAt: string;
  dueAt: string;
  finishedAt: string | null;
  finishedBy: string | null;
  /** How the run ended: done, paused for the citizen, returned for rework, closed. */
  end: 'done' | 'paused' | 'rework' | 'closed' | null;
}

export interface SupplementState {
  phase: 'reception' | 'appraisal';
  requestedAt: string;
  requestedBy: string | null;
  reasons: string[];
  documents: string[];
  closeAt: string;
  receivedAt: string | null;
}

export interface ConsultationState {
  unitId: string;
  question: string;
  requestedAt: string;
  dueAt: string;
  answeredAt: string | null;
  answer: string | null;
  answeredBy: string | null;
}

export interface ChainPart {
  unitId: string;
  task: string;
  lead: boolean;
  order: number;
  allottedMinutes: number;
  status: 'waiting' | 'active' | 'done';
  startedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  result: string | null;
  /** Number of the hand-off slip (phiếu chuyển xử lý) that sent the dossier to this agency. */
  slipNo: number;
}

export interface ChainState {
  mode: 'sequential' | 'parallel';
  startedAt: string;
  parts: ChainPart[];
}

export interface ExtensionState {
  status: 'pending' | 'approved' | 'rejected';
  requestedAt: string;
  requestedBy: string | null;
  reason: string;
  proposedDueAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
}

export interface PauseState {
  from: string;
  to: string | null;
  kind: 'supplement' | 'withdrawal';
}

export interface DossierState {
  status: Status;
  nationalStatus: number;
  version: number;
  receivingUnitId: string;
  competentUnitId: string;
  handlingUnitId: string;
  assigneeId: string | null;
  deadline: Deadline;
  /** Online submissions: acceptance or a supplement request is due within 8 working hours (Art. 17.2). */
  receptionDueAt: string | null;
  clockStartAt: string | null;
  dueAt: string | null;
  originalDueAt: string | null;
  process: ProcessStepDef[];
  runs: StepRun[];
  supplements: SupplementState[];
  consultations: ConsultationState[];
  chain: ChainState | null;
  extension: ExtensionState | null;
  pauses: PauseState[];
  proposal: 'approve' | 'refuse' | null;
  resolvedAt: string | null;
  returnedAt: string | null;
  closedAt: string | null;
  outcome: Outcome | null;
  outcomeReason: string | null;
}

/** The run in progress, if any. */
export function currentRun(state: DossierState): StepRun | undefined {
  const last = state.runs[state.runs.length - 1];
  return last && last.finishedAt === null ? last : undefined;
}

/** Agencies that take part in an inter-agency chain or were consulted: they see the dossier. */
export function participantUnitIds(state: DossierState): string[] {
  return [
    ...new Set([
      ...(state.chain?.parts.map((p) => p.unitId) ?? []),
      ...state.consultations.map((c) => c.unitId),
    ]),
  ];
}
