import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedHeaders } from '../../src/services/payments/callback-signature.ts';
import { settleSimGateway } from '../../src/services/payments/sim-checkout.ts';
import type { SimulatedGateway } from '../../src/services/payments/simulated-gateway.ts';
import {
  applicant,
  loginOfficers,
  type Officers,
  receiveTestDossier,
} from '../support/dossier-helpers.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * The reconciliation report and the monthly settlement on a known set of payments (Decree
 * 118/2025 Arts. 12, 24): every kind of finding appears once, with figures computed by hand.
 * 2026-03-02 is a Monday; working hours follow the demo calendar (8 hours a day).
 */
const check = applicant.phone.slice(-4);
const secret = 'test-payment-secret-0123456789';
let t: TestApp;
let o: Officers;
let monitor: Session;
let commune: Session;
const codes: Record<string, string> = {};

const at = (iso: string) => t.clock.set(iso);
const gateway = () => t.ctx.adapters.payments as SimulatedGateway;
let keyNo = 0;

async function startOrder(code: string) {
  const r = await call(t.app, undefined, 'POST', `/api/v1/public/dossiers/${code}/payments`, {
    check,
  });
  expect(r.statusCode, r.body).toBe(201);
  const body = r.json();
  return {
    paymentId: body.paymentId as string,
    orderId: body.redirectUrl.split('/').pop() as string,
  };
}

/** The payer succeeds at the gateway; `deliver` false: the callback never reaches us. */
async function payOnline(code: string, deliver = true) {
  const order = await startOrder(code);
  const signed = await gateway().completeCheckout(
    { db: t.database.db, now: t.clock.now() },
    order.orderId,
    'succeeded',
  );
  if (deliver) {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/callbacks/sim',
      headers: signed!.headers,
      payload: signed!.body,
    });
    expect(r.statusCode, r.body).toBe(200);
  }
  return order;
}

async function payAtCounter(session: Session, code: string, body: Record<string, unknown>) {
  const r = await call(t.app, session, 'POST', `/api/v1/dossiers/${code}/payments`, body, {
    'idempotency-key': `report-key-${++keyNo}`,
  });
  expect(r.statusCode, r.body).toBe(201);
}

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T08:00:00+07:00', sessionTtlHours: 24 * 90 });
  o = await loginOfficers(t);
  monitor = await login(t.app, 'giamsat');
  commune = await login(t.app, 'tiepnhan.phohien');
  for (const name of ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'])
    codes[name] = await receiveTestDossier(t, o.reception);

  at('2026-03-02T09:00:00+07:00');
  await payOnline(codes.d1!); // matched, settled within the hour
  at('2026-03-02T09:30:00+07:00');
  await settleSimGateway(t.ctx, t.clock.now());
  at('2026-03-02T09:40:00+07:00');
  await payOnline(codes.d2!); // matched, settled two working days later: late
  at('2026-03-02T10:00:00+07:00');
  await payOnline(codes.d3!, false); // the gateway took the money; the callback was lost
  // Ours says paid, the gateway never completed the order (recorded by hand, wrongly).
  const d4 = await startOrder(codes.d4!);
  await t.database.db
    .updateTable('payments')
    .set({
      status: 'paid',
      paidAt: t.clock.now(),
      receiptYear: 2026,
      receiptNo: 900,
      receiptNumber: '000900/2026',
    })
    .where('id', '=', d4.paymentId)
    .execute();
  const d5 = await payOnline(codes.d5!); // the gateway's books show another amount
  await t.database.db
    .updateTable('paymentSimOrders')
    .set({ amount: 45_000 })
    .where('id', '=', d5.orderId)
    .execute();
  await payAtCounter(o.reception, codes.d6!, { method: 'cash' });
  await payAtCounter(o.reception, codes.d7!, {
    method: 'bank_transfer',
    transferReference: 'FT26061000001',
  });
  const created = await call(t.app, commune, 'POST', '/api/v1/dossiers', {
    procedureCode: '9.999002',
    channel: 'in_person',
    applicant,
  });
  codes.commune = created.json().code;
  await payAtCounter(commune, codes.commune!, { method: 'cash', amountVnd: 8_000 });

  at('2026-03-04T10:00:00+07:00');
  await settleSimGateway(t.ctx, new Date('2026-03-02T09:45:00+07:00')); // settles d2 only
  at('2026-04-06T09:00:00+07:00');
  await payAtCounter(o.reception, codes.d8!, { method: 'cash' });
  at('2026-04-07T09:00:00+07:00');
});
afterAll(() => t.close());

