import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPaymentSecret, loadConfig } from '../../src/config.ts';
import { signCallback, signedHeaders } from '../../src/services/payments/callback-signature.ts';
import { SimulatedGateway } from '../../src/services/payments/simulated-gateway.ts';
import {
  applicant,
  loginOfficers,
  type Officers,
  receiveTestDossier,
} from '../support/dossier-helpers.ts';
import { call, createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The simulated gateway end to end, over real HTTP (the app listens; the gateway posts its signed
 * callback to it like a provider's server): order → checkout page → the payer's choice → signed
 * callback → paid with a receipt. Replays apply once, forged or stale callbacks and amount
 * mismatches are refused, every delivery is logged.
 */
const secret = 'test-payment-secret-0123456789';
const check = applicant.phone.slice(-4);
let t: TestApp;
let o: Officers;

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00' });
  t.ctx.settings.publicUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  o = await loginOfficers(t);
});
afterAll(() => t.close());

const form = (body: Record<string, string>) => ({
  payload: new URLSearchParams(body).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

async function startOrder(code: string) {
  const started = await call(t.app, undefined, 'POST', `/api/v1/public/dossiers/${code}/payments`, {
    check,
  });
  expect(started.statusCode, started.body).toBe(201);
  const body = started.json() as { paymentId: string; amountVnd: number; redirectUrl: string };
  const orderId = body.redirectUrl.split('/').pop()!;
  return { ...body, orderId };
}

const payment = (id: string) =>
  t.database.db.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const callbackLog = (paymentId: string) =>
  t.database.db
    .selectFrom('paymentCallbacks')
    .select(['result', 'httpStatus'])
    .where('paymentId', '=', paymentId)
    .orderBy('receivedAt')
    .execute();
const postCallback = (body: Buffer | string, headers: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/payments/callbacks/sim', headers, payload: body });

describe('the citizen pays online through the simulated gateway', () => {
  it('order → checkout → signed callback → paid, the browser back on our page', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const ask = await t.app.inject({ url: `/thanh-toan/${code}` });
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('name="check"');
    expect(ask.body).not.toContain(applicant.fullName);
    const wrong = await t.app.inject({ url: `/thanh-toan/${code}?check=0000` });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).not.toContain('50.000');

    const fees = await t.app.inject({ url: `/thanh-toan/${code}?check=${check}` });
    expect(fees.statusCode).toBe(200);
    expect(fees.headers['cache-control']).toBe('no-store');
    expect(fees.body).toContain('50.000 đồng');
    expect(fees.body).toContain('method="post"');

    const go = await t.app.inject({
      method: 'POST',
      url: `/thanh-toan/${code}`,
      ...form({ check }),
    });
    expect(go.statusCode, go.body).toBe(303);
    const checkout = String(go.headers.location);
    expect(checkout).toMatch(/^\/thanh-toan-mo-phong\/[0-9a-f-]{36}$/);

    const page = await t.app.inject({ url: checkout });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Thanh toán thành công');
    expect(page.body).toContain('Thất bại');
    expect(page.body).toContain('50.000 đồng');

    const chosen = await t.app.inject({
      method: 'POST',
      url: checkout,
      ...form({ outcome: 'succeeded' }),
    });
    expect(chosen.statusCode).toBe(303);
    const back = String(chosen.headers.location);
    expect(back).toMatch(new RegExp(`^/thanh-toan/${code.replace(/\./g, '\\.')}/ket-qua\\?ref=`));
    const paymentId = new URL(back, 'http://x').searchParams.get('ref')!;

    // The callback came over HTTP before the redirect: the payment is paid with a receipt.
    const paid = await payment(paymentId);
    expect(paid).toMatchObject({
      status: 'paid',
      method: 'online',
      gateway: 'sim',
      receiptNumber: '000001/2026',
    });
    expect(paid.gatewayTransactionId).toMatch(/^SIM[0-9A-F]{12}$/);
    const fee = await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/payments`);
    expect(fee.json()).toMatchObject({ paidVnd: 50_000, balanceVnd: 0 });
    expect(await callbackLog(paymentId)).toEqual([{ result: 'applied', httpStatus: 200 }]);

    const result = await t.app.inject({ url: back });
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('Đã thanh toán thành công 50.000 đồng');
    expect(result.body).toContain('000001/2026');

    const order = await t.database.db
      .selectFrom('paymentSimOrders')
      .selectAll()
      .where('merchantRef', '=', paymentId)
      .executeTakeFirstOrThrow();
    expect(order).toMatchObject({
      status: 'succeeded',
      callbackAttempts: 1,
      lastCallbackStatus: 200,
    });

    // The gateway sends the same event again: acknowledged, applied once.
    const resend = await t.app.inject({ method: 'POST', url: `${checkout}/gui-lai` });
    expect(resend.statusCode).toBe(303);
    expect(await callbackLog(paymentId)).toEqual([
      { result: 'applied', httpStatus: 200 },
      { result: 'duplicate', httpStatus: 200 },
    ]);
    const again = await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/payments`);
    expect(again.json()).toMatchObject({ paidVnd: 50_000, balanceVnd: 0 });
    expect(again.json().payments).toHaveLength(1);
    const events = await t.database.db
      .selectFrom('paymentGatewayEvents')
      .select('eventId')
      .where('paymentId', '=', paymentId)
      .execute();
    expect(events).toHaveLength(1);
  });

  it('the payer chooses failure: the payment fails and the page offers to try again', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const order = await startOrder(code);
    const chosen = await t.app.inject({
      method: 'POST',
      url: order.redirectUrl,
      ...form({ outcome: 'failed' }),
    });
    expect(chosen.statusCode).toBe(303);
    expect((await payment(order.paymentId)).status).toBe('failed');
    const page = await t.app.inject({ url: String(chosen.headers.location) });
    expect(page.body).toContain('Thanh toán không thành công');
    const fees = await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/payments`);
    expect(fees.json()).toMatchObject({ paidVnd: 0, balanceVnd: 50_000 });
  });

  it('a second click on "pay" within 15 minutes reuses the open order', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const first = await startOrder(code);
    const second = await startOrder(code);
    expect(second).toMatchObject({
      paymentId: first.paymentId,
      orderId: first.orderId,
      amountVnd: 50_000,
    });
  });
});

describe('callbacks that must not count', () => {
  const gateway = () => t.ctx.adapters.payments as SimulatedGateway;

  it('two concurrent deliveries of one event: both acknowledged, applied once', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const order = await startOrder(code);
    // The gateway's ledger moves; its callback is captured instead of posted.
    const signed = await gateway().completeCheckout(
      { db: t.database.db, now: t.clock.now() },
      order.orderId,
      'succeeded',
    );
    const [a, b] = await Promise.all([
      postCallback(signed!.body, signed!.headers),
      postCallback(signed!.body, signed!.headers),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect([a.json().result, b.json().result].sort()).toEqual(['applied', 'duplicate']);
    const rows = await t.database.db
      .selectFrom('paymentGatewayEvents')
      .select('id')
      .where('paymentId', '=', order.paymentId)
      .execute();
    expect(rows).toHaveLength(1);
    const fees = await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/payments`);
    expect(fees.json()).toMatchObject({ paidVnd: 50_000 });
    expect(fees.json().payments).toHaveLength(1);
  });

  it('a forged signature, a tampered body and a stale timestamp answer 401 and change nothing', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const order = await startOrder(code);
    const event = {
      eventId: `evt_${order.orderId}_succeeded`,
      orderId: order.orderId,
      merchantRef: order.paymentId,
      status: 'succeeded',
      amount: 50_000,
      currency: 'VND',
      transactionId: 'FORGED1',
      occurredAt: t.clock.now().toISOString(),
    };
    const body = Buffer.from(JSON.stringify(event));
    const now = Math.floor(t.clock.now().getTime() / 1000);

    const forged = await postCallback(body, signedHeaders('not-the-secret-0123456789', now, body));
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({
      code: 'SIGNATURE_INVALID',
      details: { reason: 'signature' },
    });

    const good = signedHeaders(secret, now, body);
    const tampered = Buffer.from(JSON.stringify({ ...event, amount: 1 }));
    const changed = await postCallback(tampered, good);
    expect(changed.statusCode).toBe(401);

    const unsigned = await postCallback(body, { 'content-type': 'application/json' });
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json().details.reason).toBe('missing');

    const old = now - 6 * 60;
    const stale = await postCallback(body, {
      'content-type': 'application/json',
      'x-payment-timestamp': String(old),
      'x-payment-signature': `sha256=${signCallback(secret, old, body)}`,
    });
    expect(stale.statusCode).toBe(401);
    expect(stale.json().details.reason).toBe('stale');

    expect((await payment(order.paymentId)).status).toBe('pending');
    const log = await t.database.db
      .selectFrom('paymentCallbacks')
      .select(['result', 'httpStatus'])
      .where('body', 'like', `%${order.paymentId}%`)
      .orderBy('receivedAt')
      .execute();
    expect(log.map((l) => l.result)).toEqual([
      'signature_invalid',
      'signature_invalid',
      'signature_invalid',
      'stale',
    ]);
    expect(log.every((l) => l.httpStatus === 401)).toBe(true);

    // The genuine callback still goes through afterwards.
    const genuine = await postCallback(body, good);
    expect(genuine.statusCode, genuine.body).toBe(200);
    expect((await payment(order.paymentId)).status).toBe('paid');
  });

  it('an amount different from the order is refused (422) and logged; an unknown order is 404', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const order = await startOrder(code);
    const now = Math.floor(t.clock.now().getTime() / 1000);
    const body = Buffer.from(
      JSON.stringify({
        eventId: `evt_${order.orderId}_x`,
        orderId: order.orderId,
        merchantRef: order.paymentId,
        status: 'succeeded',
        amount: 5_000,
        currency: 'VND',
        transactionId: 'SIMX',
        occurredAt: t.clock.now().toISOString(),
      }),
    );
    const response = await postCallback(body, signedHeaders(secret, now, body));
    expect(response.statusCode).toBe(422);
    expect(response.json().details.rule).toBe('amount_mismatch');
    expect((await payment(order.paymentId)).status).toBe('pending');
    expect(await callbackLog(order.paymentId)).toEqual([
      { result: 'amount_mismatch', httpStatus: 422 },
    ]);

    const stranger = Buffer.from(
      JSON.stringify({
        eventId: 'evt_unknown_000001',
        orderId: order.orderId,
        merchantRef: '00000000-0000-7000-8000-000000000042',
        status: 'succeeded',
        amount: 50_000,
        currency: 'VND',
        transactionId: null,
        occurredAt: t.clock.now().toISOString(),
      }),
    );
    const unknown = await postCallback(stranger, signedHeaders(secret, now, stranger));
    expect(unknown.statusCode).toBe(404);
  });
});

describe('the signing secret', () => {
  it('defaults to the demo secret in demo mode only; without it online payment is off', async () => {
    expect(loadConfig({ SEED_DEMO: '1' }).paymentSecret).toBe(demoPaymentSecret);
    expect(loadConfig({ SEED_DEMO: '0', DEMO_MODE: '0' }).paymentSecret).toBeUndefined();
    expect(
      loadConfig({ DEMO_MODE: '0', PAYMENT_SECRET: 'a-production-secret-42' }).paymentSecret,
    ).toBe('a-production-secret-42');
    const off = new SimulatedGateway(undefined);
    expect(off.isConfigured).toBe(false);
    await expect(
      off.createOrder(
        { db: t.database.db, now: t.clock.now() },
        { merchantRef: 'x', amountVnd: 1, description: 'x', returnUrl: '/', callbackUrl: '/' },
      ),
    ).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });
});
