import type { JobHandler, RecurringJob } from '../jobs/job-runner.ts';
import { notifyEarlyReturns } from './notify-early-return.ts';

export const resultJobHandlers: Record<string, JobHandler> = {
  'results.notify_early_returns': async (ctx) => {
    await notifyEarlyReturns(ctx);
  },
};

/** Every 5 minutes: status changes reach the citizen within 5 minutes (DESIGN "What users tell us"). */
export const resultRecurringJobs: RecurringJob[] = [
  { kind: 'results.notify_early_returns', everyMinutes: 5 },
];
