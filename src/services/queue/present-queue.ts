import { formatInstant } from '../../core/calendar/index.ts';
import {
  type CounterStatus,
  counterStatusLabels,
  type PriorityKind,
  priorityLabels,
  type TicketStatus,
  ticketStatusLabels,
} from '../../core/queue/queue-types.ts';
import type { CounterWithServices } from '../../db/repositories/queue.ts';
import type { QueueServiceRow, QueueTicketRow } from '../../db/schema-queue.ts';

export const iso = (d: Date | null) => (d ? formatInstant(d.getTime()) : null);

export function presentService(s: QueueServiceRow) {
  return {
    id: s.id,
    prefix: s.prefix,
    name: s.name,
    fields: s.fields,
    averageServiceMinutes: s.averageServiceMinutes,
    bookingEnabled: s.bookingEnabled,
    slotMinutes: s.slotMinutes,
    slotCapacity: s.slotCapacity,
    sortOrder: s.sortOrder,
    isActive: s.isActive,
  };
}

export function presentCounter(c: CounterWithServices, officerName?: string | null) {
  return {
    id: c.id,
    number: c.number,
    name: c.name,
    isPriority: c.isPriority,
    status: c.status as CounterStatus,
    statusLabel: counterStatusLabels[c.status as CounterStatus],
    serviceIds: c.serviceIds,
    officer: c.officerId ? { id: c.officerId, fullName: officerName ?? null } : null,
    isActive: c.isActive,
  };
}

/** A ticket as officers see it; the public page gets `presentPublicTicket`. */
export function presentTicket(
  t: QueueTicketRow,
  lookups: {
    serviceById: Map<string, QueueServiceRow>;
    counterById?: Map<string, { number: number; name: string }>;
  },
) {
  const service = lookups.serviceById.get(t.serviceId);
  const counter = t.counterId ? lookups.counterById?.get(t.counterId) : undefined;
  return {
    id: t.id,
    displayCode: t.displayCode,
    status: t.status as TicketStatus,
    statusLabel: ticketStatusLabels[t.status as TicketStatus],
    priority: t.priority as PriorityKind,
    priorityLabel: priorityLabels[t.priority as PriorityKind],
    source: t.source as 'walk_in' | 'booking',
    service: service
      ? { id: service.id, prefix: service.prefix, name: service.name }
      : { id: t.serviceId, prefix: '', name: '' },
    procedureCode: t.procedureCode,
    day: t.day,
    issuedAt: iso(t.issuedAt),
    rankAt: iso(t.rankAt),
    calledAt: iso(t.calledAt),
    servingAt: iso(t.servingAt),
    finishedAt: iso(t.finishedAt),
    counter: t.counterId
      ? { id: t.counterId, number: counter?.number ?? null, name: counter?.name ?? null }
      : null,
    targetCounterId: t.targetCounterId,
    callCount: t.callCount,
    transferCount: t.transferCount,
  };
}

export type TicketView = ReturnType<typeof presentTicket>;
