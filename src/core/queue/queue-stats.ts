import type { QueueEventKind } from './queue-types.ts';

/**
 * Timed stages from the event log (DESIGN §2.5: waiting and serving stored for statistics):
 * waiting runs from the ticket's issue (or a transfer) to its next call; serving from "start
 * serving" to finish or transfer. Recalls and skips do not start or end a stage.
 */
export interface StageEvent {
  ticketId: string;
  kind: QueueEventKind;
  at: number;
  /** Position in the ticket's history: orders events of one instant. */
  seq: number;
  serviceId: string;
  counterId: string | null;
}

export interface Stage {
  kind: 'waiting' | 'serving';
  ticketId: string;
  serviceId: string;
  /** The counter that ended the wait by calling, or that served. */
  counterId: string | null;
  ms: number;
}

export function measureStages(events: readonly StageEvent[]): Stage[] {
  const byTicket = new Map<string, StageEvent[]>();
  for (const e of events) byTicket.set(e.ticketId, [...(byTicket.get(e.ticketId) ?? []), e]);
  const stages: Stage[] = [];
  for (const list of byTicket.values()) {
    let waitingSince: StageEvent | undefined;
    let servingSince: StageEvent | undefined;
    for (const e of [...list].sort((a, b) => a.at - b.at || a.seq - b.seq)) {
      if ((e.kind === 'called' || e.kind === 'recalled') && waitingSince) {
        stages.push(stage('waiting', waitingSince, e.counterId, e.at));
        waitingSince = undefined;
      }
      if ((e.kind === 'finished' || e.kind === 'transferred') && servingSince) {
        stages.push(stage('serving', servingSince, servingSince.counterId, e.at));
        servingSince = undefined;
      }
      if (e.kind === 'issued' || e.kind === 'transferred') waitingSince = e;
      if (e.kind === 'serving') servingSince = e;
    }
  }
  return stages;
}

function stage(kind: Stage['kind'], from: StageEvent, counterId: string | null, to: number): Stage {
  return { kind, ticketId: from.ticketId, serviceId: from.serviceId, counterId, ms: to - from.at };
}

export interface DurationSummary {
  count: number;
  averageSeconds: number | null;
  /** Nearest-rank 90th percentile. */
  p90Seconds: number | null;
}

export function summariseDurations(ms: readonly number[]): DurationSummary {
  if (ms.length === 0) return { count: 0, averageSeconds: null, p90Seconds: null };
  const sorted = [...ms].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]!;
  return {
    count: sorted.length,
    averageSeconds: Math.round(mean / 1000),
    p90Seconds: Math.round(p90 / 1000),
  };
}

export interface StageSummary {
  waiting: DurationSummary;
  serving: DurationSummary;
}

/** Both stages summarised for the stages that `belongs` keeps. */
export function summariseStages(
  stages: readonly Stage[],
  belongs: (s: Stage) => boolean = () => true,
): StageSummary {
  const kept = stages.filter(belongs);
  return {
    waiting: summariseDurations(kept.filter((s) => s.kind === 'waiting').map((s) => s.ms)),
    serving: summariseDurations(kept.filter((s) => s.kind === 'serving').map((s) => s.ms)),
  };
}
