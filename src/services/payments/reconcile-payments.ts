import { formatInstant } from '../../core/calendar/index.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import {
  judgeSettlement,
  type LedgerEntry,
  reconcile,
  settlementTimelinessLabels,
} from '../../core/payments/reconciliation.ts';
import { listOnlinePayments, listPaidPayments } from '../../db/repositories/payments.ts';
import type { ServiceContext } from '../context.ts';
import { reconcileScope, toInstants } from './report-period.ts';

/**
 * The reconciliation report (Decree 118/2025 Art. 24; user-voice #15): for a period, the gateway's
 * books against our recorded online payments — matched, missing on our side, missing at the
 * gateway, amount mismatches — each online collection judged against the 8 working hours within
 * which it must reach the fee account (the collecting unit's calendar), and the counter totals.
 */
export async function reconcilePayments(
  ctx: ServiceContext,
  principal: Principal,
  input: { from: string; to: string },
) {
  const scope = reconcileScope(principal);
  const period = toInstants(input);
  const gc = { db: ctx.db, now: ctx.clock.now() };
  const gateway = ctx.adapters.payments;
  const inPeriod = gateway.isConfigured
    ? await gateway.listTransactions(gc, { ...period, refs: [] })
    : [];
  const recordedRows = await listOnlinePayments(ctx.db, {
    tenantId: principal.tenantId,
    unitIds: scope,
    ...period,
    refs: inPeriod.map((e) => e.merchantRef),
  });
  const known = new Set(inPeriod.map((e) => e.merchantRef));
  const extra = recordedRows.filter((r) => !known.has(r.id)).map((r) => r.id);
  const ledger: LedgerEntry[] = [
    ...inPeriod,
    ...(extra.length && gateway.isConfigured
      ? (
          await gateway.listTransactions(gc, { from: period.from, to: period.from, refs: extra })
        ).filter((e) => !known.has(e.merchantRef))
      : []),
  ];
  const ours = new Set(recordedRows.map((r) => r.id));
  // A unit-scoped reconciler sees the gateway's orders of its own payments only; a province-wide
  // one also sees orders that match no payment of ours at all (money taken, nothing recorded).
  const visibleLedger = ledger.filter((e) => scope === null || ours.has(e.merchantRef));
  const result = reconcile(
    visibleLedger,
    recordedRows.map((r) => ({
      paymentId: r.id,
      dossierCode: r.dossierCode,
      amountVnd: Number(r.amount),
      status: r.status,
      paidAt: r.paidAt?.toISOString() ?? null,
      receiptNumber: r.receiptNumber,
      collectingUnitId: r.collectingUnitId,
    })),
  );
  const unitOf = new Map(recordedRows.map((r) => [r.id, r.collectingUnitId]));
  const withTimeliness = async <
    T extends { paymentId: string; paidAt: string | null; settledAt: string | null },
  >(
    pairs: T[],
  ) =>
    Promise.all(
      pairs.map(async (pair) => {
        const unitId = unitOf.get(pair.paymentId) ?? null;
        if (!pair.paidAt) return { ...pair, settlement: null };
        const calendar = await ctx.calendars.forUnit(ctx.db, principal.tenantId, unitId);
        const judged = judgeSettlement(
          calendar,
          Date.parse(pair.paidAt),
          pair.settledAt ? Date.parse(pair.settledAt) : null,
          gc.now.getTime(),
        );
        return {
          ...pair,
          paidAt: formatInstant(Date.parse(pair.paidAt)),
          settledAt: pair.settledAt ? formatInstant(Date.parse(pair.settledAt)) : null,
          settlement: { ...judged, label: settlementTimelinessLabels[judged.timeliness] },
        };
      }),
    );
  const counter = await listPaidPayments(ctx.db, {
    tenantId: principal.tenantId,
    unitIds: scope,
    ...period,
  });
  const sum = (method: string) =>
    counter.filter((p) => p.method === method).reduce((s, p) => s + Number(p.amount), 0);
  return {
    from: input.from,
    to: input.to,
    gateway: gateway.name,
    matched: await withTimeliness(result.matched),
    missingOnOurSide: await withTimeliness(result.missingOnOurSide),
    missingOnGateway: await withTimeliness(result.missingOnGateway),
    amountMismatches: await withTimeliness(result.amountMismatches),
    totals: {
      ...result.totals,
      cashVnd: sum('cash'),
      transferVnd: sum('bank_transfer'),
      onlineRecordedVnd: sum('online'),
    },
  };
}
export type ReconciliationReport = Awaited<ReturnType<typeof reconcilePayments>>;
