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

/**
 * The fees due for a dossier from the version it was received under (Decree 118/2025 Art. 24:
 * the fee schedule is the published one; fees differ per channel, domain.md §10).
 */
export function assessFees(record: ProcedureRecord, channel: Channel): FeeAssessment {
  const offer = record.channels.find((c) => c.kind === channel);
  const lines: FeeLine[] = (offer?.fees ?? []).map((fee) => ({
    name: fee.name,
    amountVnd: fee.amountVnd,
    per: fee.per,
    note: fee.note,
  }));
  return {
    lines,
    totalVnd: lines.reduce((sum, line) => sum + (line.amountVnd ?? 0), 0),
    free: offer?.free === true || (lines.length > 0 && lines.every((l) => l.amountVnd === 0)),
    variable: lines.some((line) => line.amountVnd === null),
    text: offer?.feeText ?? null,
  };
}
