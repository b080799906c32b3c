import { averageServiceMinutes, estimateWaitMinutes } from '../../core/queue/expected-wait.ts';
import { countAhead, type QueuedTicket } from '../../core/queue/fair-order.ts';
import type { PriorityKind } from '../../core/queue/queue-types.ts';
import type { Executor } from '../../db/database.ts';
import { type CounterWithServices, listServingDurations } from '../../db/repositories/queue.ts';
import type { QueueServiceRow, QueueTicketRow } from '../../db/schema-queue.ts';

export function toQueued(row: QueueTicketRow): QueuedTicket {
  return {
    id: row.id,
    serviceId: row.serviceId,
    priority: row.priority as PriorityKind,
    rankAt: row.rankAt.getTime(),
    issuedAt: row.issuedAt.getTime(),
    seq: row.seq,
    targetCounterId: row.targetCounterId,
  };
}

export interface WaitEstimate {
  ahead: number;
  averageMinutes: number;
  openCounters: number;
  expectedWaitMinutes: number;
}

/**
 * People ahead (fair-order.ts) and the expected wait of waiting tickets: the service's average
 * serving time measured today (or its configured one) over the counters open for it.
 */
export async function loadWaitEstimator(
  db: Executor,
  input: {
    unitId: string;
    day: string;
    services: readonly QueueServiceRow[];
    counters: readonly CounterWithServices[];
    waiting: readonly QueueTicketRow[];
  },
): Promise<{
  estimate: (ticket: QueueTicketRow) => WaitEstimate;
  forService: (serviceId: string, ahead: number) => WaitEstimate;
}> {
  const durations = await listServingDurations(db, input.unitId, input.day);
  const queued = input.waiting.map(toQueued);
  const averages = new Map(
    input.services.map((s) => [
      s.id,
      averageServiceMinutes(
        durations.filter((d) => d.serviceId === s.id).map((d) => d.ms),
        s.averageServiceMinutes,
      ),
    ]),
  );
  const forService = (serviceId: string, ahead: number): WaitEstimate => {
    const averageMinutes = averages.get(serviceId) ?? 10;
    const openCounters = input.counters.filter(
      (c) => c.isActive && c.status === 'open' && c.serviceIds.includes(serviceId),
    ).length;
    return {
      ahead,
      averageMinutes,
      openCounters,
      expectedWaitMinutes: estimateWaitMinutes({ ahead, averageMinutes, openCounters }),
    };
  };
  return {
    estimate: (ticket) => forService(ticket.serviceId, countAhead(toQueued(ticket), queued)),
    forService,
  };
}
