import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicant,
  loginOfficers,
  type Officers,
  receiveTestDossier,
} from '../support/dossier-helpers.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * Fees at the counter (Decree 118/2025 Art. 24): the published schedule of the dossier's channel,
 * cash or transfer, a receipt number per collecting unit and year without gaps, retries applied
 * once, dossiers.fee_paid equal to the paid payments.
 */
let t: TestApp;
let o: Officers;
let commune: Session;

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00', sessionTtlHours: 24 * 720 });
  o = await loginOfficers(t);
  commune = await login(t.app, 'tiepnhan.phohien');
});
afterAll(() => t.close());

let keyNo = 0;
const pay = (
  session: Session,
  code: string,
  body: Record<string, unknown>,
  key = `pay-key-${++keyNo}`,
) =>
  call(t.app, session, 'POST', `/api/v1/dossiers/${code}/payments`, body, {
    'idempotency-key': key,
  });

async function feeColumns(code: string) {
  const row = await t.database.db
    .selectFrom('dossiers')
    .select(['feeTotal', 'feePaid'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return { total: Number(row.feeTotal), paid: Number(row.feePaid) };
}

describe('fees of a dossier from the catalogue', () => {
  it('assesses the published fee of the channel and shows the balance', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const fees = (
      await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/payments`)
    ).json();
    expect(fees).toMatchObject({
      totalVnd: 50_000,
      paidVnd: 0,
      balanceVnd: 50_000,
      canCollect: true,
      payments: [],
      onlinePayment: { url: `/thanh-toan/${code}` },
    });
    expect(fees.assessment.lines).toEqual([
      { name: 'Lệ phí', amountVnd: 50_000, per: 'hồ sơ', note: 'Lệ phí hư cấu' },
    ]);
    // A dossier that came online pays the online channel's own (lower) fee.
    const online = await receiveTestDossier(t, o.reception, { channel: 'online' });
    const onlineFees = (
      await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${online}/payments`)
    ).json();
    expect(onlineFees).toMatchObject({ totalVnd: 40_000, balanceVnd: 40_000 });
  });
});

