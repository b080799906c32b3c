import { countWorkingMinutesBetween, formatInstant } from '../../core/calendar/index.ts';
import { buildControlSlip } from '../../core/dossiers/control-slip.ts';
import { attributeDelays } from '../../core/dossiers/delays.ts';
import type { DossierState } from '../../core/dossiers/state.ts';
import { statusInfo } from '../../core/dossiers/statuses.ts';
import type { Executor } from '../../db/database.ts';
import type { ServiceContext } from '../context.ts';

const local = (value: string | null) => (value ? formatInstant(Date.parse(value)) : null);

export type DueState = 'overdue' | 'due_soon' | 'on_track';

/**
 * The workflow part of a dossier's page: step runs with their deadlines, supplements,
 * consultations, the inter-agency chain with its hand-off slips, the extension, the control slip
 * (form 06) graded early/on time/late, and the delay attributed to each step and person.
 */
export async function describeWorkflow(
  ctx: ServiceContext,
  db: Executor,
  tenantId: string,
  state: DossierState,
) {
  const unitIds = new Set<string>([
    state.receivingUnitId,
    state.competentUnitId,
    state.handlingUnitId,
  ]);
  for (const run of state.runs) unitIds.add(run.unitId);
  for (const c of state.consultations) unitIds.add(c.unitId);
  for (const p of state.chain?.parts ?? []) unitIds.add(p.unitId);
  const userIds = new Set<string>();
  for (const run of state.runs)
    for (const id of [run.holderId, run.finishedBy]) if (id) userIds.add(id);
  const [units, users, calendar] = await Promise.all([
    db
      .selectFrom('units')
      .select(['id', 'code', 'name'])
      .where('id', 'in', [...unitIds])
      .execute(),
    userIds.size
      ? db
          .selectFrom('users')
          .select(['id', 'fullName'])
          .where('id', 'in', [...userIds])
          .execute()
      : [],
    ctx.calendars.forUnit(db, tenantId, state.competentUnitId),
  ]);
  const unit = new Map(units.map((u) => [u.id, { code: u.code, name: u.name }]));
  const user = new Map(users.map((u) => [u.id, u.fullName]));
  const unitName = (id: string | null) => (id ? (unit.get(id)?.name ?? null) : null);
  const unitCode = (id: string | null) => (id ? (unit.get(id)?.code ?? null) : null);
  const userName = (id: string | null) => (id ? (user.get(id) ?? null) : null);
  const now = ctx.clock.now();
  const minutes = (from: string, to: string) =>
    countWorkingMinutesBetween(calendar, Date.parse(from), Date.parse(to));
  const slip = buildControlSlip(state);
  const delays = attributeDelays(state, now.toISOString(), minutes);
  return {
    dueState: dueStateOf(
      state,
      now,
      (to) => countWorkingMinutesBetween(calendar, now.getTime(), Date.parse(to)),
      calendar.dayMinutes,
    ),
    process: state.process.map((s) => ({ ...s, unitName: unitName(s.unitId) })),
    runs: state.runs.map((r) => ({
      ...r,
      startedAt: local(r.startedAt),
      dueAt: local(r.dueAt),
      finishedAt: local(r.finishedAt),
      unitName: unitName(r.unitId),
      holderName: userName(r.holderId),
      finishedByName: userName(r.finishedBy),
    })),
    supplements: state.supplements.map((s) => ({
      ...s,
      requestedAt: local(s.requestedAt),
      closeAt: local(s.closeAt),
      receivedAt: local(s.receivedAt),
    })),
    consultations: state.consultations.map((c) => ({
      ...c,
      unitName: unitName(c.unitId),
      unitCode: unitCode(c.unitId),
      requestedAt: local(c.requestedAt),
      dueAt: local(c.dueAt),
      answeredAt: local(c.answeredAt),
    })),
    chain: state.chain
      ? {
          mode: state.chain.mode,
          startedAt: local(state.chain.startedAt),
          parts: state.chain.parts.map((p) => ({
            ...p,
            unitName: unitName(p.unitId),
            unitCode: unitCode(p.unitId),
            startedAt: local(p.startedAt),
            dueAt: local(p.dueAt),
            finishedAt: local(p.finishedAt),
          })),
        }
      : null,
    extension: state.extension
      ? {
          ...state.extension,
          requestedAt: local(state.extension.requestedAt),
          proposedDueAt: local(state.extension.proposedDueAt),
          decidedAt: local(state.extension.decidedAt),
        }
      : null,
    proposal: state.proposal,
    controlSlip: {
      rows: slip.rows.map((r) => ({
        ...r,
        giverUnitName: unitName(r.giverUnitId),
        giverName: userName(r.giverId),
        receiverUnitName: unitName(r.receiverUnitId),
        receiverName: userName(r.receiverId),
        handedAt: local(r.handedAt),
        dueAt: local(r.dueAt),
        finishedAt: local(r.finishedAt),
      })),
      returnRow: slip.returnRow
        ? {
            ...slip.returnRow,
            returnedAt: local(slip.returnRow.returnedAt),
            dueAt: local(slip.returnRow.dueAt),
          }
        : null,
    },
    delays: {
      ...delays,
      steps: delays.steps.map((s) => ({
        ...s,
        unitName: unitName(s.unitId),
        holderName: userName(s.holderId),
        startedAt: local(s.startedAt),
        finishedAt: local(s.finishedAt),
      })),
    },
  };
}
export type WorkflowView = Awaited<ReturnType<typeof describeWorkflow>>;

/** Overdue once the due instant passed; due soon within one working day of it. */
export function dueStateOf(
  state: DossierState,
  now: Date,
  minutesUntil: (to: string) => number,
  dayMinutes: number,
): DueState | null {
  if (!state.dueAt || !statusInfo[state.status].clockRuns) return null;
  if (now.getTime() > Date.parse(state.dueAt)) return 'overdue';
  return minutesUntil(state.dueAt) <= dayMinutes ? 'due_soon' : 'on_track';
}
