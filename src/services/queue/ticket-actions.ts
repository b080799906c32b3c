import type { Updateable } from 'kysely';
import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import { type Principal, requireScope } from '../../core/organisation/permissions.ts';
import type { TicketAction } from '../../core/queue/ticket-transitions.ts';
import type { Executor } from '../../db/database.ts';
import { findCounterById, findTicketById } from '../../db/repositories/queue.ts';
import type { QueueTicketRow, QueueTicketTable } from '../../db/schema-queue.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { requireFreeCounter } from './call-next.ts';
import { getUnitService } from './issue-ticket.ts';
import { getOwnCounter, getQueueUnitById, queueDayOf } from './queue-access.ts';
import { publishQueueChange } from './queue-bus.ts';
import { changeTicket } from './ticket-writes.ts';

async function getTicket(trx: Executor, ticketId: string): Promise<QueueTicketRow> {
  const ticket = await findTicketById(trx, ticketId, { lock: true });
  if (!ticket) throw new DomainError('NOT_FOUND', 'Không có số thứ tự này.');
  return ticket;
}

type Build = (
  trx: Executor,
  ticket: QueueTicketRow,
  now: Date,
) => Promise<{ changes: Updateable<QueueTicketTable>; details?: Record<string, unknown> }>;

/** An action on a ticket at the counter the officer holds (open or paused). */
async function actAtCounter(
  ctx: ServiceContext,
  principal: Principal,
  ticketId: string,
  action: TicketAction,
  build: Build,
): Promise<QueueTicketRow> {
  const updated = await inTransaction(ctx, async (trx) => {
    const ticket = await getTicket(trx, ticketId);
    if (!ticket.counterId)
      throw new DomainError(
        'RULE_VIOLATED',
        `Số ${ticket.displayCode} chưa được gọi tới quầy nào.`,
        {
          rule: 'ticket_at_counter',
        },
      );
    const counter = await getOwnCounter(trx, principal, ticket.counterId, { allowPaused: true });
    const now = ctx.clock.now();
    if (action === 'recall' && ticket.status === 'skipped')
      await requireFreeCounter(trx, counter, queueDayOf(now));
    const { changes, details } = await build(trx, ticket, now);
    return changeTicket(trx, ticket, action, changes, {
      at: now,
      counterId: counter.id,
      officerId: principal.userId,
      details: { counterNumber: counter.number, ...details },
    });
  });
  publishQueueChange(updated.unitId);
  return updated;
}

/** "Gọi lại": the same ticket called again (a skipped one too, when its holder turns up). */
export const recallTicket = (ctx: ServiceContext, principal: Principal, id: string) =>
  actAtCounter(ctx, principal, id, 'recall', async (_trx, t, now) => ({
    changes: { calledAt: now, callCount: t.callCount + 1 },
  }));

export const startServing = (ctx: ServiceContext, principal: Principal, id: string) =>
  actAtCounter(ctx, principal, id, 'start', async (_trx, _t, now) => ({
    changes: { servingAt: now },
  }));

export const finishTicket = (ctx: ServiceContext, principal: Principal, id: string) =>
  actAtCounter(ctx, principal, id, 'finish', async (_trx, _t, now) => ({
    changes: { finishedAt: now },
  }));

/** "Bỏ qua": called and not there. A recall brings it back the same day. */
export const skipTicket = (ctx: ServiceContext, principal: Principal, id: string) =>
  actAtCounter(ctx, principal, id, 'skip', async () => ({ changes: {} }));

export const transferSchema = z
  .object({
    counterId: z.uuid('Quầy chuyển đến không hợp lệ').optional(),
    serviceId: z.uuid('Dịch vụ chuyển đến không hợp lệ').optional(),
  })
  .refine((v) => v.counterId || v.serviceId, 'Chọn quầy hoặc dịch vụ chuyển đến.');

/**
 * "Chuyển": back to waiting for another counter or service, keeping its rank instant, so by the
 * fair rule it keeps its place there.
 */
export const transferTicket = (
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: z.infer<typeof transferSchema>,
) =>
  actAtCounter(ctx, principal, id, 'transfer', async (trx, t) => {
    const unit = await getQueueUnitById(trx, t.unitId);
    const service = await getUnitService(trx, unit, input.serviceId ?? t.serviceId);
    let targetCounterId: string | null = null;
    if (input.counterId) {
      const target = await findCounterById(trx, input.counterId);
      if (!target || target.unitId !== t.unitId || !target.isActive)
        throw new DomainError('NOT_FOUND', 'Không có quầy chuyển đến tại đơn vị này.', {
          field: 'counterId',
        });
      if (target.id === t.counterId)
        throw new DomainError('RULE_VIOLATED', 'Số đang ở chính quầy này.', {
          rule: 'transfer_target',
        });
      if (!target.serviceIds.includes(service.id))
        throw new DomainError(
          'RULE_VIOLATED',
          `Quầy số ${target.number} không phục vụ "${service.name}"; chọn dịch vụ hoặc quầy khác.`,
          { rule: 'transfer_target', field: 'counterId' },
        );
      targetCounterId = target.id;
    }
    return {
      changes: {
        serviceId: service.id,
        targetCounterId,
        counterId: null,
        officerId: null,
        calledAt: null,
        servingAt: null,
        transferCount: t.transferCount + 1,
      },
      details: {
        fromServiceId: t.serviceId,
        fromCounterId: t.counterId,
        toServiceId: service.id,
        toCounterId: targetCounterId,
      },
    };
  });

/** An officer of the unit cancels a waiting ticket (the citizen left, a duplicate). */
export async function cancelTicket(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<QueueTicketRow> {
  const updated = await inTransaction(ctx, async (trx) => {
    const ticket = await getTicket(trx, id);
    requireScope(principal, 'queue.serve', ticket.unitId);
    return changeTicket(
      trx,
      ticket,
      'cancel',
      {},
      {
        at: ctx.clock.now(),
        counterId: null,
        officerId: principal.userId,
      },
    );
  });
  publishQueueChange(updated.unitId);
  return updated;
}
