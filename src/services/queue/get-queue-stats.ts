import { z } from 'zod';
import { parseIsoDate } from '../../core/calendar/civil-date.ts';
import { getLocalMidnight } from '../../core/calendar/instant.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { measureStages, type StageEvent, summariseStages } from '../../core/queue/queue-stats.ts';
import type { QueueEventKind } from '../../core/queue/queue-types.ts';
import { listTicketsOfDay } from '../../db/repositories/queue.ts';
import { listQueueEvents } from '../../db/repositories/queue-events.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitQueue } from './load-unit-queue.ts';
import { getQueueUnit, queueDayOf, requireAnyScope } from './queue-access.ts';

export const statsQuerySchema = z.object({
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD')
    .optional(),
});

/**
 * A day's queue statistics (DESIGN §2.5; user voice target 23: median wait ≤ 15 min): tickets by
 * outcome, and waiting and serving times (count, average, p90 in seconds) overall, per service and
 * per counter, measured from the timed stages of queue_events.
 */
export async function getQueueStats(
  ctx: ServiceContext,
  principal: Principal,
  unitCode: string,
  query: z.infer<typeof statsQuerySchema>,
) {
  const unit = await getQueueUnit(ctx.db, unitCode);
  requireAnyScope(principal, ['queue.serve', 'queue.manage', 'report.read'], unit.id);
  const day = query.day ?? queueDayOf(ctx.clock.now());
  const start = getLocalMidnight(parseIsoDate(day));
  const events = await listQueueEvents(ctx.db, unit.id, {
    since: new Date(start),
    until: new Date(start + 86_400_000),
    limit: 100_000,
  });
  const stageEvents: StageEvent[] = events.map((e) => ({
    ticketId: e.ticketId,
    kind: e.kind as QueueEventKind,
    at: e.at.getTime(),
    seq: e.ticketSeq,
    serviceId: e.serviceId,
    counterId: e.counterId,
  }));
  const stages = measureStages(stageEvents);
  const queue = await loadUnitQueue(ctx.db, unit.id);
  const tickets = await listTicketsOfDay(ctx.db, unit.id, day);
  const countStatus = (status: string) => tickets.filter((t) => t.status === status).length;
  return {
    unit: { code: unit.code, name: unit.name },
    day,
    tickets: {
      issued: tickets.length,
      booked: tickets.filter((t) => t.source === 'booking').length,
      priority: tickets.filter((t) => t.priority !== 'none').length,
      waiting: countStatus('waiting'),
      inProgress: countStatus('called') + countStatus('serving'),
      done: countStatus('done'),
      skipped: countStatus('skipped'),
      cancelled: countStatus('cancelled'),
      noShow: countStatus('no_show'),
    },
    overall: summariseStages(stages),
    byService: queue.services.map((s) => ({
      service: { id: s.id, prefix: s.prefix, name: s.name },
      ...summariseStages(stages, (x) => x.serviceId === s.id),
    })),
    byCounter: queue.counters.map((c) => ({
      counter: { id: c.id, number: c.number, name: c.name },
      ...summariseStages(stages, (x) => x.counterId === c.id),
    })),
  };
}
