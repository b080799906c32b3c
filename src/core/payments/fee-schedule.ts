import type { ProcedureRecord } from '../catalogue/procedure-record.ts';
import type { Channel } from '../dossiers/statuses.ts';

/** One fee or charge (phí, lệ phí) of the channel a dossier came by, as the catalogue publishes it. */
export interface FeeLine {
  name: string;
  /** Đồng; null when the catalogue states no fixed amount (set by the agency after reception). */
  amountVnd: number | null;
  per: string | null;
  note: string | null;
}

export interface FeeAssessment {
  lines: FeeLine[];
  /** Sum of the fixed amounts, in đồng. */
  totalVnd: number;
  /** The catalogue says the channel is free of charge. */
  free: boolean;
  /** Some line has no fixed amount: the officer records the amount due. */
  variable: boolean;
  /** The catalogue's free text about fees, shown as published. */
  text: string | null;
}

/** Units that make an amount depend on the quantity asked for (per page, per copy). */
const quantityUnits = new Set(['trang', 'bản', 'tờ', 'bản sao']);

/**
 * The fees due for a dossier from the version it was received under (Decree 118/2025 Art. 24:
 * the fee schedule is the published one; fees differ per channel, domain.md §10). A record may
 * publish several offers of one channel (one per case); the first one's fixed amounts make the
 * suggested total, the others are listed so the officer sees every published line.
 */
export function assessFees(record: ProcedureRecord, channel: Channel): FeeAssessment {
  const offers = record.channels.filter((c) => c.kind === channel);
  const seen = new Set<string>();
  const lines: FeeLine[] = [];
  for (const offer of offers) {
    for (const fee of offer.fees) {
      const key = `${fee.name}|${fee.amountVnd}|${fee.per}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push({ name: fee.name, amountVnd: fee.amountVnd, per: fee.per, note: fee.note });
    }
  }
  const first = offers[0];
  const firstLines = first?.fees ?? [];
  return {
    lines,
    totalVnd: firstLines.reduce((sum, fee) => sum + (fee.amountVnd ?? 0), 0),
    free: first?.free === true || (lines.length > 0 && lines.every((l) => l.amountVnd === 0)),
    variable:
      offers.length > 1 ||
      lines.some((l) => l.amountVnd === null || (l.per !== null && quantityUnits.has(l.per))),
    text: first?.feeText ?? null,
  };
}
