import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';
import { act, centre, issueTicket, loadCounters, loadServices } from './queue-helpers.ts';

/**
 * The queue end to end through the API: kiosk → call next by the fair rule → recall, skip,
 * start, finish, transfer; a dossier received from a ticket; the public board.
 */
let t: TestApp;
let officer: Session;
let services: Map<string, string>;
let counters: Map<number, string>;
const at = (iso: string) => t.clock.set(iso);

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T08:00:00+07:00' });
  officer = await login(t.app, 'tiepnhan');
  services = await loadServices(t.app);
  counters = await loadCounters(t.app, officer);
});
afterAll(() => t?.close());

describe('a ticket through a counter', () => {
  it('issues numbered tickets per prefix with people ahead and an expected wait', async () => {
    const a1 = await issueTicket(t.app, services.get('A')!);
    at('2026-03-02T08:00:30+07:00');
    const a2 = await issueTicket(t.app, services.get('A')!);
    at('2026-03-02T08:01:00+07:00');
    const b1 = await issueTicket(t.app, services.get('B')!);
    expect([a1.displayCode, a2.displayCode, b1.displayCode]).toEqual(['A001', 'A002', 'B001']);
    expect(a2.ahead).toBe(1);
    // Only counter 1 serves A and is open (demo: `tiepnhan`): 1 ahead × 10 min configured for A.
    expect(a2.expectedWaitMinutes).toBe(10);
    expect(b1.ahead).toBe(0);
  });

  it('calls next in order, recalls, skips and serves, timing each stage', async () => {
    at('2026-03-02T08:05:00+07:00');
    const c1 = counters.get(1)!;
    const first = await act(t.app, officer, `counters/${c1}/call-next`);
    expect(first.ticket.displayCode).toBe('A001');
    expect(first.ticket.counter.number).toBe(1);
    // Busy: a second call-next is refused until the ticket is done, transferred or skipped.
    const busy = await call(t.app, officer, 'POST', `/api/v1/queue/counters/${c1}/call-next`, {});
    expect(busy.statusCode).toBe(422);
    expect(busy.json().message).toContain('A001');
    const recalled = await act(t.app, officer, `tickets/${first.ticket.id}/recall`);
    expect(recalled.callCount).toBe(2);
    const skipped = await act(t.app, officer, `tickets/${first.ticket.id}/skip`);
    expect(skipped.status).toBe('skipped');
    at('2026-03-02T08:07:00+07:00');
    const second = await act(t.app, officer, `counters/${c1}/call-next`);
    expect(second.ticket.displayCode).toBe('A002');
    await act(t.app, officer, `tickets/${second.ticket.id}/start`);
    at('2026-03-02T08:19:00+07:00');
    const done = await act(t.app, officer, `tickets/${second.ticket.id}/finish`);
    expect(done.status).toBe('done');
    expect(done.events.map((e: { kind: string }) => e.kind)).toEqual([
      'issued',
      'called',
      'serving',
      'finished',
    ]);
    // The skipped holder turns up: a recall brings A001 back to this counter.
    const back = await act(t.app, officer, `tickets/${first.ticket.id}/recall`);
    expect(back.status).toBe('called');
    expect(back.callCount).toBe(3);
    const wrong = await call(
      t.app,
      officer,
      'POST',
      `/api/v1/queue/tickets/${first.ticket.id}/finish`,
      {},
    );
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().details.allowed).toEqual(['recall', 'start', 'skip', 'transfer']);
  });

  it('transfers to another service and counter, keeping its place there', async () => {
    at('2026-03-02T08:20:00+07:00');
    const later = await issueTicket(t.app, services.get('B')!); // B002, after B001 and A001
    const moved = await act(t.app, officer, 'tickets/' + (await myCurrent()).id + '/transfer', {
      serviceId: services.get('B'),
      counterId: counters.get(2),
    });
    expect(moved.status).toBe('waiting');
    expect(moved.service.prefix).toBe('B');
    expect(moved.transferCount).toBe(1);
    expect(moved.rankAt).toBe('2026-03-02T08:00:00+07:00');
    // Counter 2 opened by a colleague: A001 (ranked 08:00) comes before B001 (08:01) and B002 (08:20).
    const admin = await login(t.app, 'admin');
    const { createOfficer } = await import('./queue-helpers.ts');
    await createOfficer(t.app, admin, 'tiepnhan.q2');
    const colleague = await login(t.app, 'tiepnhan.q2', 'MatKhau2026');
    await act(t.app, colleague, `counters/${counters.get(2)}/open`);
    const waiting = await call(
      t.app,
      colleague,
      'GET',
      `/api/v1/queue/units/${centre}/waiting?counter=${counters.get(2)}`,
    );
    expect(waiting.json().items.map((i: { displayCode: string }) => i.displayCode)).toEqual([
      'A001',
      'B001',
      later.displayCode,
    ]);
    // A ticket transferred to counter 2 is not called by the priority counter, which also serves B.
    const atPriority = await call(
      t.app,
      colleague,
      'GET',
      `/api/v1/queue/units/${centre}/waiting?counter=${counters.get(7)}`,
    );
    expect(atPriority.json().items.map((i: { displayCode: string }) => i.displayCode)).toEqual([
      'B001',
      later.displayCode,
    ]);
    const called = await act(t.app, colleague, `counters/${counters.get(2)}/call-next`);
    expect(called.ticket.displayCode).toBe('A001');
  });

  it('links the dossier received from a ticket and shows it on the ticket', async () => {
    const ticket = await issueTicket(t.app, services.get('A')!);
    const dossier = await call(t.app, officer, 'POST', '/api/v1/dossiers', {
      procedureCode: '9.999001',
      channel: 'in_person',
      applicant: {
        kind: 'person',
        fullName: 'Lê Văn Cường',
        idNumber: '033090009999',
        phone: '0987654321',
        address: 'Hưng Yên',
      },
    });
    expect(dossier.statusCode, dossier.body).toBe(201);
    // Counter intake writes dossiers.ticket_id (another area); the foreign key is ours.
    await t.database.db
      .updateTable('dossiers')
      .set({ ticketId: ticket.id })
      .where('code', '=', dossier.json().code)
      .execute();
    const detail = await call(t.app, officer, 'GET', `/api/v1/queue/tickets/${ticket.id}`);
    expect(detail.json().dossiers.map((d: { code: string }) => d.code)).toEqual([
      dossier.json().code,
    ]);
    await expect(
      t.database.db
        .updateTable('dossiers')
        .set({ ticketId: '0190a000-0000-7000-8000-000000000000' })
        .where('code', '=', dossier.json().code)
        .execute(),
    ).rejects.toThrow(/dossiers_ticket_id_fkey/);
  });

  it('shows the board: current calls per counter, the latest calls and waiting counts', async () => {
    const board = await call(t.app, undefined, 'GET', `/api/v1/queue/units/${centre}/board`);
    expect(board.statusCode).toBe(200);
    const b = board.json();
    expect(b.counters.find((c: { number: number }) => c.number === 2).current.displayCode).toBe(
      'A001',
    );
    expect(b.latestCalls[0]).toMatchObject({
      displayCode: 'A001',
      counterNumber: 2,
      announcement: 'Mời khách hàng số A001 đến quầy số 2',
    });
    expect(b.services.find((s: { prefix: string }) => s.prefix === 'B').waiting).toBe(2);
  });
});

async function myCurrent() {
  const me = await call(t.app, officer, 'GET', '/api/v1/queue/me');
  return me.json().current as { id: string };
}
