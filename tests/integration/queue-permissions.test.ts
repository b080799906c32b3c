import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';
import { centre, issueTicket, loadCounters, loadServices, wardCentre } from './queue-helpers.ts';

/**
 * Who may do what with the queue of the provincial centre, written out by hand as the intent:
 * reception officers of the centre serve (queue.serve), the administrator configures
 * (queue.manage), monitors read the statistics (report.read), citizens (anonymous) use the kiosk,
 * the board and booking; a ward's officer has no say at the centre and vice versa.
 */
const users = [
  'anonymous',
  'admin',
  'tiepnhan',
  'tiepnhan.phohien',
  'chuyenvien',
  'truongphong',
  'lanhdao',
  'giamsat',
  'kiemsoat',
] as const;
type User = (typeof users)[number];

let t: TestApp;
const sessions = new Map<User, Session | undefined>();
let services: Map<string, string>;
let counters: Map<number, string>;
let ticketId: string;
let cancelId: string;

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00' });
  for (const u of users) sessions.set(u, u === 'anonymous' ? undefined : await login(t.app, u));
  services = await loadServices(t.app);
  counters = await loadCounters(t.app, sessions.get('tiepnhan')!);
  ticketId = (await issueTicket(t.app, services.get('A')!)).id;
  t.clock.set('2026-03-02T09:01:00+07:00');
  cancelId = (await issueTicket(t.app, services.get('A')!)).id;
  t.clock.set('2026-03-02T09:02:00+07:00');
});
afterAll(() => t?.close());

interface Action {
  name: string;
  allowed: User[] | 'everyone';
  request: () => [method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown];
}

let prefixes = 0;
const actions: Action[] = [
  {
    name: 'kiosk: issue a ticket',
    allowed: 'everyone',
    request: () => [
      'POST',
      `/api/v1/queue/units/${centre}/tickets`,
      { serviceId: services.get('K') },
    ],
  },
  {
    name: 'board',
    allowed: 'everyone',
    request: () => ['GET', `/api/v1/queue/units/${centre}/board`],
  },
  {
    name: 'booking slots',
    allowed: 'everyone',
    request: () => ['GET', `/api/v1/queue/units/${centre}/slots?service=${services.get('A')}`],
  },
  {
    name: 'my counter',
    allowed: [
      'admin',
      'tiepnhan',
      'tiepnhan.phohien',
      'chuyenvien',
      'truongphong',
      'lanhdao',
      'giamsat',
      'kiemsoat',
    ],
    request: () => ['GET', '/api/v1/queue/me'],
  },
  {
    name: 'list counters',
    allowed: ['admin', 'tiepnhan'],
    request: () => ['GET', `/api/v1/queue/units/${centre}/counters`],
  },
  {
    name: 'waiting list',
    allowed: ['admin', 'tiepnhan'],
    request: () => ['GET', `/api/v1/queue/units/${centre}/waiting`],
  },
  {
    name: 'statistics',
    allowed: ['admin', 'tiepnhan', 'giamsat'],
    request: () => ['GET', `/api/v1/queue/units/${centre}/stats`],
  },
  {
    name: 'ticket detail',
    allowed: ['admin', 'tiepnhan'],
    request: () => ['GET', `/api/v1/queue/tickets/${ticketId}`],
  },
  {
    name: 'configuration',
    allowed: ['admin'],
    request: () => ['GET', `/api/v1/queue/units/${centre}/config`],
  },
  {
    name: 'add a service',
    allowed: ['admin'],
    request: () => [
      'POST',
      `/api/v1/queue/units/${centre}/services`,
      { prefix: `Q${'ABCDEFGHIJ'[prefixes++]}`, name: 'Dịch vụ thử' },
    ],
  },
  {
    name: 'edit a counter',
    allowed: ['admin'],
    request: () => [
      'PATCH',
      `/api/v1/queue/counters/${counters.get(6)}`,
      { name: 'Quầy 6 – Công an' },
    ],
  },
  {
    name: 'open counter 1 (held by tiepnhan)',
    allowed: ['tiepnhan'],
    request: () => ['POST', `/api/v1/queue/counters/${counters.get(1)}/open`],
  },
  {
    name: 'call next at counter 1',
    allowed: ['tiepnhan'],
    request: () => ['POST', `/api/v1/queue/counters/${counters.get(1)}/call-next`],
  },
  {
    name: 'cancel a waiting ticket',
    allowed: ['tiepnhan'],
    request: () => ['POST', `/api/v1/queue/tickets/${cancelId}/cancel`],
  },
];

describe('queue permissions: role × action at the provincial centre', () => {
  it.each(actions)('$name', async (action) => {
    for (const user of users) {
      const [method, url, body] = action.request();
      const r = await call(
        t.app,
        sessions.get(user),
        method,
        url,
        body ?? (method === 'GET' ? undefined : {}),
      );
      const allowed = action.allowed === 'everyone' || action.allowed.includes(user);
      const expected = allowed ? [200, 201] : user === 'anonymous' ? [401] : [403];
      expect(expected, `${user}: ${r.statusCode} ${r.body.slice(0, 200)}`).toContain(r.statusCode);
    }
  });
});

describe('a ward officer serves only the ward', () => {
  it('calls at the ward counter, and the centre officer cannot', async () => {
    const ward = sessions.get('tiepnhan.phohien')!;
    const wardServices = await loadServices(t.app, wardCentre);
    const wardCounters = await loadCounters(t.app, ward, wardCentre);
    const ticket = await issueTicket(t.app, wardServices.get('A')!, 'none', wardCentre);
    const denied = await call(
      t.app,
      sessions.get('tiepnhan'),
      'POST',
      `/api/v1/queue/counters/${wardCounters.get(1)}/call-next`,
      {},
    );
    expect(denied.statusCode).toBe(403);
    const stranger = await call(
      t.app,
      sessions.get('tiepnhan'),
      'POST',
      `/api/v1/queue/counters/${wardCounters.get(2)}/open`,
      {},
    );
    expect(stranger.statusCode).toBe(403);
    const called = await call(
      t.app,
      ward,
      'POST',
      `/api/v1/queue/counters/${wardCounters.get(1)}/call-next`,
      {},
    );
    expect(called.statusCode, called.body).toBe(200);
    expect(called.json().ticket.id).toBe(ticket.id);
    // A reception officer of the same unit may not act at a counter another officer holds.
    const admin = sessions.get('admin')!;
    const { createOfficer } = await import('./queue-helpers.ts');
    await createOfficer(t.app, admin, 'tiepnhan.phohien2', wardCentre);
    const colleague = await login(t.app, 'tiepnhan.phohien2', 'MatKhau2026');
    const taken = await call(
      t.app,
      colleague,
      'POST',
      `/api/v1/queue/counters/${wardCounters.get(1)}/open`,
      {},
    );
    expect(taken.statusCode).toBe(409);
    expect(taken.json().message).toContain('Hoàng Thị Thu');
    const notMine = await call(
      t.app,
      colleague,
      'POST',
      `/api/v1/queue/tickets/${ticket.id}/skip`,
      {},
    );
    expect(notMine.statusCode).toBe(422);
    expect(notMine.json().details.rule).toBe('counter_held');
  });
});
