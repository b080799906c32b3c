import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { describeWait } from '../../core/queue/expected-wait.ts';
import { findTicketById, listWaitingTickets } from '../../db/repositories/queue.ts';
import { findBookingById } from '../../db/repositories/queue-bookings.ts';
import { listDossiersOfTicket, listTicketEvents } from '../../db/repositories/queue-events.ts';
import type { QueueTicketRow } from '../../db/schema-queue.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitQueue } from './load-unit-queue.ts';
import { iso, presentTicket } from './present-queue.ts';
import { getQueueUnitById, requireAnyScope } from './queue-access.ts';
import { loadWaitEstimator } from './wait-estimates.ts';

async function getTicketRow(ctx: ServiceContext, id: string): Promise<QueueTicketRow> {
  const ticket = await findTicketById(ctx.db, id);
  if (!ticket) throw new DomainError('NOT_FOUND', 'Không có số thứ tự này.');
  return ticket;
}

/**
 * What the printed ticket and its page show: number, service, time, people ahead and the expected
 * wait, the counter once called. Nothing personal (a booking's holder is not shown).
 */
export async function getPublicTicket(ctx: ServiceContext, id: string) {
  const ticket = await getTicketRow(ctx, id);
  const unit = await getQueueUnitById(ctx.db, ticket.unitId);
  const queue = await loadUnitQueue(ctx.db, unit.id);
  const view = presentTicket(ticket, queue);
  let wait: { ahead: number; expectedWaitMinutes: number; expectedWaitLabel: string } | null = null;
  if (ticket.status === 'waiting') {
    const waiting = await listWaitingTickets(ctx.db, unit.id, ticket.day);
    const estimator = await loadWaitEstimator(ctx.db, {
      unitId: unit.id,
      day: ticket.day,
      services: queue.services,
      counters: queue.counters,
      waiting,
    });
    const e = estimator.estimate(ticket);
    wait = {
      ahead: e.ahead,
      expectedWaitMinutes: e.expectedWaitMinutes,
      expectedWaitLabel: describeWait(e.expectedWaitMinutes),
    };
  }
  return {
    id: view.id,
    displayCode: view.displayCode,
    status: view.status,
    statusLabel: view.statusLabel,
    priority: view.priority,
    priorityLabel: view.priorityLabel,
    source: view.source,
    service: { prefix: view.service.prefix, name: view.service.name },
    unit: { code: unit.code, name: unit.name, address: unit.address },
    day: view.day,
    issuedAt: view.issuedAt,
    calledAt: view.calledAt,
    counter: view.counter ? { number: view.counter.number, name: view.counter.name } : null,
    ahead: wait?.ahead ?? null,
    expectedWaitMinutes: wait?.expectedWaitMinutes ?? null,
    expectedWaitLabel: wait?.expectedWaitLabel ?? null,
  };
}

export type PublicTicket = Awaited<ReturnType<typeof getPublicTicket>>;

/**
 * A ticket for an officer of its unit: the booking's holder (to fill the intake form), the
 * dossiers received from it and its timed stages.
 */
export async function getTicketDetail(ctx: ServiceContext, principal: Principal, id: string) {
  const ticket = await getTicketRow(ctx, id);
  requireAnyScope(principal, ['queue.serve', 'dossier.receive', 'queue.manage'], ticket.unitId);
  const unit = await getQueueUnitById(ctx.db, ticket.unitId);
  const queue = await loadUnitQueue(ctx.db, unit.id);
  const booking = ticket.bookingId ? await findBookingById(ctx.db, ticket.bookingId) : undefined;
  const dossiers = await listDossiersOfTicket(ctx.db, ticket.id);
  const events = await listTicketEvents(ctx.db, ticket.id);
  return {
    ...presentTicket(ticket, queue),
    unit: { code: unit.code, name: unit.name },
    booking: booking
      ? {
          code: booking.code,
          fullName: booking.fullName,
          idNumber: booking.idNumber,
          phone: booking.phone,
          slotStart: iso(booking.slotStart),
          procedureCode: booking.procedureCode,
        }
      : null,
    dossiers,
    events: events.map((e) => ({
      kind: e.kind,
      at: iso(e.at),
      counterNumber: e.counterId ? (queue.counterById.get(e.counterId)?.number ?? null) : null,
      officerId: e.officerId,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
    })),
  };
}
