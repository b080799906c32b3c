import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderForCounter, type QueuedTicket } from '../../src/core/queue/fair-order.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';
import { act, centre, issueTicket, loadCounters, loadServices } from './queue-helpers.ts';

/**
 * The fair rule end to end: bookings merged with walk-ins and priority tickets as the officer's
 * "call next" really orders them, and the database's choice equal to the rule of core on random
 * queues (the rule is written once, in src/core/queue/fair-order.ts).
 */
let t: TestApp;
let officer: Session;
let services: Map<string, string>;
let counters: Map<number, string>;
const at = (iso: string) => t.clock.set(iso);

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T07:40:00+07:00' });
  officer = await login(t.app, 'tiepnhan');
  services = await loadServices(t.app);
  counters = await loadCounters(t.app, officer);
});
afterAll(() => t?.close());

async function book(slotStart: string, idNumber: string) {
  const r = await call(t.app, undefined, 'POST', '/api/v1/queue/bookings', {
    unitCode: centre,
    serviceId: services.get('A'),
    slotStart,
    fullName: 'Trần Thị Bích',
    idNumber,
    phone: '0912345678',
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().code as string;
}

async function checkIn(code: string) {
  const r = await call(t.app, undefined, 'POST', `/api/v1/queue/bookings/${code}/check-in`, {
    unitCode: centre,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { displayCode: string; onTime: boolean };
}

/** Calls until the counter finds nobody, finishing each ticket; the codes in call order. */
async function drain(counterId: string, session = officer): Promise<string[]> {
  const codes: string[] = [];
  for (;;) {
    const next = await act(t.app, session, `counters/${counterId}/call-next`);
    if (!next.ticket) return codes;
    codes.push(next.ticket.displayCode);
    await act(t.app, session, `tickets/${next.ticket.id}/skip`);
  }
}

describe('bookings, walk-ins and priority through call next', () => {
  it('orders an on-time booking at its slot start and a late one at its arrival', async () => {
    const onTime = await book('2026-03-02T09:00:00+07:00', '033090000001');
    const late = await book('2026-03-02T09:30:00+07:00', '033090000002');
    at('2026-03-02T08:50:00+07:00');
    const w1 = await issueTicket(t.app, services.get('A')!); // before the slot: keeps its turn
    at('2026-03-02T09:02:00+07:00');
    const w2 = await issueTicket(t.app, services.get('A')!);
    at('2026-03-02T09:04:00+07:00');
    const b1 = await checkIn(onTime); // within 10 min of 09:00: ranked 09:00
    expect(b1.onTime).toBe(true);
    at('2026-03-02T09:05:00+07:00');
    const w3 = await issueTicket(t.app, services.get('A')!);
    at('2026-03-02T09:45:00+07:00');
    const b2 = await checkIn(late); // 15 min late: ranked 09:45, as a walk-in
    expect(b2.onTime).toBe(false);
    at('2026-03-02T09:46:00+07:00');
    const w4 = await issueTicket(t.app, services.get('A')!);
    const again = await call(
      t.app,
      undefined,
      'POST',
      `/api/v1/queue/bookings/${onTime}/check-in`,
      {},
    );
    expect(again.statusCode).toBe(422);
    expect(await drain(counters.get(1)!)).toEqual([
      w1.displayCode,
      b1.displayCode,
      w2.displayCode,
      w3.displayCode,
      b2.displayCode,
      w4.displayCode,
    ]);
  });

  it('calls priority tickets first at the priority counter, and ahead by at most 30 min elsewhere', async () => {
    const admin = await login(t.app, 'admin');
    const { createOfficer } = await import('./queue-helpers.ts');
    await createOfficer(t.app, admin, 'tiepnhan.uutien');
    const priorityOfficer = await login(t.app, 'tiepnhan.uutien', 'MatKhau2026');
    at('2026-03-02T10:00:00+07:00');
    const ordinary = await issueTicket(t.app, services.get('A')!);
    at('2026-03-02T10:20:00+07:00');
    const elderly = await issueTicket(t.app, services.get('A')!, 'elderly');
    // Counter 1 (ordinary): the elderly ticket came 20 min later, within the 30 min advance.
    expect(await drain(counters.get(1)!)).toEqual([elderly.displayCode, ordinary.displayCode]);
    at('2026-03-02T10:30:00+07:00');
    const o2 = await issueTicket(t.app, services.get('A')!);
    at('2026-03-02T11:10:00+07:00');
    const pregnant = await issueTicket(t.app, services.get('A')!, 'pregnant');
    // 40 min later: beyond the ordinary counter's advance, within the priority counter's 2 h.
    const waiting = await call(
      t.app,
      officer,
      'GET',
      `/api/v1/queue/units/${centre}/waiting?counter=${counters.get(1)}`,
    );
    expect(waiting.json().items.map((i: { displayCode: string }) => i.displayCode)).toEqual([
      o2.displayCode,
      pregnant.displayCode,
    ]);
    await act(t.app, priorityOfficer, `counters/${counters.get(7)}/open`);
    expect(await drain(counters.get(7)!, priorityOfficer)).toEqual([
      pregnant.displayCode,
      o2.displayCode,
    ]);
  });
});

describe('the database calls in the order of the rule in core', () => {
  it('on random queues of walk-ins and priority tickets of several services', async () => {
    const prefixes = ['A', 'K'];
    const plans = fc.sample(
      fc.array(
        fc.record({
          prefix: fc.constantFrom(...prefixes),
          priority: fc.constantFrom('none', 'none', 'none', 'elderly', 'disabled'),
          gapSeconds: fc.integer({ min: 0, max: 300 }),
        }),
        { minLength: 5, maxLength: 14 },
      ),
      { numRuns: 4, seed: 20260302 },
    );
    let clock = Date.parse('2026-03-02T13:30:00+07:00');
    for (const plan of plans) {
      const issued: QueuedTicket[] = [];
      const codes = new Map<string, string>();
      for (const p of plan) {
        clock += p.gapSeconds * 1000;
        t.clock.set(new Date(clock));
        const ticket = await issueTicket(t.app, services.get(p.prefix)!, p.priority);
        codes.set(ticket.id, ticket.displayCode);
        issued.push({
          id: ticket.id,
          serviceId: services.get(p.prefix)!,
          priority: p.priority as QueuedTicket['priority'],
          rankAt: clock,
          issuedAt: clock,
          seq: Number(ticket.displayCode.slice(1)),
          targetCounterId: null,
        });
      }
      clock += 60_000;
      t.clock.set(new Date(clock));
      // Counter 1 serves A and K, ordinary.
      const expected = orderForCounter(issued, {
        id: counters.get(1)!,
        serviceIds: prefixes.map((p) => services.get(p)!),
        isPriority: false,
      }).map((q) => codes.get(q.id));
      expect(await drain(counters.get(1)!)).toEqual(expected);
    }
  });
});
