import type { Principal } from '../../core/organisation/permissions.ts';
import { compareForCounter, orderForCounter } from '../../core/queue/fair-order.ts';
import { listWaitingTickets } from '../../db/repositories/queue.ts';
import { listBookingsByIds } from '../../db/repositories/queue-bookings.ts';
import type { QueueTicketRow } from '../../db/schema-queue.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitQueue } from './load-unit-queue.ts';
import { iso, presentService, presentTicket } from './present-queue.ts';
import { getQueueUnit, queueDayOf, requireAnyScope } from './queue-access.ts';
import { loadWaitEstimator, toQueued } from './wait-estimates.ts';

/**
 * The waiting list of a unit with people ahead and expected wait. With `counterId`, only the
 * tickets that counter may call, in the order it will call them (the fair rule).
 */
export async function listWaiting(
  ctx: ServiceContext,
  principal: Principal,
  unitCode: string,
  counterId?: string,
) {
  const unit = await getQueueUnit(ctx.db, unitCode);
  requireAnyScope(principal, ['queue.serve', 'queue.manage'], unit.id);
  const day = queueDayOf(ctx.clock.now());
  const queue = await loadUnitQueue(ctx.db, unit.id);
  const waiting = await listWaitingTickets(ctx.db, unit.id, day);
  const estimator = await loadWaitEstimator(ctx.db, {
    unitId: unit.id,
    day,
    services: queue.services,
    counters: queue.counters,
    waiting,
  });
  const counter = counterId ? queue.counterById.get(counterId) : undefined;
  const byId = new Map(waiting.map((t) => [t.id, t]));
  const ordered: QueueTicketRow[] = counter
    ? orderForCounter(waiting.map(toQueued), counter).map((q) => byId.get(q.id)!)
    : [...waiting].sort((a, b) =>
        compareForCounter({ isPriority: false })(toQueued(a), toQueued(b)),
      );
  const bookings = new Map(
    (
      await listBookingsByIds(
        ctx.db,
        ordered.flatMap((t) => (t.bookingId ? [t.bookingId] : [])),
      )
    ).map((b) => [b.id, b]),
  );
  return {
    unit: { code: unit.code, name: unit.name },
    day,
    counterId: counter?.id ?? null,
    items: ordered.map((t) => {
      const b = t.bookingId ? bookings.get(t.bookingId) : undefined;
      const e = estimator.estimate(t);
      return {
        ...presentTicket(t, queue),
        ahead: e.ahead,
        expectedWaitMinutes: e.expectedWaitMinutes,
        booking: b ? { code: b.code, fullName: b.fullName, slotStart: iso(b.slotStart) } : null,
      };
    }),
    services: queue.services
      .filter((s) => s.isActive)
      .map((s) => {
        const count = waiting.filter((t) => t.serviceId === s.id).length;
        const e = estimator.forService(s.id, count);
        return {
          ...presentService(s),
          waiting: count,
          openCounters: e.openCounters,
          averageMinutes: e.averageMinutes,
          expectedWaitMinutes: e.expectedWaitMinutes,
        };
      }),
  };
}
