import type { Updateable } from 'kysely';
import { DomainError } from '../../core/errors.ts';
import type { QueueEventKind, TicketStatus } from '../../core/queue/queue-types.ts';
import { applyTicketAction, type TicketAction } from '../../core/queue/ticket-transitions.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { updateTicketIfStatus } from '../../db/repositories/queue.ts';
import { insertQueueEvent } from '../../db/repositories/queue-events.ts';
import type { QueueTicketRow, QueueTicketTable } from '../../db/schema-queue.ts';

export interface EventFacts {
  at: Date;
  counterId: string | null;
  officerId: string | null;
  details?: Record<string, unknown>;
}

/** Appends one stage change to the ticket's log (the timed stages for statistics). */
export async function recordQueueEvent(
  trx: Executor,
  ticket: QueueTicketRow,
  kind: QueueEventKind,
  from: TicketStatus | null,
  facts: EventFacts,
): Promise<void> {
  await insertQueueEvent(trx, {
    id: newId(facts.at.getTime()),
    tenantId: ticket.tenantId,
    unitId: ticket.unitId,
    ticketId: ticket.id,
    ticketSeq: ticket.version,
    kind,
    at: facts.at,
    serviceId: ticket.serviceId,
    counterId: facts.counterId,
    officerId: facts.officerId,
    fromStatus: from,
    toStatus: ticket.status,
    details: JSON.stringify(facts.details ?? {}),
  });
}

const eventOf: Record<TicketAction, QueueEventKind> = {
  call: 'called',
  recall: 'recalled',
  start: 'serving',
  finish: 'finished',
  skip: 'skipped',
  transfer: 'transferred',
  cancel: 'cancelled',
  expire: 'no_show',
};

/**
 * One guarded stage change: the transition table decides the new status, the row changes only if
 * nobody moved the ticket meanwhile (else 409), and the event is appended in the same transaction.
 */
export async function changeTicket(
  trx: Executor,
  ticket: QueueTicketRow,
  action: TicketAction,
  changes: Updateable<QueueTicketTable>,
  facts: EventFacts,
): Promise<QueueTicketRow> {
  const from = ticket.status as TicketStatus;
  const to = applyTicketAction(from, action);
  const updated = await updateTicketIfStatus(trx, ticket.id, from, { ...changes, status: to });
  if (!updated)
    throw new DomainError(
      'CONFLICT',
      `Số ${ticket.displayCode} vừa được cập nhật ở nơi khác; tải lại.`,
    );
  await recordQueueEvent(trx, updated, eventOf[action], from, facts);
  return updated;
}
