import {
  claimDueJobs,
  completeJob,
  enqueueJob,
  failJob,
  type JobRow,
} from '../../db/repositories/jobs.ts';
import { inTransaction, type ServiceContext } from '../context.ts';

export type JobHandler = (ctx: ServiceContext, job: JobRow) => Promise<void>;

export interface RecurringJob {
  kind: string;
  /** Daily at this local time (minutes after midnight, Vietnam time)… */
  dailyAtMinute?: number;
  /** …or every this many minutes (slots aligned on the hour). */
  everyMinutes?: number;
}

/**
 * Runs background work from the `jobs` table inside the server process (DESIGN §3): each job in
 * its own transaction, so a failure rolls back only that job, which is retried with backoff.
 * `runDue` is also what tests call, with their own clock, instead of waiting for a timer.
 */
export class JobRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly handlers: Record<string, JobHandler>,
    private readonly recurring: readonly RecurringJob[] = [],
    private readonly onError: (job: JobRow, error: unknown) => void = () => {},
  ) {}

  /** Makes sure the next occurrence of every daily job exists (one per local day, by key). */
  async scheduleRecurring(): Promise<void> {
    const now = this.ctx.clock.now();
    for (const job of this.recurring) {
      if (job.everyMinutes) {
        const slot = job.everyMinutes * 60_000;
        const runAt = new Date(Math.ceil(now.getTime() / slot) * slot);
        await enqueueJob(this.ctx.db, {
          tenantId: null,
          kind: job.kind,
          runAt,
          dedupeKey: `${job.kind}:${runAt.toISOString()}`,
        });
        continue;
      }
      const local = new Date(now.getTime() + 7 * 3_600_000);
      const todayRun =
        Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) -
        7 * 3_600_000 +
        (job.dailyAtMinute ?? 0) * 60_000;
      const runAt = new Date(todayRun > now.getTime() ? todayRun : todayRun + 86_400_000);
      const day = new Date(runAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
      await enqueueJob(this.ctx.db, {
        tenantId: null,
        kind: job.kind,
        runAt,
        dedupeKey: `${job.kind}:${day}`,
      });
    }
  }

  async runDue(limit = 20): Promise<{ done: number; failed: number }> {
    await this.scheduleRecurring();
    const now = this.ctx.clock.now();
    const jobs = await claimDueJobs(this.ctx.db, now, new Date(now.getTime() + 5 * 60_000), limit);
    let done = 0;
    let failed = 0;
    for (const job of jobs) {
      const handler = this.handlers[job.kind];
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await inTransaction(this.ctx, async (trx) => {
          await handler({ ...this.ctx, db: trx }, job);
          await completeJob(trx, job.id, this.ctx.clock.now());
        });
        done++;
      } catch (error) {
        failed++;
        this.onError(job, error);
        await failJob(
          this.ctx.db,
          job,
          this.ctx.clock.now(),
          error instanceof Error ? error.message : String(error),
        );
      }
    }
    return { done, failed };
  }

  start(intervalMs = 5_000): void {
    const tick = async () => {
      if (this.stopped) return;
      this.running = this.runDue().catch(() => {});
      await this.running;
      if (this.stopped) return;
      this.timer = setTimeout(tick, intervalMs);
      this.timer.unref();
    };
    this.timer = setTimeout(tick, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