describe('reconciliation of the gateway with recorded payments', () => {
  it('finds matched, missing on each side and amount mismatches, with the totals', async () => {
    const r = await call(
      t.app,
      monitor,
      'GET',
      '/api/v1/payments/reconciliation?from=2026-03-01&to=2026-03-31',
    );
    expect(r.statusCode, r.body).toBe(200);
    const report = r.json();
    const codesOf = (list: Array<{ dossierCode: string | null }>) =>
      list.map((p) => p.dossierCode).sort();
    expect(codesOf(report.matched)).toEqual([codes.d1, codes.d2].sort());
    expect(report.missingOnOurSide).toHaveLength(1);
    expect(report.missingOnOurSide[0]).toMatchObject({
      ourStatus: 'pending',
      gatewayStatus: 'succeeded',
      gatewayAmountVnd: 50_000,
    });
    expect(codesOf(report.missingOnGateway)).toEqual([codes.d4]);
    expect(report.missingOnGateway[0]).toMatchObject({
      ourStatus: 'paid',
      gatewayStatus: 'created',
    });
    expect(report.amountMismatches).toEqual([
      expect.objectContaining({
        dossierCode: codes.d5,
        ourAmountVnd: 50_000,
        gatewayAmountVnd: 45_000,
      }),
    ]);
    expect(report.totals).toEqual({
      gatewayVnd: 195_000,
      recordedVnd: 200_000,
      differenceVnd: -5_000,
      cashVnd: 58_000,
      transferVnd: 50_000,
      onlineRecordedVnd: 200_000,
    });
  });

  it('judges each online collection against 8 working hours on the unit calendar (Art. 24)', async () => {
    const report = (
      await call(
        t.app,
        monitor,
        'GET',
        '/api/v1/payments/reconciliation?from=2026-03-01&to=2026-03-31',
      )
    ).json();
    const byCode = new Map(
      report.matched.map(
        (p: {
          dossierCode: string;
          settlement: { timeliness: string; workingMinutes: number };
        }) => [p.dossierCode, p.settlement],
      ),
    );
    expect(byCode.get(codes.d1)).toEqual({
      timeliness: 'on_time',
      workingMinutes: 30,
      label: 'Đã chuyển trong 8 giờ làm việc',
    });
    expect(byCode.get(codes.d2)).toMatchObject({ timeliness: 'late' });
    expect((byCode.get(codes.d2) as { workingMinutes: number }).workingMinutes).toBeGreaterThan(
      8 * 60,
    );
    expect(report.missingOnOurSide[0].settlement.timeliness).toBe('overdue');
  });

  it('exports the same findings as an Excel workbook', async () => {
    const r = await call(
      t.app,
      monitor,
      'GET',
      '/api/v1/payments/reconciliation?from=2026-03-01&to=2026-03-31&format=xlsx',
    );
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    expect(r.headers['content-disposition']).toContain('doi-soat-2026-03-01-2026-03-31.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Đối soát')!;
    const findings = sheet.getColumn(1).values.slice(2).map(String).sort();
    expect(findings).toEqual(
      [
        'Cổng đã thu, hệ thống chưa ghi nhận',
        'Hệ thống ghi đã thu, cổng không có',
        'Khớp',
        'Khớp',
        'Lệch số tiền',
      ].sort(),
    );
    const totals = book.getWorksheet('Tổng hợp')!;
    expect(totals.getRow(5).values).toEqual([undefined, 'Chênh lệch', -5_000]);
  });
});

