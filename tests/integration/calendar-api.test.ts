import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await login(t.app, 'admin');
});
afterAll(() => t.close());

describe('GET /api/v1/calendar/days', () => {
  it('marks 14–22 February 2026 non-working with the Tết name, and 23 February working', async () => {
    const response = await call(
      t.app,
      undefined,
      'GET',
      '/api/v1/calendar/days?from=2026-02-10&to=2026-02-25',
    );
    expect(response.statusCode).toBe(200);
    const days = response.json() as Array<{
      date: string;
      working: boolean;
      reason: string;
      name: string;
    }>;
    expect(days).toHaveLength(16);
    const tet = days.filter((d) => d.date >= '2026-02-14' && d.date <= '2026-02-22');
    expect(tet).toHaveLength(9);
    for (const day of tet) {
      expect(day.working).toBe(false);
      expect(day.name).toContain('Tết');
    }
    expect(days.find((d) => d.date === '2026-02-17')).toEqual({
      date: '2026-02-17',
      working: false,
      reason: 'holiday',
      name: 'Tết Âm lịch – Mùng 1 Tết Bính Ngọ',
    });
    expect(days.find((d) => d.date === '2026-02-13')).toMatchObject({
      working: true,
      reason: 'workday',
    });
    expect(days.find((d) => d.date === '2026-02-23')).toMatchObject({
      working: true,
      reason: 'workday',
    });
  });

  it('shows the official make-up Saturday and swapped day of 2026', async () => {
    const days = (
      await call(t.app, undefined, 'GET', '/api/v1/calendar/days?from=2026-01-01&to=2026-01-10')
    ).json();
    expect(days[1]).toMatchObject({ date: '2026-01-02', working: false, reason: 'swapped' });
    expect(days[9]).toMatchObject({ date: '2026-01-10', working: true, reason: 'makeup' });
  });

  it('computes rule holidays for a year without an official schedule (2027: Tết from 5/2, Hùng Kings 16/4)', async () => {
    const days = (
      await call(t.app, undefined, 'GET', '/api/v1/calendar/days?from=2027-02-05&to=2027-02-09')
    ).json();
    expect(days.every((d: { working: boolean }) => !d.working)).toBe(true);
    const hung = (
      await call(t.app, undefined, 'GET', '/api/v1/calendar/days?from=2027-04-16&to=2027-04-16')
    ).json();
    expect(hung[0]).toMatchObject({ working: false, name: expect.stringContaining('Hùng Vương') });
  });

  it('answers bad dates with 400 and years outside the calendar with 422', async () => {
    const bad = await call(
      t.app,
      undefined,
      'GET',
      '/api/v1/calendar/days?from=2026-02-30&to=2026-03-01',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    const reversed = await call(
      t.app,
      undefined,
      'GET',
      '/api/v1/calendar/days?from=2026-03-01&to=2026-02-01',
    );
    expect(reversed.statusCode).toBe(400);
    const far = await call(
      t.app,
      undefined,
      'GET',
      '/api/v1/calendar/days?from=2150-01-01&to=2150-01-02',
    );
    expect(far.statusCode).toBe(422);
    expect(far.json().code).toBe('CALENDAR_OUT_OF_RANGE');
  });

  it('answers an unknown org with 404', async () => {
    const response = await call(
      t.app,
      undefined,
      'GET',
      '/api/v1/calendar/days?from=2026-01-01&to=2026-01-02&org=KHONG.CO',
    );
    expect(response.statusCode).toBe(404);
  });
});

describe('GET /api/v1/calendar/due', () => {
  it('3 working days from Friday 13/2/2026 09:00 is Wednesday 25/2/2026 09:00, explained by Tết', async () => {
    const response = await call(
      t.app,
      undefined,
      'GET',
      '/api/v1/calendar/due?start=2026-02-13T09:00:00%2B07:00&amount=3&unit=working_days',
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.due).toBe('2026-02-25T09:00:00+07:00');
    expect(body.due.startsWith('2026-02-25')).toBe(true);
    expect(body.explanation.some((e: { text: string }) => e.text.includes('Tết'))).toBe(true);
  });

  it('3 working days from Monday 07:30 end on Wednesday 17:30, not Thursday 07:30', async () => {
    const body = (
      await call(
        t.app,
        undefined,
        'GET',
        '/api/v1/calendar/due?start=2026-03-02T07:30:00%2B07:00&amount=3&unit=working_days',
      )
    ).json();
    expect(body.due).toBe('2026-03-04T17:30:00+07:00');
  });

  it('applies the 15:00 rule to same-day procedures (Decree 118/2025 Art. 18)', async () => {
    const before = (
      await call(
        t.app,
        undefined,
        'GET',
        '/api/v1/calendar/due?start=2026-03-02T14:59:00%2B07:00&amount=0&unit=same_day',
      )
    ).json();
    expect(before.due).toBe('2026-03-02T17:30:00+07:00');
    const after = (
      await call(
        t.app,
        undefined,
        'GET',
        '/api/v1/calendar/due?start=2026-03-02T15:00:00%2B07:00&amount=0&unit=same_day',
      )
    ).json();
    expect(after.due).toBe('2026-03-03T17:30:00+07:00');
  });

  it('refuses a start without an offset or an unknown unit with 400', async () => {
    expect(
      (
        await call(
          t.app,
          undefined,
          'GET',
          '/api/v1/calendar/due?start=hôm-nay&amount=3&unit=working_days',
        )
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await call(
          t.app,
          undefined,
          'GET',
          '/api/v1/calendar/due?start=2026-03-02T09:00:00Z&amount=3&unit=weeks',
        )
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await call(
          t.app,
          undefined,
          'GET',
          '/api/v1/calendar/due?start=2026-03-02T09:00:00Z&amount=-1&unit=working_days',
        )
      ).statusCode,
    ).toBe(400);
  });
});

describe('calendar overrides', () => {
  it('an administrator adds a holiday; days and due dates follow at once; deleting restores the rule', async () => {
    const put = await call(t.app, admin, 'PUT', '/api/v1/calendar/overrides/2027-03-03', {
      kind: 'holiday',
      name: 'Nghỉ đột xuất (thử)',
    });
    expect(put.statusCode).toBe(200);
    const day = (
      await call(t.app, undefined, 'GET', '/api/v1/calendar/days?from=2027-03-03&to=2027-03-03')
    ).json()[0];
    expect(day).toEqual({
      date: '2027-03-03',
      working: false,
      reason: 'holiday',
      name: 'Nghỉ đột xuất (thử)',
    });
    const due = (
      await call(
        t.app,
        undefined,
        'GET',
        '/api/v1/calendar/due?start=2027-03-02T07:30:00%2B07:00&amount=2&unit=working_days',
      )
    ).json();
    expect(due.due).toBe('2027-03-04T17:30:00+07:00');
    const overrides = (
      await call(t.app, undefined, 'GET', '/api/v1/calendar/overrides?year=2027')
    ).json().items;
    expect(overrides).toEqual([
      expect.objectContaining({ date: '2027-03-03', kind: 'holiday', source: 'admin' }),
    ]);
    expect(
      (await call(t.app, admin, 'DELETE', '/api/v1/calendar/overrides/2027-03-03')).statusCode,
    ).toBe(204);
    const back = (
      await call(t.app, undefined, 'GET', '/api/v1/calendar/days?from=2027-03-03&to=2027-03-03')
    ).json()[0];
    expect(back.working).toBe(true);
  });

  it('a make-up Saturday for one commune changes only that commune’s calendar', async () => {
    const put = await call(t.app, admin, 'PUT', '/api/v1/calendar/overrides/2027-03-06', {
      kind: 'workday',
      name: 'Làm bù (thử)',
      org: 'H31.11953',
    });
    expect(put.statusCode).toBe(200);
    const commune = (
      await call(
        t.app,
        undefined,
        'GET',
        '/api/v1/calendar/days?from=2027-03-06&to=2027-03-06&org=H31.11953',
      )
    ).json()[0];
    expect(commune).toMatchObject({ working: true, reason: 'makeup' });
    const centre = (
      await call(
        t.app,
        undefined,
        'GET',
        '/api/v1/calendar/days?from=2027-03-06&to=2027-03-06&org=H31.11953.TT',
      )
    ).json()[0];
    expect(centre.working).toBe(true);
    const province = (
      await call(t.app, undefined, 'GET', '/api/v1/calendar/days?from=2027-03-06&to=2027-03-06')
    ).json()[0];
    expect(province).toMatchObject({ working: false, reason: 'weekend' });
  });

  it('only administrators with calendar.manage may change the calendar', async () => {
    const officer = await login(t.app, 'tiepnhan');
    const response = await call(t.app, officer, 'PUT', '/api/v1/calendar/overrides/2027-05-05', {
      kind: 'holiday',
      name: 'x',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
    expect(
      (
        await call(t.app, undefined, 'PUT', '/api/v1/calendar/overrides/2027-05-05', {
          kind: 'holiday',
          name: 'x',
        })
      ).statusCode,
    ).toBe(401);
  });

  it('deleting a day without an override answers 404', async () => {
    expect(
      (await call(t.app, admin, 'DELETE', '/api/v1/calendar/overrides/2027-07-07')).statusCode,
    ).toBe(404);
  });

  it('audits each change with who and what', async () => {
    const rows = await t.database.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', 'like', 'calendar.%')
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((r) => r.actorId !== null)).toBe(true);
  });
});
