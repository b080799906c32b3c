import { formatIsoDate, type IsoDate, parseIsoDate } from '../calendar/civil-date.ts';
import { getLocalDay, getLocalMidnight } from '../calendar/instant.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';

/**
 * Online booking next to walk-ins (user voice #18 and target 23, after Hà Nội's iHanoi rules):
 * at most 2 bookings a day per person, up to 6 days ahead, only on the unit's working days and
 * inside its office sessions, and no more than the service's capacity per slot.
 */
export const bookingLimits = { perPersonPerDay: 2, daysAhead: 6 } as const;

export interface Slot {
  start: number;
  end: number;
}

export function localDateOf(ms: number): IsoDate {
  return formatIsoDate(getLocalDay(ms));
}

/** The slots of a day: each office session cut into whole slots; none on a day off. */
export function listDaySlots(
  calendar: WorkingCalendar,
  date: IsoDate,
  slotMinutes: number,
): Slot[] {
  if (!calendar.isWorkingDay(date)) return [];
  const midnight = getLocalMidnight(parseIsoDate(date));
  const slots: Slot[] = [];
  for (const session of calendar.sessions) {
    for (let m = session.start; m + slotMinutes <= session.end; m += slotMinutes) {
      slots.push({ start: midnight + m * 60_000, end: midnight + (m + slotMinutes) * 60_000 });
    }
  }
  return slots;
}

/** The days a citizen may book from `now`: today through today + 6, as local dates. */
export function listBookableDates(now: number): IsoDate[] {
  const today = getLocalDay(now);
  return Array.from({ length: bookingLimits.daysAhead + 1 }, (_, i) => formatIsoDate(today + i));
}

export type BookingRule =
  | 'booking_date_range'
  | 'booking_working_day'
  | 'booking_slot'
  | 'booking_slot_past'
  | 'booking_slot_full'
  | 'booking_person_limit';

export interface BookingViolation {
  rule: BookingRule;
  message: string;
}

export interface BookingFacts {
  now: number;
  date: IsoDate;
  slotStart: number;
  /** The slots of `date` (listDaySlots). */
  slots: readonly Slot[];
  capacity: number;
  /** Bookings already holding this slot (not cancelled). */
  bookedInSlot: number;
  /** The person's bookings that day at any unit (not cancelled). */
  personBookingsThatDay: number;
  isWorkingDay: boolean;
}

/** The first rule the request breaks, or null. */
export function checkBooking(facts: BookingFacts): BookingViolation | null {
  const offset = parseIsoDate(facts.date) - getLocalDay(facts.now);
  if (offset < 0 || offset > bookingLimits.daysAhead)
    return {
      rule: 'booking_date_range',
      message: `Chỉ đặt lịch từ hôm nay đến ${bookingLimits.daysAhead} ngày tới.`,
    };
  if (!facts.isWorkingDay)
    return {
      rule: 'booking_working_day',
      message: 'Ngày đã chọn là ngày nghỉ của cơ quan; hãy chọn một ngày làm việc.',
    };
  if (!facts.slots.some((s) => s.start === facts.slotStart))
    return {
      rule: 'booking_slot',
      message: 'Khung giờ đã chọn không nằm trong giờ làm việc của cơ quan.',
    };
  if (facts.slotStart <= facts.now)
    return { rule: 'booking_slot_past', message: 'Khung giờ đã chọn đã qua; hãy chọn khung khác.' };
  if (facts.bookedInSlot >= facts.capacity)
    return { rule: 'booking_slot_full', message: 'Khung giờ đã hết chỗ; hãy chọn khung khác.' };
  if (facts.personBookingsThatDay >= bookingLimits.perPersonPerDay)
    return {
      rule: 'booking_person_limit',
      message: `Mỗi người được đặt tối đa ${bookingLimits.perPersonPerDay} lượt trong một ngày.`,
    };
  return null;
}
