import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar } from '../calendar/build-working-calendar.ts';
import {
  type BookingFacts,
  checkBooking,
  listBookableDates,
  listDaySlots,
} from './booking-rules.ts';

const calendar = buildWorkingCalendar({
  fromYear: 2026,
  toYear: 2026,
  overrides: [{ date: '2026-03-04', kind: 'holiday', name: 'Nghỉ (thử)' }],
});
const at = (iso: string) => Date.parse(iso);

describe('booking rules', () => {
  it('cuts each office session into whole slots and offers none on a day off', () => {
    const slots = listDaySlots(calendar, '2026-03-03', 30);
    // 07:30–11:30 and 13:30–17:30: 8 + 8 half-hour slots.
    expect(slots).toHaveLength(16);
    expect(slots[0]!.start).toBe(at('2026-03-03T07:30:00+07:00'));
    expect(slots[7]!.end).toBe(at('2026-03-03T11:30:00+07:00'));
    expect(slots[8]!.start).toBe(at('2026-03-03T13:30:00+07:00'));
    expect(listDaySlots(calendar, '2026-03-03', 45)).toHaveLength(10); // 5 whole slots a session
    expect(listDaySlots(calendar, '2026-03-04', 30)).toEqual([]); // the holiday
    expect(listDaySlots(calendar, '2026-03-07', 30)).toEqual([]); // Saturday
  });

  it('lists today and the 6 following days', () => {
    expect(listBookableDates(at('2026-03-02T23:30:00+07:00'))).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
  });

  const now = at('2026-03-02T09:00:00+07:00');
  const ok: BookingFacts = {
    now,
    date: '2026-03-03',
    slotStart: at('2026-03-03T08:00:00+07:00'),
    slots: listDaySlots(calendar, '2026-03-03', 30),
    capacity: 4,
    bookedInSlot: 3,
    personBookingsThatDay: 1,
    isWorkingDay: true,
  };

  it('accepts a booking that keeps every rule', () => {
    expect(checkBooking(ok)).toBeNull();
  });

  it.each([
    ['booking_date_range', { date: '2026-03-09', slotStart: at('2026-03-09T08:00:00+07:00') }],
    ['booking_date_range', { date: '2026-03-01' }],
    ['booking_working_day', { isWorkingDay: false }],
    ['booking_slot', { slotStart: at('2026-03-03T12:00:00+07:00') }],
    ['booking_slot', { slotStart: at('2026-03-03T08:10:00+07:00') }],
    [
      'booking_slot_past',
      {
        date: '2026-03-02',
        slotStart: at('2026-03-02T08:30:00+07:00'),
        slots: listDaySlots(calendar, '2026-03-02', 30),
      },
    ],
    ['booking_slot_full', { bookedInSlot: 4 }],
    ['booking_person_limit', { personBookingsThatDay: 2 }],
  ] as const)('refuses %s', (rule, change) => {
    const violation = checkBooking({ ...ok, ...change });
    expect(violation?.rule).toBe(rule);
    expect(violation?.message).toMatch(
      /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/,
    );
  });

  it('allows the 6th day ahead but not the 7th', () => {
    const sixth = {
      date: '2026-03-06',
      slotStart: at('2026-03-06T08:00:00+07:00'),
      slots: listDaySlots(calendar, '2026-03-06', 30),
    };
    expect(checkBooking({ ...ok, now: at('2026-02-28T09:00:00+07:00'), ...sixth })).toBeNull();
    expect(checkBooking({ ...ok, now: at('2026-02-27T09:00:00+07:00'), ...sixth })?.rule).toBe(
      'booking_date_range',
    );
  });
});
