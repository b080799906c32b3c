import type { ServiceContext } from '../context.ts';
import type { JobHandler, RecurringJob } from '../jobs/job-runner.ts';
import { settleSimGateway } from './sim-checkout.ts';

/** The simulated gateway's hourly batch to the fee-holding account (a no-op with a real provider). */
async function settleSimulated(ctx: ServiceContext): Promise<void> {
  await settleSimGateway(ctx, ctx.clock.now());
}

export const paymentJobHandlers: Record<string, JobHandler> = {
  'payments.sim_settle': settleSimulated,
};

export const paymentRecurringJobs: RecurringJob[] = [
  { kind: 'payments.sim_settle', everyMinutes: 60 },
];
