import type { Principal } from '../../core/organisation/permissions.ts';
import { monthOf } from '../../core/payments/receipts.ts';
import { judgeSettlement, type SettlementTimeliness } from '../../core/payments/reconciliation.ts';
import { summariseSettlement } from '../../core/payments/settlement.ts';
import { listPaidPayments, listUnitNames } from '../../db/repositories/payments.ts';
import type { ServiceContext } from '../context.ts';
import { reconcileScope, toInstants } from './report-period.ts';

/**
 * Fees to settle per competent agency per month (Decree 118/2025 Art. 12: sending agencies settle
 * the fees collected at the one-stop unit monthly), split cash / transfer / online, with how many
 * online collections reached the fee account within 8 working hours (Art. 24).
 */
export async function reportFeeSettlement(
  ctx: ServiceContext,
  principal: Principal,
  input: { from: string; to: string },
) {
  const scope = reconcileScope(principal);
  const period = toInstants(input);
  const paid = await listPaidPayments(ctx.db, {
    tenantId: principal.tenantId,
    unitIds: scope,
    ...period,
  });
  const online = paid.filter((p) => p.method === 'online');
  const gateway = ctx.adapters.payments;
  const now = ctx.clock.now();
  const ledger =
    online.length && gateway.isConfigured
      ? await gateway.listTransactions(
          { db: ctx.db, now },
          { from: period.from, to: period.from, refs: online.map((p) => p.id) },
        )
      : [];
  const settledAt = new Map(ledger.map((e) => [e.merchantRef, e.settledAt]));
  const timeliness = new Map<string, Record<SettlementTimeliness, number>>();
  for (const p of online) {
    const calendar = await ctx.calendars.forUnit(ctx.db, principal.tenantId, p.collectingUnitId);
    const settled = settledAt.get(p.id);
    const judged = judgeSettlement(
      calendar,
      p.paidAt!.getTime(),
      settled ? Date.parse(settled) : null,
      now.getTime(),
    );
    const key = `${p.agencyUnitId}|${monthOf(p.paidAt!)}`;
    const counts = timeliness.get(key) ?? { on_time: 0, late: 0, pending: 0, overdue: 0 };
    counts[judged.timeliness] += 1;
    timeliness.set(key, counts);
  }
  const rows = summariseSettlement(
    paid.map((p) => ({
      agencyUnitId: p.agencyUnitId,
      month: monthOf(p.paidAt!),
      method: p.method,
      amountVnd: Number(p.amount),
    })),
  );
  const unitIds = [...new Set(rows.map((r) => r.agencyUnitId))];
  const units = await listUnitNames(ctx.db, unitIds);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const collator = new Intl.Collator('vi');
  return {
    from: input.from,
    to: input.to,
    rows: rows
      .map((r) => ({
        month: r.month,
        agency: {
          code: unitById.get(r.agencyUnitId)?.code ?? '',
          name: unitById.get(r.agencyUnitId)?.name ?? '',
        },
        count: r.count,
        cashVnd: r.cashVnd,
        transferVnd: r.transferVnd,
        onlineVnd: r.onlineVnd,
        totalVnd: r.totalVnd,
        onlineSettlement: timeliness.get(`${r.agencyUnitId}|${r.month}`) ?? {
          on_time: 0,
          late: 0,
          pending: 0,
          overdue: 0,
        },
      }))
      .sort(
        (a, b) => a.month.localeCompare(b.month) || collator.compare(a.agency.name, b.agency.name),
      ),
    totalVnd: rows.reduce((s, r) => s + r.totalVnd, 0),
  };
}
export type FeeSettlementReport = Awaited<ReturnType<typeof reportFeeSettlement>>;
