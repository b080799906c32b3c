import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar, DEFAULT_SESSIONS } from '../calendar/index.ts';
import {
  judgeSettlement,
  type LedgerEntry,
  type RecordedPayment,
  reconcile,
} from './reconciliation.ts';
import { summariseSettlement } from './settlement.ts';

const entry = (ref: string, amountVnd: number, status: LedgerEntry['status']): LedgerEntry => ({
  gatewayOrderId: `o-${ref}`,
  merchantRef: ref,
  amountVnd,
  status,
  paidAt: status === 'succeeded' ? '2026-03-02T02:00:00.000Z' : null,
  settledAt: null,
});
const ours = (
  ref: string,
  amountVnd: number,
  status: RecordedPayment['status'],
): RecordedPayment => ({
  paymentId: ref,
  dossierCode: `D-${ref}`,
  amountVnd,
  status,
  paidAt: status === 'paid' ? '2026-03-02T02:00:00.000Z' : null,
  receiptNumber: null,
  collectingUnitId: 'u',
});

describe('reconcile', () => {
  it('sorts every order into one finding and totals both books', () => {
    const r = reconcile(
      [
        entry('a', 100, 'succeeded'),
        entry('b', 100, 'succeeded'),
        entry('c', 90, 'succeeded'),
        entry('d', 100, 'created'),
        entry('e', 5, 'failed'),
      ],
      [
        ours('a', 100, 'paid'),
        ours('b', 100, 'pending'),
        ours('c', 100, 'paid'),
        ours('d', 100, 'paid'),
        ours('e', 5, 'failed'),
      ],
    );
    expect(r.matched.map((p) => p.paymentId)).toEqual(['a']);
    expect(r.missingOnOurSide.map((p) => p.paymentId)).toEqual(['b']);
    expect(r.amountMismatches.map((p) => p.paymentId)).toEqual(['c']);
    expect(r.missingOnGateway.map((p) => p.paymentId)).toEqual(['d']);
    expect(r.totals).toEqual({ gatewayVnd: 290, recordedVnd: 300, differenceVnd: -10 });
  });
});

describe('judgeSettlement (Decree 118/2025 Art. 24: 8 working hours)', () => {
  const calendar = buildWorkingCalendar({
    fromYear: 2026,
    toYear: 2026,
    overrides: [],
    sessions: DEFAULT_SESSIONS,
  });
  const at = (iso: string) => Date.parse(iso);
  it('counts working time only: a Friday-evening payment settled on Monday morning is on time', () => {
    const judged = judgeSettlement(
      calendar,
      at('2026-03-06T18:00:00+07:00'),
      at('2026-03-09T09:00:00+07:00'),
      at('2026-03-10T00:00:00+07:00'),
    );
    expect(judged.timeliness).toBe('on_time');
    expect(judged.workingMinutes).toBeLessThan(120);
  });
  it('late past 8 working hours; unsettled is pending, then overdue', () => {
    const paid = at('2026-03-02T09:00:00+07:00');
    expect(judgeSettlement(calendar, paid, at('2026-03-04T09:00:00+07:00'), paid).timeliness).toBe(
      'late',
    );
    expect(judgeSettlement(calendar, paid, null, at('2026-03-02T10:00:00+07:00')).timeliness).toBe(
      'pending',
    );
    expect(judgeSettlement(calendar, paid, null, at('2026-03-04T10:00:00+07:00')).timeliness).toBe(
      'overdue',
    );
  });
});

describe('summariseSettlement', () => {
  it('groups per agency and month, split by method', () => {
    const rows = summariseSettlement([
      { agencyUnitId: 'x', month: '2026-03', method: 'cash', amountVnd: 10 },
      { agencyUnitId: 'x', month: '2026-03', method: 'online', amountVnd: 20 },
      { agencyUnitId: 'x', month: '2026-04', method: 'bank_transfer', amountVnd: 5 },
    ]);
    expect(rows).toEqual([
      {
        agencyUnitId: 'x',
        month: '2026-03',
        count: 2,
        cashVnd: 10,
        transferVnd: 0,
        onlineVnd: 20,
        totalVnd: 30,
      },
      {
        agencyUnitId: 'x',
        month: '2026-04',
        count: 1,
        cashVnd: 0,
        transferVnd: 5,
        onlineVnd: 0,
        totalVnd: 5,
      },
    ]);
  });
});
