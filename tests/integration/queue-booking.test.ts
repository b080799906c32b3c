import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../support/test-app.ts';
import { centre, loadServices, wardCentre } from './queue-helpers.ts';

/**
 * Online booking (user voice #18, target 23): at most 2 bookings a day per person, up to 6 days
 * ahead, working days and office sessions of the unit's calendar only, slot capacity; cancel with
 * the identity number; check-in on the day at the right unit; public writes rate-limited.
 * Tuesday 28 April 2026 (the Monday is the Hùng Kings' compensatory day): Thursday 30 April and
 * Friday 1 May are public holidays.
 */
let t: TestApp;
let serviceA: string;
let ip = 0;

beforeAll(async () => {
  t = await createTestApp({ start: '2026-04-28T08:00:00+07:00' });
  serviceA = (await loadServices(t.app)).get('A')!;
});
afterAll(() => t?.close());

/** Each request from its own address unless given one, so the rate limit only bites where tested. */
function book(slotStart: string, idNumber: string, from = `10.0.0.${++ip}`) {
  return call(
    t.app,
    undefined,
    'POST',
    '/api/v1/queue/bookings',
    {
      unitCode: centre,
      serviceId: serviceA,
      slotStart,
      fullName: 'Phạm Văn Đức',
      idNumber,
      phone: '0912345678',
    },
    { 'x-forwarded-for': from },
  );
}

async function expectRefused(slotStart: string, idNumber: string, rule: string) {
  const r = await book(slotStart, idNumber);
  expect(r.statusCode, r.body).toBe(422);
  expect(r.json().details.rule).toBe(rule);
  expect(r.json().message).toMatch(/[ạảãàáâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự]/);
}

describe('booking limits', () => {
  it('allows two bookings a day per person, a third is refused; a cancellation frees one', async () => {
    const first = await book('2026-04-29T08:00:00+07:00', '033095000001');
    const second = await book('2026-04-29T14:00:00+07:00', '033095000001');
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(first.json().code).toMatch(/^[A-Z2-9]{8}$/);
    expect(first.json()).toMatchObject({
      slotLabel: '08:00–08:30',
      weekday: 'Thứ Tư',
      status: 'booked',
    });
    await expectRefused('2026-04-29T15:00:00+07:00', '033095000001', 'booking_person_limit');
    // Another day is another day.
    expect((await book('2026-05-04T08:00:00+07:00', '033095000001')).statusCode).toBe(201);
    const wrongId = await call(
      t.app,
      undefined,
      'POST',
      `/api/v1/queue/bookings/${first.json().code}/cancel`,
      { idNumber: '033095000009' },
    );
    expect(wrongId.statusCode).toBe(404);
    const cancelled = await call(
      t.app,
      undefined,
      'POST',
      `/api/v1/queue/bookings/${first.json().code}/cancel`,
      { idNumber: '033095000001' },
    );
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    const twice = await call(
      t.app,
      undefined,
      'POST',
      `/api/v1/queue/bookings/${first.json().code}/cancel`,
      { idNumber: '033095000001' },
    );
    expect(twice.statusCode).toBe(422);
    expect((await book('2026-04-29T15:00:00+07:00', '033095000001')).statusCode).toBe(201);
  });

  it('books up to 6 days ahead, on working days and in office sessions only', async () => {
    await expectRefused('2026-05-05T08:00:00+07:00', '033095000002', 'booking_date_range'); // 7 days
    await expectRefused('2026-04-27T08:00:00+07:00', '033095000002', 'booking_date_range'); // yesterday
    await expectRefused('2026-04-30T08:00:00+07:00', '033095000002', 'booking_working_day'); // 30/4
    await expectRefused('2026-05-02T08:00:00+07:00', '033095000002', 'booking_working_day'); // Saturday
    await expectRefused('2026-04-29T12:00:00+07:00', '033095000002', 'booking_slot'); // lunch
    await expectRefused('2026-04-29T08:10:00+07:00', '033095000002', 'booking_slot'); // not a slot start
    await expectRefused('2026-04-29T17:30:00+07:00', '033095000002', 'booking_slot'); // after hours
    await expectRefused('2026-04-28T07:30:00+07:00', '033095000002', 'booking_slot_past'); // today, gone
    // Tuesday 5 May is 7 days ahead; from Wednesday 29 it is within reach.
    t.clock.set('2026-04-29T08:00:00+07:00');
    expect((await book('2026-05-05T08:00:00+07:00', '033095000002')).statusCode).toBe(201);
    t.clock.set('2026-04-28T08:00:00+07:00');
  });

  it('lists the days and slots with the places left, from the calendar', async () => {
    const r = await call(
      t.app,
      undefined,
      'GET',
      `/api/v1/queue/units/${centre}/slots?service=${serviceA}&date=2026-04-29`,
    );
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(
      body.dates.map((d: { date: string; isWorkingDay: boolean }) => `${d.date}:${d.isWorkingDay}`),
    ).toEqual([
      '2026-04-28:true',
      '2026-04-29:true',
      '2026-04-30:false',
      '2026-05-01:false',
      '2026-05-02:false',
      '2026-05-03:false',
      '2026-05-04:true',
    ]);
    expect(body.slots).toHaveLength(16);
    // 08:00 was booked then cancelled (4 places), 14:00 and 15:00 each hold one.
    const left = (label: string) =>
      body.slots.find((s: { label: string }) => s.label === label).remaining;
    expect([left('08:00–08:30'), left('14:00–14:30'), left('15:00–15:30')]).toEqual([4, 3, 3]);
    const holiday = await call(
      t.app,
      undefined,
      'GET',
      `/api/v1/queue/units/${centre}/slots?service=${serviceA}&date=2026-04-30`,
    );
    expect(holiday.json().slots).toEqual([]);
  });

  it('fills a slot to its capacity; the last place goes to one of two simultaneous requests', async () => {
    const slot = '2026-04-29T09:00:00+07:00';
    for (const n of [11, 12, 13]) expect((await book(slot, `0330950000${n}`)).statusCode).toBe(201);
    const race = await Promise.all([book(slot, '033095000014'), book(slot, '033095000015')]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 422]);
    await expectRefused(slot, '033095000016', 'booking_slot_full');
  });
});

