import type { DossierState } from './state.ts';

/**
 * Delay attribution (DESIGN §2.4): for every step run, the working time held and by whom, and how
 * much of a step's overrun was the officer's own, and how much the dossier waited on another
 * agency (a consultation, an inter-agency part). Time waiting for the citizen's supplement is
 * counted apart: it is never an officer's delay (the clock is stopped, Decree 118/2025 Art. 19).
 */
export interface StepDelay {
  stepName: string;
  unitId: string;
  holderId: string | null;
  startedAt: string;
  finishedAt: string | null;
  heldMinutes: number;
  allottedMinutes: number;
  waitingOnAgencyMinutes: number;
  /** Overrun the holder answers for (0 when on time). */
  officerDelayMinutes: number;
  /** Overrun explained by waiting on another agency. */
  agencyDelayMinutes: number;
  /** The run happened at another agency in an inter-agency chain. */
  atOtherAgency: boolean;
}

export interface DelayReport {
  steps: StepDelay[];
  citizenMinutes: number;
  officerDelayMinutes: number;
  agencyDelayMinutes: number;
}

/** `minutes(a, b)`: working minutes between two instants on the competent agency's calendar. */
export function attributeDelays(
  state: DossierState,
  now: string,
  minutes: (from: string, to: string) => number,
): DelayReport {
  const chainUnits = new Set(state.chain?.parts.map((p) => p.unitId) ?? []);
  const steps = state.runs.map((run): StepDelay => {
    const end = run.finishedAt ?? now;
    const held = Math.max(0, minutes(run.startedAt, end));
    const allotted = Math.max(0, minutes(run.startedAt, run.dueAt));
    const waiting = state.consultations.reduce(
      (sum, c) => sum + overlap(c.requestedAt, c.answeredAt ?? now, run.startedAt, end, minutes),
      0,
    );
    const overrun = Math.max(0, held - allotted);
    const agencyDelay = Math.min(overrun, waiting);
    const atOtherAgency = chainUnits.has(run.unitId) && run.stepIndex === -1;
    return {
      stepName: run.name,
      unitId: run.unitId,
      holderId: run.finishedBy ?? run.holderId,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      heldMinutes: held,
      allottedMinutes: allotted,
      waitingOnAgencyMinutes: waiting,
      officerDelayMinutes: atOtherAgency ? 0 : overrun - agencyDelay,
      agencyDelayMinutes: atOtherAgency ? overrun : agencyDelay,
      atOtherAgency,
    };
  });
  const citizenMinutes = state.pauses.reduce(
    (sum, p) => sum + Math.max(0, minutes(p.from, p.to ?? now)),
    0,
  );
  return {
    steps,
    citizenMinutes,
    officerDelayMinutes: steps.reduce((s, x) => s + x.officerDelayMinutes, 0),
    agencyDelayMinutes: steps.reduce((s, x) => s + x.agencyDelayMinutes, 0),
  };
}

function overlap(
  aFrom: string,
  aTo: string,
  bFrom: string,
  bTo: string,
  minutes: (from: string, to: string) => number,
): number {
  const from = aFrom > bFrom ? aFrom : bFrom;
  const to = aTo < bTo ? aTo : bTo;
  return to > from ? Math.max(0, minutes(from, to)) : 0;
}
