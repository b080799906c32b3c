import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import { isBookingCode, normaliseBookingCode } from '../../core/queue/display-code.ts';
import { rankBookingCheckIn } from '../../core/queue/fair-order.ts';
import type { PriorityKind } from '../../core/queue/queue-types.ts';
import type { Executor } from '../../db/database.ts';
import { findServiceById } from '../../db/repositories/queue.ts';
import {
  findBookingByCode,
  findBookingById,
  updateBooking,
} from '../../db/repositories/queue-bookings.ts';
import type { QueueBookingRow, QueueTicketRow } from '../../db/schema-queue.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { presentBooking } from './book-slot.ts';
import { createTicket } from './issue-ticket.ts';
import { getQueueUnit, getQueueUnitById, queueDayOf } from './queue-access.ts';
import { publishQueueChange } from './queue-bus.ts';

export const bookingCodeSchema = z
  .string()
  .trim()
  .transform(normaliseBookingCode)
  .refine(isBookingCode, 'Mã đặt lịch gồm 8 ký tự, ví dụ K7M4PQ2X');

export const cancelBookingSchema = z.object({
  idNumber: z
    .string()
    .trim()
    .regex(/^(\d{9}|\d{12})$/, 'Số CCCD gồm 12 chữ số (CMND 9 chữ số)'),
});

const notFound = () =>
  new DomainError('NOT_FOUND', 'Không tìm thấy lịch hẹn với mã và số giấy tờ đã nhập.', {
    field: 'code',
  });

async function getBooking(trx: Executor, code: string): Promise<QueueBookingRow> {
  const booking = await findBookingByCode(trx, code, { lock: true });
  if (!booking) throw notFound();
  return booking;
}

async function present(trx: Executor, booking: QueueBookingRow) {
  const unit = await getQueueUnitById(trx, booking.unitId);
  const service = (await findServiceById(trx, booking.serviceId))!;
  return presentBooking(booking, unit, service);
}

/** A booking by its id (the confirmation page after booking); nothing personal but the code. */
export async function getBookingById(ctx: ServiceContext, id: string) {
  const booking = await findBookingById(ctx.db, id);
  if (!booking) throw notFound();
  return present(ctx.db, booking);
}

/** The citizen cancels with the code and the identity number (the second factor). */
export async function cancelBooking(ctx: ServiceContext, code: string, idNumber: string) {
  return inTransaction(ctx, async (trx) => {
    const booking = await getBooking(trx, code);
    // Reveal nothing to someone who only guessed the code.
    if (booking.idNumber !== idNumber) throw notFound();
    if (booking.status !== 'booked')
      throw new DomainError('RULE_VIOLATED', 'Lịch hẹn này đã được sử dụng hoặc đã hủy.', {
        rule: 'booking_open',
      });
    const now = ctx.clock.now();
    await updateBooking(trx, booking.id, { status: 'cancelled', cancelledAt: now });
    return present(trx, { ...booking, status: 'cancelled', cancelledAt: now });
  });
}

/**
 * Check-in at the kiosk on the booking's day: the booking becomes a ticket ranked at its slot
 * start if on time, or at the check-in instant if late (the fair rule, core/queue/fair-order.ts).
 */
export async function checkInBooking(
  ctx: ServiceContext,
  code: string,
  options: { unitCode?: string; priority?: PriorityKind } = {},
): Promise<{ ticket: QueueTicketRow; onTime: boolean }> {
  const { unitCode } = options;
  const result = await inTransaction(ctx, async (trx) => {
    const booking = await getBooking(trx, code);
    const unit = await getQueueUnitById(trx, booking.unitId);
    if (unitCode && (await getQueueUnit(trx, unitCode)).id !== unit.id)
      throw new DomainError('RULE_VIOLATED', `Lịch hẹn này đặt tại ${unit.name}.`, {
        rule: 'booking_unit',
      });
    if (booking.status !== 'booked')
      throw new DomainError('RULE_VIOLATED', 'Lịch hẹn này đã được sử dụng hoặc đã hủy.', {
        rule: 'booking_open',
      });
    const now = ctx.clock.now();
    if (booking.day !== queueDayOf(now))
      throw new DomainError(
        'RULE_VIOLATED',
        `Lịch hẹn của bạn vào ngày ${booking.day.split('-').reverse().join('/')}; hãy đến đúng ngày hẹn.`,
        { rule: 'booking_day' },
      );
    const service = (await findServiceById(trx, booking.serviceId))!;
    const { rankAt, onTime } = rankBookingCheckIn(booking.slotStart.getTime(), now.getTime());
    const ticket = await createTicket(trx, {
      unit,
      service,
      priority: options.priority ?? 'none',
      now,
      rankAt: new Date(rankAt),
      source: 'booking',
      bookingId: booking.id,
      procedureCode: booking.procedureCode,
      details: { bookingCode: booking.code, onTime },
    });
    await updateBooking(trx, booking.id, {
      status: 'checked_in',
      ticketId: ticket.id,
      checkedInAt: now,
    });
    return { ticket, onTime };
  });
  publishQueueChange(result.ticket.unitId);
  return result;
}
