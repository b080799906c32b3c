import { countWorkingMinutesBetween, type WorkingCalendar } from '../calendar/index.ts';

/** One order in the gateway's books (its ledger or its transaction report). */
export interface LedgerEntry {
  gatewayOrderId: string;
  /** Our reference sent with the order: payments.id. */
  merchantRef: string;
  amountVnd: number;
  status: 'created' | 'succeeded' | 'failed';
  paidAt: string | null;
  /** When the gateway moved the money to the fee-holding account. */
  settledAt: string | null;
}

/** One online payment in our books. */
export interface RecordedPayment {
  paymentId: string;
  dossierCode: string;
  amountVnd: number;
  status: 'pending' | 'paid' | 'failed';
  paidAt: string | null;
  receiptNumber: string | null;
  collectingUnitId: string;
}

export interface ReconciledPair {
  paymentId: string;
  dossierCode: string | null;
  gatewayOrderId: string | null;
  ourAmountVnd: number | null;
  gatewayAmountVnd: number | null;
  ourStatus: RecordedPayment['status'] | null;
  gatewayStatus: LedgerEntry['status'] | null;
  paidAt: string | null;
  settledAt: string | null;
}

export interface Reconciliation {
  matched: ReconciledPair[];
  /** The gateway took the money; we have no paid payment for it. */
  missingOnOurSide: ReconciledPair[];
  /** We recorded an online payment as paid; the gateway has no successful order for it. */
  missingOnGateway: ReconciledPair[];
  amountMismatches: ReconciledPair[];
  totals: { gatewayVnd: number; recordedVnd: number; differenceVnd: number };
}

/**
 * Compares the gateway's books with ours, order by order (user-voice #15: every fee payment is
 * reconciled against dossiers). The key is our reference carried by the order (payments.id).
 */
export function reconcile(ledger: LedgerEntry[], recorded: RecordedPayment[]): Reconciliation {
  const ours = new Map(recorded.map((p) => [p.paymentId, p]));
  const theirs = new Map(ledger.map((e) => [e.merchantRef, e]));
  const result: Reconciliation = {
    matched: [],
    missingOnOurSide: [],
    missingOnGateway: [],
    amountMismatches: [],
    totals: { gatewayVnd: 0, recordedVnd: 0, differenceVnd: 0 },
  };
  for (const ref of [...new Set([...ours.keys(), ...theirs.keys()])].sort()) {
    const our = ours.get(ref);
    const their = theirs.get(ref);
    const gatewayPaid = their?.status === 'succeeded';
    const ourPaid = our?.status === 'paid';
    if (!gatewayPaid && !ourPaid) continue;
    const pair: ReconciledPair = {
      paymentId: ref,
      dossierCode: our?.dossierCode ?? null,
      gatewayOrderId: their?.gatewayOrderId ?? null,
      ourAmountVnd: our?.amountVnd ?? null,
      gatewayAmountVnd: their?.amountVnd ?? null,
      ourStatus: our?.status ?? null,
      gatewayStatus: their?.status ?? null,
      paidAt: our?.paidAt ?? their?.paidAt ?? null,
      settledAt: their?.settledAt ?? null,
    };
    if (gatewayPaid) result.totals.gatewayVnd += their.amountVnd;
    if (ourPaid) result.totals.recordedVnd += our.amountVnd;
    if (gatewayPaid && ourPaid) {
      (our.amountVnd === their.amountVnd ? result.matched : result.amountMismatches).push(pair);
    } else if (gatewayPaid) {
      result.missingOnOurSide.push(pair);
    } else {
      result.missingOnGateway.push(pair);
    }
  }
  result.totals.differenceVnd = result.totals.gatewayVnd - result.totals.recordedVnd;
  return result;
}

/** Decree 118/2025 Art. 24: online collections reach the fee-holding account within 8 working hours. */
export const settlementWorkingMinutes = 8 * 60;

export type SettlementTimeliness = 'on_time' | 'late' | 'pending' | 'overdue';

export const settlementTimelinessLabels: Record<SettlementTimeliness, string> = {
  on_time: 'Đã chuyển trong 8 giờ làm việc',
  late: 'Chuyển quá 8 giờ làm việc',
  pending: 'Chưa chuyển, còn trong hạn',
  overdue: 'Chưa chuyển, đã quá 8 giờ làm việc',
};

/** Whether an online collection reached the account within 8 working hours, on the unit's calendar. */
export function judgeSettlement(
  calendar: WorkingCalendar,
  paidAt: number,
  settledAt: number | null,
  now: number,
): { timeliness: SettlementTimeliness; workingMinutes: number } {
  const end = settledAt ?? now;
  const workingMinutes = Math.max(0, countWorkingMinutesBetween(calendar, paidAt, end));
  const within = workingMinutes <= settlementWorkingMinutes;
  if (settledAt !== null) return { timeliness: within ? 'on_time' : 'late', workingMinutes };
  return { timeliness: within ? 'pending' : 'overdue', workingMinutes };
}
