import type { Principal } from '../../core/organisation/permissions.ts';
import type { TicketStatus } from '../../core/queue/queue-types.ts';
import { isActiveAtCounter } from '../../core/queue/ticket-transitions.ts';
import {
  findCounterOfOfficer,
  listTicketsAtCounter,
  listTicketsOfDay,
} from '../../db/repositories/queue.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitQueue } from './load-unit-queue.ts';
import { presentCounter, presentService, presentTicket } from './present-queue.ts';
import { getQueueUnit, getQueueUnitById, queueDayOf, requireAnyScope } from './queue-access.ts';

/** The counters of a unit with who serves them and the ticket each is on, to choose one. */
export async function listCounters(ctx: ServiceContext, principal: Principal, unitCode: string) {
  const unit = await getQueueUnit(ctx.db, unitCode);
  requireAnyScope(principal, ['queue.serve', 'queue.manage'], unit.id);
  const queue = await loadUnitQueue(ctx.db, unit.id);
  const day = queueDayOf(ctx.clock.now());
  const active = (await listTicketsOfDay(ctx.db, unit.id, day)).filter((t) =>
    isActiveAtCounter(t.status as TicketStatus),
  );
  return {
    unit: { code: unit.code, name: unit.name },
    services: queue.services.map(presentService),
    counters: queue.counters
      .filter((c) => c.isActive)
      .map((c) => {
        const current = active.find((t) => t.counterId === c.id);
        return {
          ...presentCounter(c, c.officerId ? queue.officerNames.get(c.officerId) : null),
          current: current
            ? { id: current.id, displayCode: current.displayCode, status: current.status }
            : null,
        };
      }),
  };
}

/** "Quầy của tôi": the counter the officer holds, its current ticket and those it skipped today. */
export async function getMyCounter(ctx: ServiceContext, principal: Principal) {
  const counter = await findCounterOfOfficer(ctx.db, principal.userId);
  if (!counter) return { counter: null, unit: null, current: null, skipped: [] };
  requireAnyScope(principal, ['queue.serve'], counter.unitId);
  const unit = await getQueueUnitById(ctx.db, counter.unitId);
  const queue = await loadUnitQueue(ctx.db, unit.id);
  const tickets = await listTicketsAtCounter(ctx.db, counter.id, queueDayOf(ctx.clock.now()));
  const current = tickets.find((t) => isActiveAtCounter(t.status as TicketStatus));
  return {
    unit: { code: unit.code, name: unit.name },
    counter: presentCounter(counter, principal.fullName ?? null),
    current: current ? presentTicket(current, queue) : null,
    skipped: tickets.filter((t) => t.status === 'skipped').map((t) => presentTicket(t, queue)),
  };
}
