import { computeDue } from '../../core/calendar/index.ts';
import type { DossierState, StepRun } from '../../core/dossiers/state.ts';
import type { Executor } from '../../db/database.ts';
import type { ServiceContext } from '../context.ts';

/** The unit where a step happens: its own unit, else the dossier's unit for that role. */
export function unitForStep(
  state: Pick<DossierState, 'receivingUnitId' | 'competentUnitId' | 'handlingUnitId' | 'process'>,
  stepIndex: number,
): string {
  const step = state.process[stepIndex]!;
  if (step.unitId) return step.unitId;
  if (step.role === 'reception') return state.receivingUnitId;
  if (step.role === 'leader') return state.competentUnitId;
  return state.handlingUnitId;
}

/**
 * A run of step `stepIndex` starting at `at`, due after the step's allotted working time on the
 * calendar of the unit where it happens (DESIGN §2.4: every step has its own deadline).
 */
export async function startRun(
  ctx: ServiceContext,
  db: Executor,
  tenantId: string,
  state: Pick<DossierState, 'receivingUnitId' | 'competentUnitId' | 'handlingUnitId' | 'process'>,
  stepIndex: number,
  at: Date,
  holderId: string | null,
): Promise<StepRun> {
  const step = state.process[stepIndex]!;
  const unitId = unitForStep(state, stepIndex);
  const calendar = await ctx.calendars.forUnit(db, tenantId, unitId);
  const due = computeDue(calendar, {
    start: at.getTime(),
    amount: step.allottedMinutes / 60,
    unit: 'working_hours',
  });
  return {
    stepIndex,
    name: step.name,
    role: step.role,
    unitId,
    holderId,
    startedAt: at.toISOString(),
    dueAt: new Date(due.due).toISOString(),
    finishedAt: null,
    finishedBy: null,
    end: null,
  };
}
