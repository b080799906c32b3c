import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../src/server/app.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * The permission matrix of the dossier slice, written out by hand as the legal intent (not derived
 * from the code's role table, so that a wrong table fails here): who may take each action on a
 * dossier of Sở Tư pháp received at the provincial centre ("own" units), and that officers of a
 * commune ("other" unit) may take none.
 */
const users = {
  own: ['admin', 'tiepnhan', 'chuyenvien', 'truongphong', 'lanhdao', 'giamsat', 'kiemsoat'],
  other: ['tiepnhan.phohien', 'chuyenvien.phohien', 'truongphong.phohien', 'lanhdao.phohien'],
};

const allowed: Record<string, string[]> = {
  assign: ['truongphong'],
  submit_for_approval: ['chuyenvien', 'truongphong'],
  approve: ['lanhdao'],
  mark_result_ready: ['chuyenvien', 'truongphong'],
  return_result: ['tiepnhan'],
};

const bodies: Record<string, Record<string, unknown>> = {
  assign: { type: 'assign', assignee: 'chuyenvien' },
  submit_for_approval: { type: 'submit_for_approval', summary: 'Đủ điều kiện.' },
  approve: { type: 'approve' },
  mark_result_ready: { type: 'mark_result_ready', resultName: 'Giấy xác nhận' },
  return_result: { type: 'return_result', method: 'in_person' },
};
const order = ['assign', 'submit_for_approval', 'approve', 'mark_result_ready', 'return_result'];

let t: TestApp;
const sessions = new Map<string, Session>();
beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00' });
  for (const username of [...users.own, ...users.other])
    sessions.set(username, await login(t.app, username));
});
afterAll(() => t.close());

async function dossierAt(step: number): Promise<string> {
  const created = await call(t.app, sessions.get('tiepnhan'), 'POST', '/api/v1/dossiers', {
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
  const code = created.json().code as string;
  const doers = ['truongphong', 'chuyenvien', 'lanhdao', 'chuyenvien', 'tiepnhan'];
  for (let i = 0; i < step; i++) {
    const r = await call(
      t.app,
      sessions.get(doers[i]!),
      'POST',
      `/api/v1/dossiers/${code}/actions`,
      bodies[order[i]!],
    );
    expect(r.statusCode).toBe(200);
  }
  return code;
}

describe('dossier actions: role × action × own/other unit', () => {
  it('receive: only reception officers, at their own one-stop unit', async () => {
    const body = {
      procedureCode: '9.999001',
      channel: 'in_person',
      applicant: {
        kind: 'person',
        fullName: 'Lê Văn Cường',
        idNumber: '033090009999',
        phone: '0987654321',
        address: 'Hưng Yên',
      },
      receivingUnitCode: '000.00.31.H31',
    };
    for (const username of [...users.own, ...users.other]) {
      const response = await call(t.app, sessions.get(username), 'POST', '/api/v1/dossiers', body);
      expect([username, response.statusCode]).toEqual([
        username,
        username === 'tiepnhan' ? 201 : 403,
      ]);
    }
  });

  for (const [index, action] of order.entries()) {
    it(`${action}: allowed to ${allowed[action]!.join(', ')} only`, async () => {
      for (const username of [...users.own, ...users.other]) {
        const expectedOk = allowed[action]!.includes(username);
        const code = await dossierAt(index);
        const response = await call(
          t.app,
          sessions.get(username),
          'POST',
          `/api/v1/dossiers/${code}/actions`,
          bodies[action],
        );
        const expected = expectedOk
          ? 200
          : users.other.includes(username) || username === 'admin' || username === 'kiemsoat'
            ? 404
            : 403;
        expect([username, response.statusCode]).toEqual([username, expected]);
      }
    });
  }

  it('reading: own-unit officers and the province monitor see the dossier; admin, catalogue and other units do not', async () => {
    const code = await dossierAt(0);
    const visible = ['tiepnhan', 'chuyenvien', 'truongphong', 'lanhdao', 'giamsat'];
    for (const username of [...users.own, ...users.other]) {
      const response = await call(t.app, sessions.get(username), 'GET', `/api/v1/dossiers/${code}`);
      expect([username, response.statusCode]).toEqual([
        username,
        visible.includes(username) ? 200 : 404,
      ]);
    }
  });
});

describe('every route of the API without a session', () => {
  const routes = apiRoutes({ cookieSecure: false }).filter((r) => r.auth === 'session');
  it.each(routes.map((r) => [r.method, r.url] as const))(
    '%s %s answers 401 UNAUTHENTICATED',
    async (method, url) => {
      const concrete = url
        .replace(':code', '000.00.03.H31-260302-0001')
        .replace(':id', '00000000-0000-7000-8000-000000000000')
        .replace(':membershipId', '00000000-0000-7000-8000-000000000001')
        .replace(':date', '2026-12-31');
      const response = await call(
        t.app,
        undefined,
        method,
        concrete,
        method === 'GET' || method === 'DELETE' ? undefined : {},
      );
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('UNAUTHENTICATED');
    },
  );
});

describe('administration routes for officers without the scope', () => {
  const attempts: Array<[string, 'POST' | 'PATCH' | 'PUT' | 'GET', string, unknown]> = [
    [
      'create unit',
      'POST',
      '/api/v1/units',
      { code: 'X.Y.Z', name: 'Thử', kind: 'division', parentCode: '000.00.03.H31' },
    ],
    ['edit unit', 'PATCH', '/api/v1/units/000.00.03.H31', { name: 'Tên mới' }],
    ['list users', 'GET', '/api/v1/users', undefined],
    [
      'create user',
      'POST',
      '/api/v1/users',
      { username: 'thu.nghiem', fullName: 'Thử', password: 'MatKhau2026', memberships: [] },
    ],
    [
      'set holiday',
      'PUT',
      '/api/v1/calendar/overrides/2027-06-01',
      { kind: 'holiday', name: 'Thử' },
    ],
  ];
  for (const username of [
    'tiepnhan',
    'chuyenvien',
    'truongphong',
    'lanhdao',
    'giamsat',
    'kiemsoat',
    'tiepnhan.phohien',
  ]) {
    it(`${username} is refused every administration route with 403`, async () => {
      for (const [what, method, url, body] of attempts) {
        const response = await call(t.app, sessions.get(username), method, url, body);
        expect([what, response.statusCode]).toEqual([what, 403]);
      }
    });
  }
});
