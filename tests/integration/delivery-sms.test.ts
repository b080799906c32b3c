import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOutboxMessages } from '../../src/db/repositories/deliveries.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { deliverDueNotifications } from '../../src/services/notifications/deliver-notifications.ts';
import { createHttpSmsSender } from '../../src/services/notifications/http-sms-sender.ts';
import { applicant, loginOfficers, receiveTestDossier } from '../support/dossier-helpers.ts';
import { createTestApp, type Session, type TestApp } from '../support/test-app.ts';

/**
 * The SMS adapter against a small local HTTP provider: the documented JSON POST (http-sms-sender.ts),
 * Basic credentials moved out of SMS_URL, the outbox row id as idempotency key and reference,
 * 5xx retried, 4xx final.
 */
interface Captured {
  headers: IncomingHttpHeaders;
  body: { to: string; text: string; reference: string; encoding: string };
}
let t: TestApp;
let ctx: ServiceContext;
let reception: Session;
let provider: Server;
const requests: Captured[] = [];
let busyOnce = true;

beforeAll(async () => {
  provider = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      const body = JSON.parse(raw) as Captured['body'];
      requests.push({ headers: req.headers, body });
      res.setHeader('content-type', 'application/json');
      if (body.to === '+84911111111') {
        res.statusCode = 400;
        return res.end(JSON.stringify({ error: 'Số thuê bao không tồn tại' }));
      }
      if (body.to === '+84922222222' && busyOnce) {
        busyOnce = false;
        res.statusCode = 503;
        return res.end(JSON.stringify({ error: 'busy' }));
      }
      res.end(JSON.stringify({ id: `SMS-${requests.length}` }));
    });
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  const port = (provider.address() as AddressInfo).port;
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00' });
  ctx = {
    ...t.ctx,
    adapters: {
      ...t.ctx.adapters,
      sms: createHttpSmsSender({
        smsUrl: `http://motcua:b%C3%AD-m%E1%BA%ADt@127.0.0.1:${port}/v1/sms`,
      }),
    },
  };
  reception = (await loginOfficers(t)).reception;
});
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => provider?.close(resolve));
});

const deliver = () => deliverDueNotifications(ctx, { random: () => 0.5 });

async function smsRowOf(code: string) {
  return t.database.db
    .selectFrom('notifications as n')
    .innerJoin('dossiers as d', 'd.id', 'n.dossierId')
    .select(['n.id', 'n.status', 'n.body', 'n.attempts'])
    .where('d.code', '=', code)
    .where('n.channel', '=', 'sms')
    .executeTakeFirstOrThrow();
}

async function outcomesOf(id: string) {
  const rows = await t.database.db
    .selectFrom('deliveryAttempts')
    .select(['outcome', 'adapter', 'providerId', 'error'])
    .where('notificationId', '=', id)
    .orderBy('attemptNo')
    .execute();
  return rows;
}

describe('the SMS adapter over HTTP', () => {
  it('posts the documented JSON: E.164 number, GSM-7 text in one segment, the row id as reference', async () => {
    const code = await receiveTestDossier(t, reception);
    const row = await smsRowOf(code);
    expect(await deliver()).toMatchObject({ sent: 2 }); // and the e-mail, to the demo mailbox
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.body).toEqual({
      to: '+84912345678',
      text: row.body,
      reference: row.id,
      encoding: 'GSM-7',
    });
    expect(row.body).toMatch(
      new RegExp(
        `^Ho so ${code.replace(/\./g, '\\.')} da duoc tiep nhan\\. Hen tra ket qua: \\d\\d:\\d\\d \\d\\d/\\d\\d/2026\\. Tra cuu: http://127\\.0\\.0\\.1:3000/tra-cuu\\?ma=`,
      ),
    );
    expect(row.body.length).toBeLessThanOrEqual(160);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['idempotency-key']).toBe(row.id);
    expect(request!.headers.authorization).toBe(
      `Basic ${Buffer.from('motcua:bí-mật').toString('base64')}`,
    );
    expect(await outcomesOf(row.id)).toEqual([
      { outcome: 'sent', adapter: 'sms-http', providerId: 'SMS-1', error: null },
    ]);
  });

  it('a 5xx from the provider is retried after 30 s; a 4xx (unknown number) is final', async () => {
    const busy = await receiveTestDossier(t, reception, {
      applicant: { ...applicant, phone: '0922 222 222' },
    });
    const unknown = await receiveTestDossier(t, reception, {
      applicant: { ...applicant, phone: '0911.111.111' },
    });
    expect(await deliver()).toMatchObject({ retried: 1, failed: 1 });
    const busyRow = await smsRowOf(busy);
    const unknownRow = await smsRowOf(unknown);
    expect(unknownRow).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await outcomesOf(unknownRow.id))[0]?.error).toContain('SMS HTTP 400');
    expect(busyRow).toMatchObject({ status: 'pending', attempts: 1 });
    t.clock.advance(30_000);
    expect(await deliver()).toMatchObject({ claimed: 1, sent: 1 });
    expect((await outcomesOf(busyRow.id)).map((a) => a.outcome)).toEqual(['retry', 'sent']);
    expect(requests.filter((r) => r.body.to === '+84911111111')).toHaveLength(1);
    expect(requests.filter((r) => r.body.to === '+84922222222')).toHaveLength(2);
  });

  it('a text with Vietnamese diacritics (the sign-in code message) is announced as UCS-2', async () => {
    const at = t.clock.now();
    await insertOutboxMessages(t.database.db, [
      {
        tenantId: (
          await t.database.db.selectFrom('units').select('tenantId').executeTakeFirstOrThrow()
        ).tenantId,
        channel: 'sms',
        recipientAddress: '0987654321',
        dossierId: null,
        template: 'citizen.otp',
        subject: 'Mã đăng nhập',
        body: 'Mã đăng nhập Một Cửa của bạn là 246810.',
        payload: {},
        dedupeKey: 'test-otp-ucs2',
        at,
      },
    ]);
    expect(await deliver()).toMatchObject({ sent: 1 });
    expect(requests.at(-1)?.body).toMatchObject({
      to: '+84987654321',
      encoding: 'UCS-2',
      text: 'Mã đăng nhập Một Cửa của bạn là 246810.',
    });
  });
});
