import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import { formatDisplayCode } from '../../core/queue/display-code.ts';
import { priorityKinds } from '../../core/queue/queue-types.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { findServiceById, insertTicket, takeNextTicketSeq } from '../../db/repositories/queue.ts';
import type { UnitRow } from '../../db/schema.ts';
import type { QueueServiceRow, QueueTicketRow } from '../../db/schema-queue.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { getQueueUnit, queueDayOf } from './queue-access.ts';
import { publishQueueChange } from './queue-bus.ts';
import { recordQueueEvent } from './ticket-writes.ts';

export const issueTicketSchema = z.object({
  serviceId: z.uuid({ error: 'Chọn dịch vụ cần giải quyết.' }),
  priority: z.enum(priorityKinds, { error: 'Diện ưu tiên không hợp lệ.' }).default('none'),
  procedureCode: z
    .string()
    .trim()
    .regex(/^\d\.\d{6}$/, { error: 'Mã thủ tục có dạng 1.001193.' })
    .optional(),
});
export type IssueTicketInput = z.infer<typeof issueTicketSchema>;

/** The service chosen at the unit's kiosk: it must belong to the unit and be offered. */
export async function getUnitService(
  db: Executor,
  unit: UnitRow,
  serviceId: string,
): Promise<QueueServiceRow> {
  const service = await findServiceById(db, serviceId);
  if (!service || service.unitId !== unit.id || !service.isActive)
    throw new DomainError('NOT_FOUND', `${unit.name} không có dịch vụ đã chọn.`, {
      field: 'serviceId',
    });
  return service;
}

/** Numbers and writes a ticket with its "issued" event (kiosk issue and booking check-in). */
export async function createTicket(
  trx: Executor,
  input: {
    unit: UnitRow;
    service: QueueServiceRow;
    priority: IssueTicketInput['priority'];
    now: Date;
    rankAt: Date;
    source: 'walk_in' | 'booking';
    bookingId: string | null;
    procedureCode: string | null;
    details?: Record<string, unknown>;
  },
): Promise<QueueTicketRow> {
  const day = queueDayOf(input.now);
  const seq = await takeNextTicketSeq(trx, input.unit.id, day, input.service.prefix);
  const ticket = await insertTicket(trx, {
    id: newId(input.now.getTime()),
    tenantId: input.unit.tenantId,
    unitId: input.unit.id,
    serviceId: input.service.id,
    day,
    seq,
    displayCode: formatDisplayCode(input.service.prefix, seq),
    priority: input.priority,
    source: input.source,
    bookingId: input.bookingId,
    procedureCode: input.procedureCode,
    status: 'waiting',
    rankAt: input.rankAt,
    issuedAt: input.now,
  });
  await recordQueueEvent(trx, ticket, 'issued', null, {
    at: input.now,
    counterId: null,
    officerId: null,
    details: { priority: input.priority, source: input.source, ...input.details },
  });
  return ticket;
}

/**
 * The kiosk (Decree 118/2025 Art. 13: a ticket machine linked to the TTHC system): a walk-in
 * ticket ranked at its issue instant. Public; rate-limited at the HTTP layer.
 */
export async function issueTicket(
  ctx: ServiceContext,
  unitCode: string,
  input: IssueTicketInput,
): Promise<QueueTicketRow> {
  const ticket = await inTransaction(ctx, async (trx) => {
    const unit = await getQueueUnit(trx, unitCode);
    const service = await getUnitService(trx, unit, input.serviceId);
    const now = ctx.clock.now();
    return createTicket(trx, {
      unit,
      service,
      priority: input.priority,
      now,
      rankAt: now,
      source: 'walk_in',
      bookingId: null,
      procedureCode: input.procedureCode ?? null,
    });
  });
  publishQueueChange(ticket.unitId);
  return ticket;
}
