import { sql } from 'kysely';
import { computeDue } from '../../core/calendar/index.ts';
import { type Status, statuses, statusInfo } from '../../core/dossiers/statuses.ts';
import type { Trx } from '../../db/database.ts';
import type { DossierRow } from '../../db/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { JobHandler, RecurringJob } from '../jobs/job-runner.ts';
import { findUsersWithRole, notifyUsers } from '../notifications/notify-users.ts';
import { applyLogged } from './perform-dossier-action.ts';
import { loadState } from './workflow-state.ts';

const running = statuses.filter((s) => statusInfo[s].clockRuns) as Status[];
const batch = 200;

/**
 * The overdue watch (DESIGN §2.4): flags dossiers due within one working day and those past due,
 * and tells the officer holding each, the head of the handling unit and the one-stop unit (and,
 * when overdue, the agency's leaders) through the outbox — once per due instant. Rows are claimed
 * with FOR UPDATE SKIP LOCKED so several workers share the work.
 */
async function watchDeadlines(ctx: ServiceContext): Promise<void> {
  const now = ctx.clock.now();
  const trx = ctx.db as Trx;
  const calendar = await ctx.calendars.forUnit(trx, (await anyTenant(trx)) ?? '', null);
  const horizon = new Date(
    computeDue(calendar, { start: now.getTime(), amount: 1, unit: 'working_days' }).due,
  );
  const dueSoon = await sql<DossierRow>`
    SELECT * FROM dossiers WHERE status = ANY(${running}) AND due_soon_alerted_at IS NULL
      AND due_at >= ${now} AND due_at <= ${horizon}
    ORDER BY due_at LIMIT ${batch} FOR UPDATE SKIP LOCKED`.execute(trx);
  for (const row of camel(dueSoon.rows)) {
    await alert(
      trx,
      row,
      'dossier.due_soon',
      `Hồ sơ ${row.code} sắp đến hạn trả kết quả`,
      false,
      now,
    );
    await trx
      .updateTable('dossiers')
      .set({ dueSoonAlertedAt: now })
      .where('id', '=', row.id)
      .execute();
  }
  const overdue = await sql<DossierRow>`
    SELECT * FROM dossiers WHERE status = ANY(${running}) AND overdue_alerted_at IS NULL AND due_at < ${now}
    ORDER BY due_at LIMIT ${batch} FOR UPDATE SKIP LOCKED`.execute(trx);
  for (const row of camel(overdue.rows)) {
    await alert(trx, row, 'dossier.overdue', `Hồ sơ ${row.code} đã quá hạn trả kết quả`, true, now);
    await trx
      .updateTable('dossiers')
      .set({ overdueAlertedAt: now, dueSoonAlertedAt: row.dueSoonAlertedAt ?? now })
      .where('id', '=', row.id)
      .execute();
  }
}

/** Decree 118/2025 Art. 19: a dossier whose supplement is not completed within 15 days is closed. */
async function closeUnanswered(ctx: ServiceContext): Promise<void> {
  const now = ctx.clock.now();
  const trx = ctx.db as Trx;
  const due = await sql<DossierRow>`
    SELECT * FROM dossiers WHERE status = 'awaiting_supplement' AND supplement_close_at <= ${now}
    ORDER BY supplement_close_at LIMIT ${batch} FOR UPDATE SKIP LOCKED`.execute(trx);
  for (const row of camel(due.rows)) {
    await applyLogged(ctx, trx, row, loadState(row), now, null, 'auto_close', {
      type: 'auto_close',
      reason: 'Quá 15 ngày không bổ sung, hoàn thiện hồ sơ (Điều 19 Nghị định 118/2025/NĐ-CP)',
    });
  }
}

async function alert(
  trx: Trx,
  row: DossierRow,
  template: string,
  subject: string,
  overdue: boolean,
  now: Date,
) {
  const [heads, reception, leaders] = await Promise.all([
    findUsersWithRole(trx, [row.handlingUnitId], 'head'),
    findUsersWithRole(trx, [row.receivingUnitId], 'reception'),
    overdue ? findUsersWithRole(trx, [row.competentUnitId], 'leader') : Promise.resolve([]),
  ]);
  const recipients = [
    ...new Set([...(row.assigneeId ? [row.assigneeId] : []), ...heads, ...reception, ...leaders]),
  ];
  await notifyUsers(trx, {
    tenantId: row.tenantId,
    userIds: recipients,
    template,
    subject,
    body: `${subject}: ${row.procedureName} — ${row.applicantName}. Hạn: ${row.dueAt?.toISOString()}.`,
    dedupeKey: `${template}:${row.id}:${row.dueAt?.toISOString()}`,
    dossierId: row.id,
    payload: { code: row.code, dueAt: row.dueAt?.toISOString() },
    at: now,
  });
}

async function anyTenant(trx: Trx): Promise<string | undefined> {
  return (
    await trx
      .selectFrom('units')
      .select('tenantId')
      .where('kind', '=', 'province')
      .executeTakeFirst()
  )?.tenantId;
}

/** Raw rows come back snake_case; the rest of the code speaks camelCase. */
function camel(rows: unknown[]): DossierRow[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row as Record<string, unknown>).map(([k, v]) => [
        k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
        v,
      ]),
    ),
  ) as unknown as DossierRow[];
}

export const dossierJobHandlers: Record<string, JobHandler> = {
  'dossiers.watch_deadlines': watchDeadlines,
  'dossiers.close_unanswered': closeUnanswered,
};

export const dossierRecurringJobs: RecurringJob[] = [
  { kind: 'dossiers.watch_deadlines', everyMinutes: 15 },
  { kind: 'dossiers.close_unanswered', everyMinutes: 60 },
];
