import { listStaleTickets } from '../../db/repositories/queue.ts';
import { markMissedBookings } from '../../db/repositories/queue-bookings.ts';
import type { ServiceContext } from '../context.ts';
import type { JobHandler, RecurringJob } from '../jobs/job-runner.ts';
import { queueDayOf } from './queue-access.ts';
import { publishQueueChange } from './queue-bus.ts';
import { changeTicket } from './ticket-writes.ts';

/**
 * The end of a queue day: tickets of earlier days never finished become no-shows (their stage
 * ends there) and bookings never checked in become no-shows; both still count in the day's
 * figures. Hourly, so a server that was down at midnight catches up.
 */
async function closeQueueDays(ctx: ServiceContext): Promise<void> {
  const now = ctx.clock.now();
  const today = queueDayOf(now);
  const units = new Set<string>();
  for (;;) {
    const stale = await listStaleTickets(ctx.db, today, 200);
    for (const ticket of stale) {
      await changeTicket(
        ctx.db,
        ticket,
        'expire',
        {},
        {
          at: now,
          counterId: ticket.counterId,
          officerId: null,
          details: { closedDay: ticket.day },
        },
      );
      units.add(ticket.unitId);
    }
    if (stale.length < 200) break;
  }
  await markMissedBookings(ctx.db, today);
  for (const unitId of units) publishQueueChange(unitId);
}

export const queueJobHandlers: Record<string, JobHandler> = {
  'queue.close_day': closeQueueDays,
};

export const queueRecurringJobs: RecurringJob[] = [{ kind: 'queue.close_day', everyMinutes: 60 }];
