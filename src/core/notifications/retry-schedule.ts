/**
 * When to try an undelivered e-mail or SMS again. The first attempts come quickly, because the
 * citizen must hear of every status change within 5 minutes (DESIGN "What users tell us": two
 * quick retries fit in that window), then the waits grow so that a provider outage of a few hours
 * is ridden out; after the last wait the message is failed and shown as such on the dossier.
 */
export const retryDelaysMs: readonly number[] = [
  30_000, // 30 s
  120_000, // 2 min
  600_000, // 10 min
  3_600_000, // 1 h
  21_600_000, // 6 h
];

/** Attempts in all: the first one and one after each wait. */
export const maxDeliveryAttempts = retryDelaysMs.length + 1;

/** How long a claimed message belongs to its worker before another may send it again. */
export const deliveryLeaseMs = 120_000;

export type RetryDecision = { kind: 'retry'; at: Date } | { kind: 'failed' };

/**
 * After attempt number `attempt` (1-based) failed: a permanent failure (a 5xx answer, an invalid
 * address) is final at once; otherwise wait the scheduled delay with ±20 % jitter, so that many
 * messages failed by one outage do not all come back in the same second. `random` is in [0, 1).
 */
export function decideRetry(
  attempt: number,
  permanent: boolean,
  now: Date,
  random: number,
): RetryDecision {
  if (permanent || attempt >= maxDeliveryAttempts) return { kind: 'failed' };
  const base = retryDelaysMs[Math.max(0, attempt - 1)]!;
  const jitter = 0.8 + 0.4 * Math.min(Math.max(random, 0), 1);
  return { kind: 'retry', at: new Date(now.getTime() + Math.round(base * jitter)) };
}
