import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicant } from '../support/dossier-helpers.ts';
import { makePdf, multipart } from '../support/sample-files.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * The permission matrix of payments, results and ratings, written out by hand as the intent (not
 * derived from the role table): every demo role of the dossier's own units, officers of another
 * unit, and anonymous callers, against every endpoint of the area. The dossier is Sở Tư pháp's,
 * received at the provincial centre.
 */
const users = [
  'admin',
  'tiepnhan',
  'chuyenvien',
  'truongphong',
  'lanhdao',
  'giamsat',
  'kiemsoat',
  'tiepnhan.phohien',
  'chuyenvien.phohien',
  'lanhdao.phohien',
  'anonymous',
] as const;
type User = (typeof users)[number];

/** Who may see the dossier (dossier.read on its units); the others get 404, anonymous 401. */
const readers: User[] = ['tiepnhan', 'chuyenvien', 'truongphong', 'lanhdao', 'giamsat'];
const check = applicant.phone.slice(-4);

let t: TestApp;
const sessions = new Map<User, Session | undefined>();

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00' });
  for (const user of users)
    sessions.set(user, user === 'anonymous' ? undefined : await login(t.app, user));
});
afterAll(() => t.close());

const as = (user: User) => sessions.get(user);

async function receive(): Promise<string> {
  const r = await call(t.app, as('tiepnhan'), 'POST', '/api/v1/dossiers', {
    procedureCode: '9.999001',
    channel: 'in_person',
    applicant,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().code;
}

async function advance(code: string, steps: Array<[User, Record<string, unknown>]>) {
  for (const [user, body] of steps) {
    const r = await call(t.app, as(user), 'POST', `/api/v1/dossiers/${code}/actions`, body);
    expect(r.statusCode, `${body.type}: ${r.body}`).toBe(200);
  }
}

async function approved(): Promise<string> {
  const code = await receive();
  await advance(code, [
    ['truongphong', { type: 'assign', assignee: 'chuyenvien' }],
    ['chuyenvien', { type: 'submit_for_approval', summary: 'Đủ điều kiện.' }],
    ['lanhdao', { type: 'approve' }],
  ]);
  return code;
}

async function ready(): Promise<string> {
  const code = await approved();
  await advance(code, [['chuyenvien', { type: 'mark_result_ready' }]]);
  return code;
}

/** The expected status for each user: the allowed ones, readers refused with `refused`, others 404. */
function expectation(allowed: User[], ok: number, refused = 403): Record<User, number> {
  return Object.fromEntries(
    users.map((u) => [
      u,
      u === 'anonymous' ? 401 : allowed.includes(u) ? ok : readers.includes(u) ? refused : 404,
    ]),
  ) as Record<User, number>;
}

async function matrix(
  fresh: () => Promise<string>,
  request: (user: User, code: string) => Promise<{ statusCode: number; body: string }>,
  expected: Record<User, number>,
) {
  const actual: Record<string, number> = {};
  for (const user of users) actual[user] = (await request(user, await fresh())).statusCode;
  expect(actual).toEqual(expected);
}

let keyNo = 0;
const key = () => ({ 'idempotency-key': `perm-key-${++keyNo}` });

describe('payments', () => {
  it('GET fees: readers of the dossier', async () => {
    const code = await receive();
    await matrix(
      async () => code,
      (u, c) => call(t.app, as(u), 'GET', `/api/v1/dossiers/${c}/payments`),
      expectation(readers, 200),
    );
  });

  it('POST a counter payment: reception officers of the receiving unit only', async () => {
    await matrix(
      receive,
      (u, c) =>
        call(t.app, as(u), 'POST', `/api/v1/dossiers/${c}/payments`, { method: 'cash' }, key()),
      expectation(['tiepnhan'], 201),
    );
  });

  it('PUT the amount due: reception officers of the receiving unit only', async () => {
    const code = await receive();
    await matrix(
      async () => code,
      (u, c) => call(t.app, as(u), 'PUT', `/api/v1/dossiers/${c}/fees`, { totalVnd: 60_000 }),
      expectation(['tiepnhan'], 200),
    );
  });

  it('reports: payment.reconcile (agency leader, province monitor); anonymous 401', async () => {
    for (const url of [
      '/api/v1/payments/reconciliation?from=2026-03-01&to=2026-03-31',
      '/api/v1/payments/settlement?from=2026-03-01&to=2026-03-31',
      '/api/v1/payments/callbacks',
    ]) {
      const actual: Record<string, number> = {};
      for (const user of users) actual[user] = (await call(t.app, as(user), 'GET', url)).statusCode;
      const expected = Object.fromEntries(
        users.map((u) => [
          u,
          u === 'anonymous'
            ? 401
            : ['lanhdao', 'giamsat', 'lanhdao.phohien'].includes(u)
              ? 200
              : 403,
        ]),
      );
      expect([url, actual]).toEqual([url, expected]);
    }
  });

  it('the public online payment needs the second factor, not a session', async () => {
    const code = await receive();
    const noCheck = await call(
      t.app,
      undefined,
      'POST',
      `/api/v1/public/dossiers/${code}/payments`,
      {},
    );
    expect(noCheck.statusCode).toBe(400);
    const wrong = await call(t.app, undefined, 'POST', `/api/v1/public/dossiers/${code}/payments`, {
      check: '0000',
    });
    expect(wrong.statusCode).toBe(404);
    const right = await call(t.app, undefined, 'POST', `/api/v1/public/dossiers/${code}/payments`, {
      check,
    });
    expect(right.statusCode).toBe(201);
    const unsigned = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/callbacks/sim',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(unsigned.statusCode).toBe(401);
  });
});

describe('results', () => {
  it('GET results and ratings of a dossier: readers', async () => {
    const code = await ready();
    await matrix(
      async () => code,
      (u, c) => call(t.app, as(u), 'GET', `/api/v1/dossiers/${c}/results`),
      expectation(readers, 200),
    );
    await matrix(
      async () => code,
      (u, c) => call(t.app, as(u), 'GET', `/api/v1/dossiers/${c}/ratings`),
      expectation(readers, 200),
    );
  });

  it('POST a result file: the handling unit (specialist, head) and the one-stop unit', async () => {
    const pdf = await makePdf('Ket qua');
    await matrix(
      approved,
      (u, c) => {
        const form = multipart({}, { name: 'kq.pdf', bytes: pdf });
        const session = as(u);
        return t.app.inject({
          method: 'POST',
          url: `/api/v1/dossiers/${c}/results`,
          headers: {
            ...form.headers,
            ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
          },
          payload: form.payload,
        });
      },
      expectation(['tiepnhan', 'chuyenvien', 'truongphong'], 201),
    );
  });

  it('POST the return: reception officers of the receiving unit only', async () => {
    await matrix(
      ready,
      (u, c) =>
        call(t.app, as(u), 'POST', `/api/v1/dossiers/${c}/result-return`, {
          method: 'postal',
          postalTrackingNumber: 'EB000111222VN',
          postedOn: '2026-03-02',
        }),
      expectation(['tiepnhan'], 200),
    );
  });

  it('the citizen lists and downloads with the second factor only', async () => {
    const code = await ready();
    const none = await call(t.app, undefined, 'GET', `/api/v1/public/dossiers/${code}/results`);
    expect(none.statusCode).toBe(400);
    const listed = await call(
      t.app,
      undefined,
      'GET',
      `/api/v1/public/dossiers/${code}/results?check=${check}`,
    );
    expect(listed.statusCode).toBe(200);
    const officerFile = await call(
      t.app,
      undefined,
      'GET',
      `/api/v1/dossiers/${code}/results/00000000-0000-7000-8000-000000000000/file`,
    );
    expect(officerFile.statusCode).toBe(401);
  });
});

describe('ratings', () => {
  it('invite at the counter: officers of the one-stop unit', async () => {
    await matrix(
      receive,
      (u, c) =>
        call(t.app, as(u), 'POST', `/api/v1/dossiers/${c}/rating-prompts`, { counterNo: 2 }),
      expectation(['tiepnhan'], 201),
    );
  });

  it('the summary: report.read (administrator, leaders, monitor)', async () => {
    const actual: Record<string, number> = {};
    for (const user of users)
      actual[user] = (
        await call(t.app, as(user), 'GET', '/api/v1/ratings/summary?from=2026-03-01&to=2026-03-31')
      ).statusCode;
    expect(actual).toEqual(
      Object.fromEntries(
        users.map((u) => [
          u,
          u === 'anonymous'
            ? 401
            : ['admin', 'lanhdao', 'giamsat', 'lanhdao.phohien'].includes(u)
              ? 200
              : 403,
        ]),
      ),
    );
  });
});
