import type { ServiceContext } from '../context.ts';
import { type DeliveryReport, deliverDueNotifications } from './deliver-notifications.ts';

/**
 * Runs the outbox delivery every few seconds inside the server process, like the job runner
 * (services/jobs/job-runner.ts) but on its own short timer: the citizen must hear of a status
 * change within 5 minutes (DESIGN "What users tell us"), and a one-time sign-in code within
 * seconds. Several processes may run it on one PostgreSQL (claims skip each other's rows).
 */
export class DeliveryWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  runDue(): Promise<DeliveryReport> {
    return deliverDueNotifications(this.ctx);
  }

  start(intervalMs = 5_000): void {
    const tick = async () => {
      if (this.stopped) return;
      this.running = this.runDue().catch(this.onError);
      await this.running;
      if (this.stopped) return;
      this.timer = setTimeout(tick, intervalMs);
      this.timer.unref();
    };
    this.timer = setTimeout(tick, intervalMs);
    this.timer.unref();
  }

  /** Waits for the round in flight (its outcomes are recorded), then closes the SMTP pool. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.ctx.adapters.email.close?.();
    await this.ctx.adapters.sms.close?.();
  }
}
