export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  statuses: Record<string, number>;
}

/**
 * A closed-loop load generator: `concurrency` workers each send one request after another for
 * `seconds`. `send` returns the HTTP status. Latency percentiles come from every request.
 */
export async function runLoad(
  send: (worker: number, n: number) => Promise<number>,
  options: { concurrency: number; seconds: number; okStatuses?: number[] },
): Promise<LoadResult> {
  const ok = new Set(options.okStatuses ?? [200, 201]);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  let sequence = 0;
  await Promise.all(
    Array.from({ length: options.concurrency }, async (_, worker) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        let status: number;
        try {
          status = await send(worker, sequence++);
        } catch {
          status = 0;
        }
        latencies.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (!ok.has(status)) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0);
  return {
    requests: latencies.length,
    errors,
    seconds: round(seconds),
    perSecond: round(latencies.length / seconds),
    p50Ms: pct(0.5),
    p95Ms: pct(0.95),
    p99Ms: pct(0.99),
    statuses,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
