import { DomainError } from '../../core/errors.ts';
import { hasScopeOn, type Principal, requireScope } from '../../core/organisation/permissions.ts';
import type { TicketStatus } from '../../core/queue/queue-types.ts';
import { isActiveAtCounter } from '../../core/queue/ticket-transitions.ts';
import type { Executor } from '../../db/database.ts';
import {
  type CounterWithServices,
  findCounterById,
  findCounterOfOfficer,
  listTicketsAtCounter,
  updateCounter,
} from '../../db/repositories/queue.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { queueDayOf } from './queue-access.ts';
import { publishQueueChange } from './queue-bus.ts';

async function requireNoActiveTicket(trx: Executor, counter: CounterWithServices, day: string) {
  const active = (await listTicketsAtCounter(trx, counter.id, day)).find((t) =>
    isActiveAtCounter(t.status as TicketStatus),
  );
  if (active)
    throw new DomainError(
      'RULE_VIOLATED',
      `Quầy số ${counter.number} còn số ${active.displayCode}: hoàn thành hoặc chuyển số đó trước.`,
      { rule: 'counter_busy', ticketId: active.id },
    );
}

async function getCounter(trx: Executor, counterId: string): Promise<CounterWithServices> {
  const counter = await findCounterById(trx, counterId, { lock: true });
  if (!counter?.isActive) throw new DomainError('NOT_FOUND', 'Không có quầy này.');
  return counter;
}

/**
 * The logged-in officer opens (or resumes) a counter and serves it. One officer holds one counter:
 * a counter held by someone else is refused; the officer's other counter is closed when it is free.
 */
export async function openCounter(ctx: ServiceContext, principal: Principal, counterId: string) {
  const unitId = await inTransaction(ctx, async (trx) => {
    const counter = await getCounter(trx, counterId);
    requireScope(principal, 'queue.serve', counter.unitId);
    const now = ctx.clock.now();
    if (
      counter.status !== 'closed' &&
      counter.officerId &&
      counter.officerId !== principal.userId
    ) {
      const holder = await trx
        .selectFrom('users')
        .select('fullName')
        .where('id', '=', counter.officerId)
        .executeTakeFirst();
      throw new DomainError(
        'CONFLICT',
        `Quầy số ${counter.number} đang do ${holder?.fullName ?? 'cán bộ khác'} phục vụ.`,
        { rule: 'counter_held' },
      );
    }
    const other = await findCounterOfOfficer(trx, principal.userId);
    if (other && other.id !== counter.id) {
      const locked = await getCounter(trx, other.id);
      await requireNoActiveTicket(trx, locked, queueDayOf(now));
      await updateCounter(trx, other.id, {
        status: 'closed',
        officerId: null,
        statusChangedAt: now,
      });
    }
    await updateCounter(trx, counter.id, {
      status: 'open',
      officerId: principal.userId,
      statusChangedAt: now,
    });
    return counter.unitId;
  });
  publishQueueChange(unitId);
}

/** Pause (a break: no calls, not counted for expected waits) or close the counter one holds. */
export async function setCounterAway(
  ctx: ServiceContext,
  principal: Principal,
  counterId: string,
  status: 'paused' | 'closed',
) {
  const unitId = await inTransaction(ctx, async (trx) => {
    const counter = await getCounter(trx, counterId);
    const holds = counter.officerId === principal.userId && counter.status !== 'closed';
    // A queue manager may close a counter left open by someone else (end of day, sick leave).
    if (!holds && !(status === 'closed' && hasScopeOn(principal, 'queue.manage', counter.unitId))) {
      requireScope(principal, 'queue.serve', counter.unitId);
      throw new DomainError('RULE_VIOLATED', `Bạn không phục vụ quầy số ${counter.number}.`, {
        rule: 'counter_held',
      });
    }
    const now = ctx.clock.now();
    if (status === 'closed') await requireNoActiveTicket(trx, counter, queueDayOf(now));
    await updateCounter(trx, counter.id, {
      status,
      officerId: status === 'closed' ? null : counter.officerId,
      statusChangedAt: now,
    });
    return counter.unitId;
  });
  publishQueueChange(unitId);
}