describe('cash and transfer at the counter', () => {
  it('collects the balance in cash with receipt 000001 of the unit-year, once per Idempotency-Key', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const missingKey = await call(t.app, o.reception, 'POST', `/api/v1/dossiers/${code}/payments`, {
      method: 'cash',
    });
    expect(missingKey.statusCode).toBe(400);
    expect(missingKey.json().details.field).toBe('Idempotency-Key');

    const first = await pay(o.reception, code, { method: 'cash' }, 'retry-cash-0001');
    expect(first.statusCode, first.body).toBe(201);
    const receipt = first.json();
    expect(receipt).toMatchObject({
      method: 'cash',
      status: 'paid',
      amountVnd: 50_000,
      payerName: applicant.fullName,
      collectedBy: 'Nguyễn Thị Hoa',
      dossierCode: code,
      feePaidVnd: 50_000,
      paidAt: '2026-03-02T09:00:00+07:00',
    });
    // The first payment of this test file: the unit's first receipt of the year.
    expect(receipt.receiptNumber).toBe('000001/2026');

    const retry = await pay(o.reception, code, { method: 'cash' }, 'retry-cash-0001');
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().receiptNumber).toBe(receipt.receiptNumber);

    const after = (
      await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/payments`)
    ).json();
    expect(after.payments).toHaveLength(1);
    expect(after).toMatchObject({ paidVnd: 50_000, balanceVnd: 0 });
    expect(await feeColumns(code)).toEqual({ total: 50_000, paid: 50_000 });

    const again = await pay(o.reception, code, { method: 'cash' });
    expect(again.statusCode).toBe(422);
    expect(again.json().details.rule).toBe('nothing_to_pay');
  });

  it('a transfer needs the bank reference; partial payments add up to fee_paid', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const noRef = await pay(o.reception, code, { method: 'bank_transfer', amountVnd: 20_000 });
    expect(noRef.statusCode).toBe(400);
    expect(noRef.json().details.fields.map((f: { field: string }) => f.field)).toContain(
      'transferReference',
    );
    const part = await pay(o.reception, code, {
      method: 'bank_transfer',
      amountVnd: 20_000,
      transferReference: 'FT26061123456',
    });
    expect(part.statusCode, part.body).toBe(201);
    expect(part.json()).toMatchObject({ transferReference: 'FT26061123456', feePaidVnd: 20_000 });
    const tooMuch = await pay(o.reception, code, { method: 'cash', amountVnd: 40_000 });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().details).toMatchObject({
      rule: 'amount_exceeds_balance',
      balanceVnd: 30_000,
    });
    const rest = await pay(o.reception, code, { method: 'cash' });
    expect(rest.json().amountVnd).toBe(30_000);
    expect(await feeColumns(code)).toEqual({ total: 50_000, paid: 50_000 });
  });

  it('zero or negative amounts are refused with the field named', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const zero = await pay(o.reception, code, { method: 'cash', amountVnd: 0 });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().details.fields[0]).toMatchObject({
      field: 'amountVnd',
      message: 'Số tiền phải lớn hơn 0',
    });
  });
});

describe('receipt numbers', () => {
  async function receiptNo(session: Session, code: string) {
    const response = await pay(session, code, { method: 'cash', amountVnd: 50_000 });
    expect(response.statusCode, response.body).toBe(201);
    const [no, year] = response.json().receiptNumber.split('/');
    return { no: Number(no), year: Number(year) };
  }

  it('run sequentially per unit and year, and stay unique and gap-free under concurrent payments', async () => {
    const first = await receiptNo(o.reception, await receiveTestDossier(t, o.reception));
    const second = await receiptNo(o.reception, await receiveTestDossier(t, o.reception));
    expect(second).toEqual({ no: first.no + 1, year: 2026 });

    const codes: string[] = [];
    for (let i = 0; i < 8; i++) codes.push(await receiveTestDossier(t, o.reception));
    const numbers = await Promise.all(codes.map((code) => receiptNo(o.reception, code)));
    const sorted = numbers.map((n) => n.no).sort((a, b) => a - b);
    expect(sorted).toEqual(Array.from({ length: 8 }, (_, i) => second.no + 1 + i));

    const stored = await t.database.db
      .selectFrom('payments')
      .select(['receiptNo'])
      .where('receiptYear', '=', 2026)
      .where('method', '<>', 'online')
      .execute();
    const all = stored.map((r) => r.receiptNo!).sort((a, b) => a - b);
    expect(new Set(all).size).toBe(all.length);
  });

  it('another unit has its own sequence; a new year starts again at 1', async () => {
    // Procedure 9.999002 (commune) publishes no fee: the officer sets the amount at the counter.
    const created = await call(t.app, commune, 'POST', '/api/v1/dossiers', {
      procedureCode: '9.999002',
      channel: 'in_person',
      applicant,
    });
    expect(created.statusCode, created.body).toBe(201);
    const communeCode = created.json().code as string;
    const fees = (
      await call(t.app, commune, 'GET', `/api/v1/dossiers/${communeCode}/payments`)
    ).json();
    expect(fees.totalVnd).toBe(0);
    const communePay = await pay(commune, communeCode, { method: 'cash', amountVnd: 8_000 });
    expect(communePay.statusCode, communePay.body).toBe(201);
    expect(communePay.json()).toMatchObject({ receiptNumber: '000001/2026', feeTotalVnd: 8_000 });
    expect(await feeColumns(communeCode)).toEqual({ total: 8_000, paid: 8_000 });

    t.clock.set('2027-01-04T08:30:00+07:00');
    const nextYear = await receiptNo(o.reception, await receiveTestDossier(t, o.reception));
    expect(nextYear).toEqual({ no: 1, year: 2027 });
    t.clock.set('2026-03-02T10:00:00+07:00');
  });
});

describe('the amount due set by the officer', () => {
  it('may be raised for per-page lines, never below what is paid', async () => {
    const code = await receiveTestDossier(t, o.reception);
    await pay(o.reception, code, { method: 'cash', amountVnd: 30_000 });
    const below = await call(t.app, o.reception, 'PUT', `/api/v1/dossiers/${code}/fees`, {
      totalVnd: 10_000,
    });
    expect(below.statusCode).toBe(422);
    expect(below.json().details.rule).toBe('fee_total_below_paid');
    const raised = await call(t.app, o.reception, 'PUT', `/api/v1/dossiers/${code}/fees`, {
      totalVnd: 62_000,
    });
    expect(raised.statusCode).toBe(200);
    expect(raised.json()).toMatchObject({ totalVnd: 62_000, paidVnd: 30_000, balanceVnd: 32_000 });
  });
});