describe('fees settled per agency per month (Art. 12)', () => {
  it('splits each agency-month into cash, transfer and online, with online settlement timeliness', async () => {
    const r = await call(
      t.app,
      monitor,
      'GET',
      '/api/v1/payments/settlement?from=2026-03-01&to=2026-04-30',
    );
    expect(r.statusCode, r.body).toBe(200);
    const report = r.json();
    const rows = report.rows.map((row: Record<string, unknown> & { agency: { code: string } }) => ({
      month: row.month,
      agency: row.agency.code,
      count: row.count,
      cash: row.cashVnd,
      transfer: row.transferVnd,
      online: row.onlineVnd,
      total: row.totalVnd,
      onlineSettlement: row.onlineSettlement,
    }));
    expect(rows).toEqual([
      {
        month: '2026-03',
        agency: 'H31.11953',
        count: 1,
        cash: 8_000,
        transfer: 0,
        online: 0,
        total: 8_000,
        onlineSettlement: { on_time: 0, late: 0, pending: 0, overdue: 0 },
      },
      {
        month: '2026-03',
        agency: '000.00.03.H31',
        count: 6,
        cash: 50_000,
        transfer: 50_000,
        online: 200_000,
        total: 300_000,
        onlineSettlement: { on_time: 1, late: 1, pending: 0, overdue: 2 },
      },
      {
        month: '2026-04',
        agency: '000.00.03.H31',
        count: 1,
        cash: 50_000,
        transfer: 0,
        online: 0,
        total: 50_000,
        onlineSettlement: { on_time: 0, late: 0, pending: 0, overdue: 0 },
      },
    ]);
    expect(report.totalVnd).toBe(358_000);
  });

  it('an agency leader sees only the agency; the workbook adds up', async () => {
    const leader = (
      await call(
        t.app,
        o.leader,
        'GET',
        '/api/v1/payments/settlement?from=2026-03-01&to=2026-04-30',
      )
    ).json();
    expect(leader.rows.map((r: { agency: { code: string } }) => r.agency.code)).toEqual([
      '000.00.03.H31',
      '000.00.03.H31',
    ]);
    expect(leader.totalVnd).toBe(350_000);
    const x = await call(
      t.app,
      monitor,
      'GET',
      '/api/v1/payments/settlement?from=2026-03-01&to=2026-04-30&format=xlsx',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Quyết toán phí theo tháng')!;
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(5).getCell('H').value).toBe(358_000);
  });

  it('refuses officers without payment.reconcile, a reversed period and anonymous callers', async () => {
    const officer = await call(
      t.app,
      o.reception,
      'GET',
      '/api/v1/payments/settlement?from=2026-03-01&to=2026-03-31',
    );
    expect(officer.statusCode).toBe(403);
    const reversed = await call(
      t.app,
      monitor,
      'GET',
      '/api/v1/payments/reconciliation?from=2026-03-31&to=2026-03-01',
    );
    expect(reversed.statusCode).toBe(400);
    const anonymous = await call(
      t.app,
      undefined,
      'GET',
      '/api/v1/payments/reconciliation?from=2026-03-01&to=2026-03-31',
    );
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('the callback log', () => {
  it('lists every delivery for province-wide reconcilers', async () => {
    const log = (await call(t.app, monitor, 'GET', '/api/v1/payments/callbacks')).json();
    expect(log.items.map((i: { result: string }) => i.result).sort()).toEqual([
      'applied',
      'applied',
      'applied',
    ]);
    // A forged one appears too.
    const body = Buffer.from('{"eventId":"evt_forged_0001"}');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/callbacks/sim',
      headers: signedHeaders(`${secret}-wrong`, Math.floor(t.clock.now().getTime() / 1000), body),
      payload: body,
    });
    expect(forged.statusCode).toBe(401);
    const after = (await call(t.app, monitor, 'GET', '/api/v1/payments/callbacks')).json();
    expect(after.items[0]).toMatchObject({ result: 'signature_invalid', httpStatus: 401 });
  });
});
