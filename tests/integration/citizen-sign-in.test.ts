import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.ts';
import { apiRoutes } from '../../src/server/app.ts';
import { createAdapters } from '../../src/services/adapters.ts';
import { requestSignInCode } from '../../src/services/citizens/request-sign-in-code.ts';
import {
  citizenCall,
  readOtpFromOutbox,
  requestCode,
  signInCitizen,
  verifyCode,
} from '../support/citizen-helpers.ts';
import { spawnServer } from '../support/server-process.ts';
import { call, createTestApp, login, type TestApp } from '../support/test-app.ts';

/**
 * Citizen sign-in by a one-time code (issue #5 item 4): the code goes to the outbox, never in a
 * response; it is stored hashed, lives 5 minutes, allows 5 tries; resends are spaced and capped;
 * sessions are the citizen's own (cookie, CSRF token, sign-out, idle and absolute expiry).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00' });
});
afterAll(() => t.close());

const minute = 60_000;

describe('one-time code', () => {
  it('writes the code to the outbox as an SMS in Vietnamese and keeps only its hash', async () => {
    const response = await requestCode(t, '+84 912 345 678', '10.1.0.1');
    expect(response.statusCode, response.body).toBe(201);
    const challenge = response.json();
    expect(challenge).toMatchObject({ channel: 'sms', maskedDestination: '091****678' });
    expect(JSON.stringify(challenge)).not.toMatch(/\b\d{6}\b/);
    const { code, row } = await readOtpFromOutbox(t, '0912345678');
    expect(row).toMatchObject({
      channel: 'sms',
      template: 'citizen.otp',
      status: 'pending',
      recipientUserId: null,
      dedupeKey: `citizen.otp:${challenge.challengeId}`,
    });
    expect(row.body).toContain('Mã đăng nhập');
    expect(row.body).toContain('5 phút');
    const stored = await t.database.db
      .selectFrom('citizenOtps')
      .selectAll()
      .where('id', '=', challenge.challengeId)
      .executeTakeFirstOrThrow();
    expect(stored.codeHash).toMatch(/^\$argon2id\$/);
    expect(stored.codeHash).not.toContain(code);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(5 * minute);
  });

  it('refuses what is neither a mobile number nor an e-mail address', async () => {
    for (const destination of ['12345', '0241234567', 'not-an-email@', 'a b@c']) {
      const response = await requestCode(t, destination, '10.1.0.2');
      expect(response.statusCode, destination).toBe(400);
      expect(response.json().details.field).toBe('destination');
    }
  });

  it('counts wrong codes: 4 tries left, then none, and the right code is refused after 5', async () => {
    const challenge = (await requestCode(t, 'thu.sai@example.vn', '10.1.0.3')).json();
    const { code } = await readOtpFromOutbox(t, 'thu.sai@example.vn');
    const wrong = code === '000000' ? '111111' : '000000';
    const first = await verifyCode(t, challenge.challengeId, wrong);
    expect(first.statusCode).toBe(401);
    expect(first.json()).toMatchObject({ code: 'OTP_INVALID', details: { attemptsLeft: 4 } });
    for (let i = 0; i < 4; i++) await verifyCode(t, challenge.challengeId, wrong);
    const right = await verifyCode(t, challenge.challengeId, code);
    expect(right.statusCode).toBe(401);
    expect(right.json().details.reason).toBe('exhausted');
    expect(right.json().message).toContain('5 lần');
    expect(right.cookies.find((c) => c.name === 'mc_citizen')).toBeUndefined();
  });

  it('expires after 5 minutes: at 4:59 it works, at 5:00 it is refused', async () => {
    const late = (await requestCode(t, 'het.han@example.vn', '10.1.0.4')).json();
    const { code: lateCode } = await readOtpFromOutbox(t, 'het.han@example.vn');
    t.clock.advance(5 * minute);
    const refused = await verifyCode(t, late.challengeId, lateCode);
    expect(refused.json()).toMatchObject({ code: 'OTP_INVALID', details: { reason: 'expired' } });

    t.clock.advance(2 * minute);
    const inTime = (await requestCode(t, 'het.han@example.vn', '10.1.0.4')).json();
    const { code } = await readOtpFromOutbox(t, 'het.han@example.vn');
    t.clock.advance(5 * minute - 1000);
    expect((await verifyCode(t, inTime.challengeId, code)).statusCode).toBe(200);
    // Used once: the same code cannot sign in again.
    expect((await verifyCode(t, inTime.challengeId, code)).json().details.reason).toBe('used');
  });

  it('spaces resends 60 s apart, caps them at 5 an hour, and a new code supersedes the old', async () => {
    const address = 'gui.lai@example.vn';
    const first = (await requestCode(t, address, '10.1.0.5')).json();
    const { code: firstCode } = await readOtpFromOutbox(t, address);
    t.clock.advance(30_000);
    const early = await requestCode(t, address, '10.1.0.5');
    expect(early.statusCode).toBe(429);
    expect(early.json()).toMatchObject({
      code: 'RATE_LIMITED',
      details: { rule: 'otp_resend_interval', retryAfterSeconds: 30 },
    });
    t.clock.advance(30_000);
    const second = await requestCode(t, address, '10.1.0.5');
    expect(second.statusCode).toBe(201);
    expect((await verifyCode(t, first.challengeId, firstCode)).json().details.reason).toBe(
      'superseded',
    );
    for (let i = 0; i < 3; i++) {
      t.clock.advance(61_000);
      expect((await requestCode(t, address, '10.1.0.5')).statusCode).toBe(201);
    }
    t.clock.advance(61_000);
    const sixth = await requestCode(t, address, '10.1.0.5');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().details.rule).toBe('otp_hourly_limit');
    t.clock.advance(60 * minute);
    expect((await requestCode(t, address, '10.1.0.5')).statusCode).toBe(201);
    const sent = await t.database.db
      .selectFrom('notifications')
      .select('id')
      .where('recipientAddress', '=', address)
      .execute();
    expect(sent).toHaveLength(6);
  });

  it('caps the codes one IP address may ask for in an hour (the database count, all processes)', async () => {
    for (let i = 0; i < 20; i++)
      await requestSignInCode(t.ctx, { destination: `ip${i}@example.vn`, ip: '10.9.9.9' });
    await expect(
      requestSignInCode(t.ctx, { destination: 'ip21@example.vn', ip: '10.9.9.9' }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED', details: { rule: 'otp_ip_limit' } });
    await expect(
      requestSignInCode(t.ctx, { destination: 'ip21@example.vn', ip: '10.9.9.10' }),
    ).resolves.toMatchObject({ channel: 'email' });
  });

  it('limits the request route per IP address (burst of 11 in a minute)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await requestCode(t, `burst${i}@example.vn`, '10.7.7.7')).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

describe('citizen sessions', () => {
  it('one account per address: the same phone signs into the same account, e-mail into another', async () => {
    t.clock.advance(2 * 60 * minute);
    const a = await signInCitizen(t, '0987 654 321', '0987654321', '10.2.0.1');
    t.clock.advance(2 * minute);
    const b = await signInCitizen(t, '+84987654321', '0987654321', '10.2.0.1');
    const c = await signInCitizen(t, 'Mot.Nguoi@Example.VN', 'mot.nguoi@example.vn', '10.2.0.1');
    expect(b.citizenId).toBe(a.citizenId);
    expect(c.citizenId).not.toBe(a.citizenId);
    const me = await citizenCall(t, a, 'GET', '/api/v1/citizen/me');
    expect(me.json()).toMatchObject({ phone: '0987654321', method: 'otp' });
    expect(me.json().sessionId).toBeUndefined();
  });

  it('sets an HttpOnly SameSite cookie; writes need the session CSRF token; officers and citizens never cross', async () => {
    const requested = (await requestCode(t, '0977000111', '10.2.0.2')).json();
    const { code } = await readOtpFromOutbox(t, '0977000111');
    const verified = await verifyCode(t, requested.challengeId, code);
    const cookie = verified.cookies.find((c) => c.name === 'mc_citizen')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const session = {
      cookie: `mc_citizen=${cookie.value}`,
      csrf: verified.json().csrfToken as string,
      citizenId: verified.json().citizenId as string,
    };
    const stored = await t.database.db
      .selectFrom('citizenSessions')
      .select('id')
      .where('citizenId', '=', session.citizenId)
      .execute();
    expect(stored.map((s) => s.id)).not.toContain(cookie.value);

    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/citizen/drafts',
      headers: { cookie: session.cookie },
      payload: { procedureCode: '9.999001' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('CSRF_TOKEN_INVALID');
    const otherToken = await citizenCall(
      t,
      { ...session, csrf: 'x'.repeat(43) },
      'POST',
      '/api/v1/citizen/drafts',
      { procedureCode: '9.999001' },
    );
    expect(otherToken.statusCode).toBe(403);

    // A citizen cookie opens no officer route; an officer cookie opens no citizen route.
    const asOfficer = await t.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers?box=all',
      headers: { cookie: session.cookie },
    });
    expect(asOfficer.statusCode).toBe(401);
    const officer = await login(t.app, 'tiepnhan');
    expect((await call(t.app, officer, 'GET', '/api/v1/citizen/dossiers')).statusCode).toBe(401);

    const out = await citizenCall(t, session, 'POST', '/api/v1/citizen/sign-out');
    expect(out.statusCode).toBe(204);
    expect((await citizenCall(t, session, 'GET', '/api/v1/citizen/me')).statusCode).toBe(401);
  });

  it('ends after 2 idle hours, and after 12 hours however active', async () => {
    const session = await signInCitizen(t, '0966000222', '0966000222', '10.2.0.3');
    t.clock.advance(2 * 60 * minute - minute);
    expect((await citizenCall(t, session, 'GET', '/api/v1/citizen/me')).statusCode).toBe(200);
    t.clock.advance(2 * 60 * minute + minute);
    expect((await citizenCall(t, session, 'GET', '/api/v1/citizen/me')).statusCode).toBe(401);

    const busy = await signInCitizen(t, '0966000333', '0966000333', '10.2.0.4');
    for (let hour = 0; hour < 11; hour++) {
      t.clock.advance(60 * minute);
      expect((await citizenCall(t, busy, 'GET', '/api/v1/citizen/me')).statusCode).toBe(200);
    }
    t.clock.advance(60 * minute);
    expect((await citizenCall(t, busy, 'GET', '/api/v1/citizen/me')).statusCode).toBe(401);
  });
});

describe('every citizen route of the API', () => {
  const routes = apiRoutes({ cookieSecure: false }).filter((r) => r.auth === 'citizen');
  let officer: Awaited<ReturnType<typeof login>>;
  beforeAll(async () => {
    officer = await login(t.app, 'tiepnhan');
  });
  it('has some', () => expect(routes.length).toBeGreaterThanOrEqual(12));
  it.each(routes.map((r) => [r.method, r.url] as const))(
    '%s %s answers 401 without a citizen session, even with an officer’s',
    async (method, url) => {
      const concrete = url
        .replace(':code', '000.00.03.H31-260302-0001')
        .replace(':fileId', '00000000-0000-7000-8000-000000000001')
        .replace(':id', '00000000-0000-7000-8000-000000000000');
      for (const session of [undefined, officer]) {
        const response = await call(
          t.app,
          session,
          method as 'GET',
          concrete,
          method === 'GET' || method === 'DELETE' ? undefined : {},
        );
        expect(response.statusCode).toBe(401);
        expect(response.json().code).toBe('UNAUTHENTICATED');
      }
    },
  );
});

describe('VNeID in production', () => {
  it('IDENTITY_PROVIDER=vneid is refused with a clear message, not at the first sign-in', {
    timeout: 120_000,
  }, async () => {
    const settings = {
      smtpUrl: undefined,
      mailFrom: 'x <x@y.z>',
      smsUrl: undefined,
      paymentSecret: undefined,
      publicUrl: 'http://127.0.0.1:3000',
    };
    expect(() => createAdapters({ ...settings, identityProvider: 'vneid' })).toThrow(ConfigError);
    expect(createAdapters({ ...settings, identityProvider: 'standin' }).identity.name).toBe(
      'standin',
    );
    const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-vneid-'));
    try {
      const server = spawnServer({
        DATA_DIR: dataDir,
        PORT: '39431',
        SEED_DEMO: '0',
        IDENTITY_PROVIDER: 'vneid',
      });
      expect(await server.exited).toBe(2);
      expect(server.output()).toContain('IDENTITY_PROVIDER: "vneid" chưa được triển khai');
      expect(server.output()).not.toContain('Một Cửa đang chạy');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
