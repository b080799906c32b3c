/** A paid payment as the monthly settlement needs it. */
export interface SettlementInput {
  agencyUnitId: string;
  month: string;
  method: 'cash' | 'bank_transfer' | 'online';
  amountVnd: number;
}

export interface SettlementRow {
  agencyUnitId: string;
  month: string;
  count: number;
  cashVnd: number;
  transferVnd: number;
  onlineVnd: number;
  totalVnd: number;
}

/**
 * Fees collected per competent agency per month (Decree 118/2025 Art. 12: the sending agencies
 * settle the fees collected at the one-stop unit monthly), split by how they were paid.
 */
export function summariseSettlement(payments: SettlementInput[]): SettlementRow[] {
  const rows = new Map<string, SettlementRow>();
  for (const p of payments) {
    const key = `${p.agencyUnitId}|${p.month}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        agencyUnitId: p.agencyUnitId,
        month: p.month,
        count: 0,
        cashVnd: 0,
        transferVnd: 0,
        onlineVnd: 0,
        totalVnd: 0,
      };
      rows.set(key, row);
    }
    row.count += 1;
    row.totalVnd += p.amountVnd;
    if (p.method === 'cash') row.cashVnd += p.amountVnd;
    else if (p.method === 'bank_transfer') row.transferVnd += p.amountVnd;
    else row.onlineVnd += p.amountVnd;
  }
  return [...rows.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || a.agencyUnitId.localeCompare(b.agencyUnitId),
  );
}