describe('check-in at the kiosk', () => {
  it('works on the booking day at its unit only, once', async () => {
    const booked = await book('2026-04-29T10:00:00+07:00', '033095000020');
    const code = booked.json().code;
    const early = await call(t.app, undefined, 'POST', `/api/v1/queue/bookings/${code}/check-in`, {
      unitCode: centre,
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().details.rule).toBe('booking_day');
    t.clock.set('2026-04-29T09:55:00+07:00');
    const elsewhere = await call(
      t.app,
      undefined,
      'POST',
      `/api/v1/queue/bookings/${code}/check-in`,
      { unitCode: wardCentre },
    );
    expect(elsewhere.json().details.rule).toBe('booking_unit');
    // Codes are typed by people: case and dashes do not matter.
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    const ok = await call(t.app, undefined, 'POST', `/api/v1/queue/bookings/${typed}/check-in`, {
      unitCode: centre,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ onTime: true, status: 'waiting', service: { prefix: 'A' } });
    const again = await call(t.app, undefined, 'POST', `/api/v1/queue/bookings/${code}/check-in`, {
      unitCode: centre,
    });
    expect(again.json().details.rule).toBe('booking_open');
    const bad = await call(t.app, undefined, 'POST', '/api/v1/queue/bookings/0OIL/check-in', {});
    expect(bad.statusCode).toBe(400);
  });
});

describe('rate limits on public writes', () => {
  it('refuses the 11th booking in 10 minutes from one address, not from another', async () => {
    t.clock.set('2026-04-28T08:00:00+07:00');
    const from = '192.0.2.77';
    const codes = [];
    for (let i = 0; i < 10; i++) {
      const r = await book(
        '2026-05-04T09:00:00+07:00',
        `03309510${String(i).padStart(4, '0')}`,
        from,
      );
      codes.push(r.statusCode);
    }
    expect(codes.every((c) => c !== 429)).toBe(true);
    const over = await book('2026-05-04T16:00:00+07:00', '033095200000', from);
    expect(over.statusCode).toBe(429);
    expect((await book('2026-05-04T16:00:00+07:00', '033095200000')).statusCode).toBe(201);
  });
});
