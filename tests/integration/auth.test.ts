import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxFailedLogins } from '../../src/services/auth/login.ts';
import { call, createTestApp, login, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('POST /api/v1/auth/login', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the user, units, roles and a CSRF token', async () => {
    const response = await call(t.app, undefined, 'POST', '/api/v1/auth/login', {
      username: 'tiepnhan',
      password: 'demo12345',
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'mc_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = response.json();
    expect(body.user).toMatchObject({ username: 'tiepnhan', fullName: 'Nguyễn Thị Hoa' });
    expect(body.memberships).toEqual([
      expect.objectContaining({ unitCode: '000.00.31.H31', role: 'reception' }),
    ]);
    expect(body.roles).toEqual(['reception']);
    expect(body.scopes).toContain('dossier.receive');
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('refuses a wrong password with 401 INVALID_CREDENTIALS and a Vietnamese message', async () => {
    const response = await call(t.app, undefined, 'POST', '/api/v1/auth/login', {
      username: 'giamsat',
      password: 'sai',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const response = await call(t.app, undefined, 'POST', '/api/v1/auth/login', {
      username: 'khongco',
      password: 'x',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('INVALID_CREDENTIALS');
  });

  it(`locks the account after ${maxFailedLogins} failures, even for the right password, until the lock expires`, async () => {
    for (let i = 1; i < maxFailedLogins; i++) {
      const r = await call(t.app, undefined, 'POST', '/api/v1/auth/login', {
        username: 'kiemsoat',
        password: `sai${i}`,
      });
      expect(r.statusCode).toBe(401);
    }
    const locking = await call(t.app, undefined, 'POST', '/api/v1/auth/login', {
      username: 'kiemsoat',
      password: 'sai',
    });
    expect(locking.statusCode).toBe(423);
    expect(locking.json().code).toBe('ACCOUNT_LOCKED');
    const right = await call(t.app, undefined, 'POST', '/api/v1/auth/login', {
      username: 'kiemsoat',
      password: 'demo12345',
    });
    expect(right.statusCode).toBe(423);
    t.clock.advance(16 * 60_000);
    const later = await call(t.app, undefined, 'POST', '/api/v1/auth/login', {
      username: 'kiemsoat',
      password: 'demo12345',
    });
    expect(later.statusCode).toBe(200);
  });

  it('rejects a body without a username with 400 VALIDATION_FAILED naming the field', async () => {
    const response = await call(t.app, undefined, 'POST', '/api/v1/auth/login', { password: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'username' }] },
    });
  });

  it('records every attempt in the audit log', async () => {
    const rows = await t.database.db
      .selectFrom('auditEvents')
      .select(['action'])
      .where('targetType', '=', 'user')
      .execute();
    const actions = rows.map((r) => r.action);
    expect(actions).toContain('login.succeeded');
    expect(actions).toContain('login.failed');
    expect(actions).toContain('login.refused');
  });
});

describe('sessions', () => {
  it('GET /auth/me needs a session: 401 without, the user with one', async () => {
    expect((await call(t.app, undefined, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const session = await login(t.app, 'lanhdao');
    const me = await call(t.app, session, 'GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().memberships[0]).toMatchObject({
      unitCode: '000.00.03.H31',
      role: 'leader',
      roleLabel: 'Lãnh đạo cơ quan',
    });
  });

  it('logout ends the session on the server: the old cookie no longer works', async () => {
    const session = await login(t.app, 'truongphong');
    const out = await call(t.app, session, 'POST', '/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    expect((await call(t.app, session, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('issues a new session token at each login (no session fixation)', async () => {
    const a = await login(t.app, 'chuyenvien');
    const b = await login(t.app, 'chuyenvien');
    expect(a.cookie).not.toBe(b.cookie);
  });

  it('refuses a forged session cookie', async () => {
    const forged = {
      cookie: 'mc_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      csrf: 'x',
      username: '',
    };
    expect((await call(t.app, forged, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('expires a session after its lifetime', async () => {
    const session = await login(t.app, 'giamsat');
    t.clock.advance(13 * 3_600_000);
    expect((await call(t.app, session, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('CSRF protection of cookie-authenticated writes', () => {
  it('refuses a write without the X-CSRF-Token header with 403 CSRF_TOKEN_INVALID', async () => {
    const session = await login(t.app, 'admin');
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/overrides/2026-12-31',
      headers: { cookie: session.cookie },
      payload: { kind: 'holiday', name: 'Thử' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_TOKEN_INVALID');
  });

  it('refuses a write with another session’s token', async () => {
    const admin = await login(t.app, 'admin');
    const other = await login(t.app, 'giamsat');
    const response = await call(
      t.app,
      { ...admin, csrf: other.csrf },
      'PUT',
      '/api/v1/calendar/overrides/2026-12-31',
      {
        kind: 'holiday',
        name: 'Thử',
      },
    );
    expect(response.statusCode).toBe(403);
  });
});

describe('demo accounts outside demo mode', () => {
  it('refuses the demo password when the server does not run in demo mode', async () => {
    const strict = await createTestApp({ demoMode: false });
    try {
      const response = await call(strict.app, undefined, 'POST', '/api/v1/auth/login', {
        username: 'admin',
        password: 'demo12345',
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('ACCOUNT_DISABLED');
    } finally {
      await strict.close();
    }
  });
});
