import { parseIsoDate } from '../../core/calendar/civil-date.ts';
import { getLocalMidnight } from '../../core/calendar/instant.ts';
import { formatAnnouncement } from '../../core/queue/display-code.ts';
import type { TicketStatus } from '../../core/queue/queue-types.ts';
import { isActiveAtCounter } from '../../core/queue/ticket-transitions.ts';
import { listTicketsOfDay } from '../../db/repositories/queue.ts';
import { listLatestCalls } from '../../db/repositories/queue-events.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitQueue } from './load-unit-queue.ts';
import { iso } from './present-queue.ts';
import { getQueueUnit, queueDayOf } from './queue-access.ts';
import { loadWaitEstimator } from './wait-estimates.ts';

/** The start of a queue day (local midnight) as an instant. */
export function dayStartOf(day: string): Date {
  return new Date(getLocalMidnight(parseIsoDate(day)));
}

/**
 * The display board: who is called to which counter now, the latest calls, and how many wait for
 * each service with the expected wait. Public, and nothing personal.
 */
export async function getBoard(ctx: ServiceContext, unitCode: string) {
  const unit = await getQueueUnit(ctx.db, unitCode);
  const now = ctx.clock.now();
  const day = queueDayOf(now);
  const queue = await loadUnitQueue(ctx.db, unit.id);
  const tickets = await listTicketsOfDay(ctx.db, unit.id, day);
  const waiting = tickets.filter((t) => t.status === 'waiting');
  const estimator = await loadWaitEstimator(ctx.db, {
    unitId: unit.id,
    day,
    services: queue.services,
    counters: queue.counters,
    waiting,
  });
  const calls = await listLatestCalls(ctx.db, unit.id, dayStartOf(day), 8);
  return {
    unit: { code: unit.code, name: unit.name },
    day,
    at: iso(now),
    counters: queue.counters
      .filter((c) => c.isActive)
      .map((c) => {
        const current = tickets.find(
          (t) => t.counterId === c.id && isActiveAtCounter(t.status as TicketStatus),
        );
        return {
          number: c.number,
          name: c.name,
          isPriority: c.isPriority,
          status: c.status,
          current: current
            ? {
                displayCode: current.displayCode,
                status: current.status,
                calledAt: iso(current.calledAt),
              }
            : null,
        };
      }),
    latestCalls: calls.map((c) => ({
      id: c.id,
      displayCode: c.displayCode,
      counterNumber: c.counterNumber,
      at: iso(c.at),
      announcement: formatAnnouncement(c.displayCode, c.counterNumber),
    })),
    services: queue.services
      .filter((s) => s.isActive)
      .map((s) => {
        const count = waiting.filter((t) => t.serviceId === s.id).length;
        return {
          prefix: s.prefix,
          name: s.name,
          waiting: count,
          expectedWaitMinutes: estimator.forService(s.id, count).expectedWaitMinutes,
        };
      }),
    totalWaiting: waiting.length,
  };
}

export type Board = Awaited<ReturnType<typeof getBoard>>;
