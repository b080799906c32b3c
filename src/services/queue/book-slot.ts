import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { getWeekday, parseIsoDate } from '../../core/calendar/civil-date.ts';
import { formatInstant, parseInstant, WEEKDAY_NAMES_VI } from '../../core/calendar/index.ts';
import { DomainError } from '../../core/errors.ts';
import {
  bookingLimits,
  checkBooking,
  listBookableDates,
  listDaySlots,
  localDateOf,
} from '../../core/queue/booking-rules.ts';
import { formatBookingCode } from '../../core/queue/display-code.ts';
import { type BookingStatus, bookingStatusLabels } from '../../core/queue/queue-types.ts';
import { newId } from '../../db/ids.ts';
import {
  countBookingsBySlot,
  countPersonBookings,
  findBookingByCode,
  insertBooking,
  lockBookingKeys,
} from '../../db/repositories/queue-bookings.ts';
import type { UnitRow } from '../../db/schema.ts';
import type { QueueBookingRow, QueueServiceRow } from '../../db/schema-queue.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { getUnitService } from './issue-ticket.ts';
import { getQueueUnit } from './queue-access.ts';

export const bookSlotSchema = z.object({
  unitCode: z.string().trim().min(1, 'Chọn nơi giải quyết').max(80),
  serviceId: z.uuid('Chọn dịch vụ cần giải quyết'),
  slotStart: z.string().trim().min(10, 'Chọn khung giờ').max(40),
  fullName: z.string().trim().min(2, 'Nhập họ tên').max(200),
  idNumber: z
    .string()
    .trim()
    .regex(/^(\d{9}|\d{12})$/, 'Số CCCD gồm 12 chữ số (CMND 9 chữ số)'),
  phone: z
    .string()
    .trim()
    .regex(/^(\+84|0)\d{9,10}$/, 'Số điện thoại dạng 0912345678'),
  procedureCode: z
    .string()
    .trim()
    .regex(/^\d\.\d{6}$/, 'Mã thủ tục có dạng 1.001193')
    .optional(),
});
export type BookSlotInput = z.infer<typeof bookSlotSchema>;

const hhmm = (ms: number) => formatInstant(ms).slice(11, 16);

export function presentBooking(b: QueueBookingRow, unit: UnitRow, service: QueueServiceRow) {
  const end = b.slotStart.getTime() + b.slotMinutes * 60_000;
  return {
    id: b.id,
    code: b.code,
    status: b.status as BookingStatus,
    statusLabel: bookingStatusLabels[b.status as BookingStatus],
    unit: { code: unit.code, name: unit.name, address: unit.address },
    service: { id: service.id, prefix: service.prefix, name: service.name },
    day: b.day,
    weekday: WEEKDAY_NAMES_VI[getWeekday(parseIsoDate(b.day))],
    slotStart: formatInstant(b.slotStart.getTime()),
    slotEnd: formatInstant(end),
    slotLabel: `${hhmm(b.slotStart.getTime())}–${hhmm(end)}`,
    phoneEnding: b.phone.slice(-3),
  };
}

/**
 * The slots of a service's day with the places left, and the days one may book (today + 6).
 * Working days and office sessions come from the unit's working calendar.
 */
