import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { orderForCounter } from '../../core/queue/fair-order.ts';
import type { TicketStatus } from '../../core/queue/queue-types.ts';
import { isActiveAtCounter } from '../../core/queue/ticket-transitions.ts';
import type { Executor } from '../../db/database.ts';
import {
  type CounterWithServices,
  claimFirstWaiting,
  listTicketsAtCounter,
  listWaitingTickets,
} from '../../db/repositories/queue.ts';
import type { QueueTicketRow } from '../../db/schema-queue.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { getOwnCounter, queueDayOf } from './queue-access.ts';
import { publishQueueChange } from './queue-bus.ts';
import { recordQueueEvent } from './ticket-writes.ts';
import { toQueued } from './wait-estimates.ts';

/** A counter calls the next ticket only when it holds none called or serving. */
export async function requireFreeCounter(
  trx: Executor,
  counter: CounterWithServices,
  day: string,
): Promise<void> {
  const active = (await listTicketsAtCounter(trx, counter.id, day)).find((t) =>
    isActiveAtCounter(t.status as TicketStatus),
  );
  if (active)
    throw new DomainError(
      'RULE_VIOLATED',
      `Quầy số ${counter.number} đang có số ${active.displayCode}: hoàn thành, chuyển hoặc bỏ qua số đó trước khi gọi số khác.`,
      { rule: 'counter_busy', ticketId: active.id },
    );
}

/**
 * "Gọi số tiếp theo": the fair rule (core/queue/fair-order.ts) orders the tickets this counter may
 * call; one UPDATE takes the first that no other counter is taking at this instant (FOR UPDATE
 * SKIP LOCKED), so two counters calling together never get the same ticket. Null: nobody waits.
 */
export async function callNext(
  ctx: ServiceContext,
  principal: Principal,
  counterId: string,
): Promise<QueueTicketRow | null> {
  const called = await inTransaction(ctx, async (trx) => {
    const counter = await getOwnCounter(trx, principal, counterId);
    const now = ctx.clock.now();
    const day = queueDayOf(now);
    await requireFreeCounter(trx, counter, day);
    // A competing counter may take our first choice between the read and the claim: read again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const waiting = await listWaitingTickets(trx, counter.unitId, day);
      const ordered = orderForCounter(waiting.map(toQueued), counter);
      if (ordered.length === 0) return null;
      const ticket = await claimFirstWaiting(
        trx,
        ordered.map((t) => t.id),
        { counterId: counter.id, officerId: principal.userId, at: now },
      );
      if (ticket) {
        await recordQueueEvent(trx, ticket, 'called', 'waiting', {
          at: now,
          counterId: counter.id,
          officerId: principal.userId,
          details: { counterNumber: counter.number },
        });
        return ticket;
      }
    }
    return null;
  });
  if (called) publishQueueChange(called.unitId);
  return called;
}
