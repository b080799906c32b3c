import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/db/repositories/jobs.ts';
import { JobRunner } from '../../src/services/jobs/job-runner.ts';
import { queueJobHandlers } from '../../src/services/queue/queue-jobs.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';
import {
  act,
  centre,
  createOfficer,
  issueTicket,
  loadCounters,
  loadServices,
} from './queue-helpers.ts';

/**
 * Timed stages and the figures computed from them, at instants set by the test clock; the live
 * event stream of the display board; the end-of-day close.
 */
let t: TestApp;
let officer: Session;
let colleague: Session;
let services: Map<string, string>;
let counters: Map<number, string>;
const at = (hhmm: string) => t.clock.set(`2026-03-02T${hhmm}:00+07:00`);
const min = 60;

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T08:00:00+07:00', sessionTtlHours: 48 });
  officer = await login(t.app, 'tiepnhan');
  await createOfficer(t.app, await login(t.app, 'admin'), 'tiepnhan.q2');
  colleague = await login(t.app, 'tiepnhan.q2', 'MatKhau2026');
  services = await loadServices(t.app);
  counters = await loadCounters(t.app, officer);
  await act(t.app, colleague, `counters/${counters.get(2)}/open`);
});
afterAll(() => t?.close());

async function serve(
  session: Session,
  counter: number,
  calledAt: string,
  startAt: string,
  doneAt: string,
) {
  at(calledAt);
  const { ticket } = await act(t.app, session, `counters/${counters.get(counter)}/call-next`);
  at(startAt);
  await act(t.app, session, `tickets/${ticket.id}/start`);
  at(doneAt);
  await act(t.app, session, `tickets/${ticket.id}/finish`);
  return ticket.displayCode as string;
}

describe('statistics of a day', () => {
  it('counts, averages and p90 of waiting and serving, per service and per counter', async () => {
    at('08:00');
    await issueTicket(t.app, services.get('A')!);
    at('08:02');
    await issueTicket(t.app, services.get('A')!);
    at('08:04');
    await issueTicket(t.app, services.get('B')!);
    // A001 waits 10 min, served 8; A002 waits 18, served 12 (counter 1); B001 waits 26, served 15 (counter 2).
    expect(await serve(officer, 1, '08:10', '08:11', '08:19')).toBe('A001');
    expect(await serve(officer, 1, '08:20', '08:20', '08:32')).toBe('A002');
    expect(await serve(colleague, 2, '08:30', '08:31', '08:46')).toBe('B001');
    const r = await call(
      t.app,
      officer,
      'GET',
      `/api/v1/queue/units/${centre}/stats?day=2026-03-02`,
    );
    expect(r.statusCode, r.body).toBe(200);
    const s = r.json();
    expect(s.tickets).toMatchObject({ issued: 3, done: 3, waiting: 0 });
    expect(s.overall).toEqual({
      waiting: { count: 3, averageSeconds: 18 * min, p90Seconds: 26 * min },
      serving: { count: 3, averageSeconds: 700, p90Seconds: 15 * min },
    });
    const byPrefix = (p: string) =>
      s.byService.find((x: { service: { prefix: string } }) => x.service.prefix === p);
    expect(byPrefix('A')).toMatchObject({
      waiting: { count: 2, averageSeconds: 14 * min, p90Seconds: 18 * min },
      serving: { count: 2, averageSeconds: 10 * min, p90Seconds: 12 * min },
    });
    expect(byPrefix('B')).toMatchObject({
      waiting: { count: 1, averageSeconds: 26 * min, p90Seconds: 26 * min },
      serving: { count: 1, averageSeconds: 15 * min, p90Seconds: 15 * min },
    });
    const byNumber = (n: number) =>
      s.byCounter.find((x: { counter: { number: number } }) => x.counter.number === n);
    expect(byNumber(1).serving).toEqual({
      count: 2,
      averageSeconds: 10 * min,
      p90Seconds: 12 * min,
    });
    expect(byNumber(2).waiting).toEqual({
      count: 1,
      averageSeconds: 26 * min,
      p90Seconds: 26 * min,
    });
    expect(byNumber(3).waiting).toEqual({ count: 0, averageSeconds: null, p90Seconds: null });
    const other = await call(
      t.app,
      officer,
      'GET',
      `/api/v1/queue/units/${centre}/stats?day=2026-03-03`,
    );
    expect(other.json().overall.waiting.count).toBe(0);
  });

  it('uses the measured serving time for the expected wait once there are enough samples', async () => {
    at('08:50');
    await issueTicket(t.app, services.get('A')!);
    await serve(officer, 1, '08:50', '08:50', '09:04'); // A samples today: 8, 12, 14 min → 11
    at('09:05');
    await issueTicket(t.app, services.get('A')!);
    const second = await issueTicket(t.app, services.get('A')!);
    // One ahead, one open counter serving A, 11 measured minutes (10 configured).
    expect(second).toMatchObject({ ahead: 1, expectedWaitMinutes: 11 });
    // Leave the queue empty for the next tests.
    for (let i = 0; i < 2; i++) await serve(officer, 1, '09:06', '09:06', '09:07');
  });
});

