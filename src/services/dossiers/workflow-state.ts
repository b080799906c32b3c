import type { DossierState } from '../../core/dossiers/state.ts';
import { currentRun, participantUnitIds } from '../../core/dossiers/state.ts';
import { type Status, statusInfo } from '../../core/dossiers/statuses.ts';
import type { DossierRow, DossierUpdate } from '../../db/schema.ts';

const date = (value: string | null) => (value ? new Date(value) : null);

/** The workflow state of a stored dossier (its `workflow` column, or rebuilt from older rows). */
export function loadState(row: DossierRow): DossierState {
  const stored = row.workflow as Partial<DossierState> | null;
  if (stored && typeof stored === 'object' && 'status' in stored && stored.status)
    return stored as DossierState;
  // Rows written before the workflow column existed: the columns hold what they need.
  return {
    status: row.status as Status,
    nationalStatus: row.nationalStatus,
    version: row.version,
    receivingUnitId: row.receivingUnitId,
    competentUnitId: row.competentUnitId,
    handlingUnitId: row.handlingUnitId,
    assigneeId: row.assigneeId,
    deadline: {
      amount: row.deadlineAmount,
      unit: row.deadlineUnit as DossierState['deadline']['unit'],
    },
    receptionDueAt: null,
    clockStartAt: row.clockStartAt?.toISOString() ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    originalDueAt: row.originalDueAt?.toISOString() ?? null,
    process: [],
    runs: [],
    supplements: [],
    consultations: [],
    chain: null,
    extension: null,
    pauses: [],
    proposal: null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    returnedAt: row.returnedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    outcome: (row.outcome as DossierState['outcome']) ?? null,
    outcomeReason: row.outcomeReason,
  };
}

/** The columns of `dossiers` that mirror the state, for inboxes, watches and reports. */
export function mirrorColumns(state: DossierState): DossierUpdate {
  const run = currentRun(state);
  const openSupplement = state.supplements.find((s) => s.receivedAt === null);
  const participants = participantUnitIds(state);
  return {
    status: state.status,
    nationalStatus: statusInfo[state.status].national,
    handlingUnitId: state.handlingUnitId,
    assigneeId: state.assigneeId,
    clockStartAt: date(state.clockStartAt),
    dueAt: date(state.dueAt),
    originalDueAt: date(state.originalDueAt),
    resolvedAt: date(state.resolvedAt),
    returnedAt: date(state.returnedAt),
    closedAt: date(state.closedAt),
    outcome: state.outcome,
    outcomeReason: state.outcomeReason,
    currentStep: run?.name ?? null,
    stepDueAt: date(run?.dueAt ?? (state.status === 'submitted' ? state.receptionDueAt : null)),
    // Decree 118/2025 Art. 17.2: accept or ask for supplements within 8 working hours.
    receptionDueAt: date(state.receptionDueAt),
    extensionStatus: state.extension?.status ?? null,
    supplementCloseAt: date(openSupplement?.closeAt ?? null),
    visibleUnitIds: [
      ...new Set([
        state.receivingUnitId,
        state.competentUnitId,
        state.handlingUnitId,
        ...participants,
      ]),
    ],
    participantUnitIds: participants,
    workflow: JSON.stringify(state),
  };
}
