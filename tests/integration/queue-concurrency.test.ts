import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';
import { act, createOfficer, issueTicket, loadCounters, loadServices } from './queue-helpers.ts';

/**
 * Call next under contention: six counters serving the same service call at the same time, again
 * and again, until nobody waits. Every ticket is called exactly once (on PostgreSQL the calls
 * really run in parallel; run with TEST_DATABASE_URL).
 */
let t: TestApp;
const desks: Array<{ session: Session; counterId: string }> = [];
let resultsService: string;

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T08:00:00+07:00' });
  const admin = await login(t.app, 'admin');
  const tiepnhan = await login(t.app, 'tiepnhan');
  const counters = await loadCounters(t.app, tiepnhan);
  resultsService = (await loadServices(t.app)).get('K')!; // served by counters 1–5 and 7
  desks.push({ session: tiepnhan, counterId: counters.get(1)! });
  for (const number of [2, 3, 4, 5, 7]) {
    await createOfficer(t.app, admin, `quay${number}.test`);
    const session = await login(t.app, `quay${number}.test`, 'MatKhau2026');
    await act(t.app, session, `counters/${counters.get(number)}/open`);
    desks.push({ session, counterId: counters.get(number)! });
  }
});
afterAll(() => t?.close());

describe('concurrent call next', () => {
  it('never gives one ticket to two counters', async () => {
    const issued = [];
    for (let i = 0; i < 36; i++) issued.push(await issueTicket(t.app, resultsService));
    const calledBy = new Map<string, string[]>();
    await Promise.all(
      desks.map(async (desk) => {
        for (;;) {
          const r = await call(
            t.app,
            desk.session,
            'POST',
            `/api/v1/queue/counters/${desk.counterId}/call-next`,
            {},
          );
          expect(r.statusCode, r.body).toBe(200);
          const ticket = r.json().ticket;
          if (!ticket) return;
          calledBy.set(ticket.displayCode, [
            ...(calledBy.get(ticket.displayCode) ?? []),
            desk.counterId,
          ]);
          expect(ticket.counter.id).toBe(desk.counterId);
          await act(t.app, desk.session, `tickets/${ticket.id}/skip`);
        }
      }),
    );
    expect([...calledBy.keys()].sort()).toEqual(issued.map((x) => x.displayCode).sort());
    expect([...calledBy.values()].every((by) => by.length === 1)).toBe(true);
    // The log agrees: one "called" event per ticket, by the counter that got it.
    const events = await t.database.db
      .selectFrom('queueEvents')
      .select(['ticketId', 'counterId'])
      .where('kind', '=', 'called')
      .where(
        'ticketId',
        'in',
        issued.map((x) => x.id),
      )
      .execute();
    expect(events).toHaveLength(issued.length);
    expect(new Set(events.map((e) => e.ticketId)).size).toBe(issued.length);
    // More than one counter took part.
    expect(new Set(events.map((e) => e.counterId)).size).toBeGreaterThan(1);
  });

  it('two simultaneous calls at one counter take one ticket, the other is refused as busy', async () => {
    for (let i = 0; i < 3; i++) await issueTicket(t.app, resultsService);
    const desk = desks[0]!;
    const [a, b] = await Promise.all([
      call(t.app, desk.session, 'POST', `/api/v1/queue/counters/${desk.counterId}/call-next`, {}),
      call(t.app, desk.session, 'POST', `/api/v1/queue/counters/${desk.counterId}/call-next`, {}),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 422]);
    expect((a.statusCode === 422 ? a : b).json().details.rule).toBe('counter_busy');
  });
});