describe('the display board stream', () => {
  it('sends the board, then each call with its Vietnamese announcement', async () => {
    const missing = await call(t.app, undefined, 'GET', '/api/v1/queue/units/KHONG-CO/events');
    expect(missing.statusCode).toBe(404);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/queue/units/${centre}/events`, {
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextEvent = async (name: string) => {
      for (;;) {
        const match = new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`).exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index + match[0].length);
          return JSON.parse(match[1]!);
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    };
    const board = await nextEvent('board');
    expect(board.unit.code).toBe(centre);
    // Earlier calls are on the board, not announced again.
    expect(board.latestCalls.map((c: { displayCode: string }) => c.displayCode)).toContain('B001');
    at('09:10');
    await issueTicket(t.app, services.get('A')!);
    const called = await act(t.app, officer, `counters/${counters.get(1)}/call-next`);
    const announced = await nextEvent('call');
    expect(announced).toMatchObject({
      kind: 'called',
      displayCode: called.ticket.displayCode,
      counterNumber: 1,
      announcement: `Mời khách hàng số ${called.ticket.displayCode} đến quầy số 1`,
    });
    await act(t.app, officer, `tickets/${called.ticket.id}/recall`);
    expect((await nextEvent('call')).kind).toBe('recalled');
    const updated = await nextEvent('board');
    expect(
      updated.counters.find((c: { number: number }) => c.number === 1).current.displayCode,
    ).toBe(called.ticket.displayCode);
    controller.abort();
  });
});

describe('the end of a queue day', () => {
  it('marks unfinished tickets and unused bookings of earlier days as no-shows', async () => {
    at('09:20');
    const left = await issueTicket(t.app, services.get('A')!);
    const booking = await call(t.app, undefined, 'POST', '/api/v1/queue/bookings', {
      unitCode: centre,
      serviceId: services.get('A'),
      slotStart: '2026-03-02T15:00:00+07:00',
      fullName: 'Đinh Thị Hạnh',
      idNumber: '033090123456',
      phone: '0901234567',
    });
    expect(booking.statusCode).toBe(201);
    t.clock.set('2026-03-03T00:30:00+07:00');
    await enqueueJob(t.ctx.db, { tenantId: null, kind: 'queue.close_day', runAt: t.clock.now() });
    expect(await new JobRunner(t.ctx, queueJobHandlers).runDue()).toEqual({ done: 1, failed: 0 });
    const ticket = await call(t.app, officer, 'GET', `/api/v1/queue/tickets/${left.id}`);
    expect(ticket.json().status).toBe('no_show');
    expect(ticket.json().events.at(-1)).toMatchObject({
      kind: 'no_show',
      at: '2026-03-03T00:30:00+07:00',
    });
    const row = await t.database.db
      .selectFrom('queueBookings')
      .select('status')
      .where('code', '=', booking.json().code)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('no_show');
    const day = await call(
      t.app,
      officer,
      'GET',
      `/api/v1/queue/units/${centre}/stats?day=2026-03-02`,
    );
    expect(day.json().tickets.noShow).toBeGreaterThanOrEqual(1);
  });
});