export async function listSlots(
  ctx: ServiceContext,
  input: { unitCode: string; serviceId: string; date?: string },
) {
  const unit = await getQueueUnit(ctx.db, input.unitCode);
  const service = await getUnitService(ctx.db, unit, input.serviceId);
  const now = ctx.clock.now().getTime();
  const calendar = await ctx.calendars.forUnit(ctx.db, unit.tenantId, unit.id);
  const dates = listBookableDates(now).map((date) => ({
    date,
    weekday: WEEKDAY_NAMES_VI[getWeekday(parseIsoDate(date))],
    isWorkingDay: calendar.isWorkingDay(date),
  }));
  const date = input.date ?? dates.find((d) => d.isWorkingDay)?.date ?? dates[0]!.date;
  if (!dates.some((d) => d.date === date))
    throw new DomainError(
      'RULE_VIOLATED',
      `Chỉ đặt lịch từ hôm nay đến ${bookingLimits.daysAhead} ngày tới.`,
      {
        rule: 'booking_date_range',
        field: 'date',
      },
    );
  const taken = await countBookingsBySlot(ctx.db, service.id, date);
  const slots = service.bookingEnabled ? listDaySlots(calendar, date, service.slotMinutes) : [];
  return {
    unit: {
      code: unit.code,
      name: unit.name,
      address: unit.address,
      openingHours: unit.openingHours,
    },
    service: {
      id: service.id,
      prefix: service.prefix,
      name: service.name,
      bookingEnabled: service.bookingEnabled,
    },
    date,
    dates,
    rules: { ...bookingLimits },
    slots: slots.map((s) => ({
      start: formatInstant(s.start),
      end: formatInstant(s.end),
      label: `${hhmm(s.start)}–${hhmm(s.end)}`,
      remaining: Math.max(0, service.slotCapacity - (taken.get(s.start) ?? 0)),
      isPast: s.start <= now,
    })),
  };
}

/**
 * Books a slot (user voice #18: online booking next to walk-ins). The person's day and the slot
 * are locked while counting, so two requests at once cannot both take the last place or a third
 * booking.
 */
export async function bookSlot(ctx: ServiceContext, input: BookSlotInput) {
  let slotStart: number;
  try {
    slotStart = parseInstant(input.slotStart);
  } catch {
    throw new DomainError('VALIDATION_FAILED', 'Khung giờ không hợp lệ.', {
      fields: [{ field: 'slotStart', message: 'Khung giờ không hợp lệ.' }],
    });
  }
  return inTransaction(ctx, async (trx) => {
    const unit = await getQueueUnit(trx, input.unitCode);
    const service = await getUnitService(trx, unit, input.serviceId);
    if (!service.bookingEnabled)
      throw new DomainError(
        'RULE_VIOLATED',
        `Dịch vụ "${service.name}" không nhận đặt lịch trước.`,
        {
          rule: 'booking_enabled',
        },
      );
    const now = ctx.clock.now();
    const date = localDateOf(slotStart);
    const inRange = listBookableDates(now.getTime()).includes(date);
    const calendar = await ctx.calendars.forUnit(trx, unit.tenantId, unit.id);
    await lockBookingKeys(trx, [
      `person:${input.idNumber}:${date}`,
      `slot:${service.id}:${slotStart}`,
    ]);
    const violation = checkBooking({
      now: now.getTime(),
      date,
      slotStart,
      slots: inRange ? listDaySlots(calendar, date, service.slotMinutes) : [],
      capacity: service.slotCapacity,
      bookedInSlot: (await countBookingsBySlot(trx, service.id, date)).get(slotStart) ?? 0,
      personBookingsThatDay: await countPersonBookings(trx, input.idNumber, date),
      isWorkingDay: inRange && calendar.isWorkingDay(date),
    });
    if (violation)
      throw new DomainError('RULE_VIOLATED', violation.message, { rule: violation.rule });
    let code = formatBookingCode(randomBytes(8));
    while (await findBookingByCode(trx, code)) code = formatBookingCode(randomBytes(8));
    const booking = await insertBooking(trx, {
      id: newId(now.getTime()),
      tenantId: unit.tenantId,
      unitId: unit.id,
      serviceId: service.id,
      day: date,
      slotStart: new Date(slotStart),
      slotMinutes: service.slotMinutes,
      fullName: input.fullName,
      idNumber: input.idNumber,
      phone: input.phone,
      procedureCode: input.procedureCode ?? null,
      code,
      status: 'booked',
      createdAt: now,
    });
    return presentBooking(booking, unit, service);
  });
}
