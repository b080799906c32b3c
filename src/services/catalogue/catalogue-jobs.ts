import { sql } from 'kysely';
import { formatIsoDate } from '../../core/calendar/index.ts';
import type { JobHandler, RecurringJob } from '../jobs/job-runner.ts';
import { findUsersWithRole, notifyUsers } from '../notifications/notify-users.ts';
import { refreshProcedureProjection } from './refresh-projection.ts';

const reviewWindowDays = 30;

/** Background work of the catalogue (run by the job runner). */
export const catalogueJobHandlers: Record<string, JobHandler> = {
  /** A version published with a later effective date takes effect: lists and search follow. */
  'catalogue.activate_version': async (ctx, job) => {
    await refreshProcedureProjection(ctx.db, String(job.payload.procedureId), ctx.clock.now());
  },

  /**
   * Periodic review (rà soát) reminders: each procedure whose review is due within 30 days, or
   * overdue, notifies the province's catalogue officers once per due date.
   */
  'catalogue.review_reminders': async (ctx) => {
    const today = formatIsoDate(
      Math.floor((ctx.clock.now().getTime() + 7 * 3_600_000) / 86_400_000),
    );
    const horizon = formatIsoDate(
      Math.floor((ctx.clock.now().getTime() + 7 * 3_600_000) / 86_400_000) + reviewWindowDays,
    );
    const due = await ctx.db
      .selectFrom('procedures')
      .select(['id', 'tenantId', 'code', 'name', 'reviewDueOn'])
      .where('reviewDueOn', '<=', horizon)
      .where('lifecycle', '=', 'active')
      .execute();
    for (const procedure of due) {
      const officers = await findUsersWithRole(ctx.db, [procedure.tenantId], 'catalogue');
      const overdue = procedure.reviewDueOn! < today;
      await notifyUsers(ctx.db, {
        tenantId: procedure.tenantId,
        userIds: officers,
        template: 'catalogue.review_due',
        subject: `${overdue ? 'Quá hạn' : 'Sắp đến hạn'} rà soát thủ tục ${procedure.code}`,
        body: `Thủ tục "${procedure.name}" (${procedure.code}) cần rà soát trước ngày ${procedure.reviewDueOn}.`,
        dedupeKey: `review:${procedure.id}:${procedure.reviewDueOn}`,
        payload: { procedureCode: procedure.code, reviewDueOn: procedure.reviewDueOn },
      });
    }
  },

  /** "Most used" on the portal: dossiers received per procedure over the last 365 days. */
  'catalogue.refresh_usage': async (ctx) => {
    const since = new Date(ctx.clock.now().getTime() - 365 * 86_400_000);
    await sql`
      UPDATE procedures p SET usage_count = coalesce(c.n, 0)
      FROM procedures q
      LEFT JOIN (SELECT procedure_id, count(*)::int AS n FROM dossiers WHERE received_at >= ${since} GROUP BY procedure_id) c
        ON c.procedure_id = q.id
      WHERE p.id = q.id AND p.usage_count IS DISTINCT FROM coalesce(c.n, 0)`.execute(ctx.db);
  },
};

export const catalogueRecurringJobs: RecurringJob[] = [
  { kind: 'catalogue.review_reminders', dailyAtMinute: 7 * 60 },
  { kind: 'catalogue.refresh_usage', dailyAtMinute: 2 * 60 },
];
