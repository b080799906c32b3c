import { formatInstant } from '../../core/calendar/index.ts';
import {
  claimUntouchedOnlineDossiers,
  markOnlineAlerted,
} from '../../db/repositories/citizen-drafts.ts';
import { purgeExpiredCitizenRows } from '../../db/repositories/citizens.ts';
import type { ServiceContext } from '../context.ts';
import type { JobHandler, RecurringJob } from '../jobs/job-runner.ts';
import { notifyRoles } from '../notifications/notify-users.ts';

/** Decree 118/2025 Art. 17.2: the reception officer is alerted within 2 hours of the submission. */
export const onlineAlertAfterMs = 2 * 3_600_000;
const batch = 200;

/**
 * Alerts the reception officers of the receiving unit, in-app, about each online dossier still
 * untouched 2 hours after it was submitted — once per dossier (a marker column, and the outbox's
 * de-duplication key). Runs every 5 minutes, so the alert comes at most 5 minutes after the 2
 * hours; rows are claimed with SKIP LOCKED so several workers share them.
 */
async function alertUntouchedOnlineDossiers(ctx: ServiceContext): Promise<void> {
  const now = ctx.clock.now();
  const rows = await claimUntouchedOnlineDossiers(
    ctx.db,
    new Date(now.getTime() - onlineAlertAfterMs),
    batch,
  );
  for (const row of rows) {
    const due = row.receptionDueAt ? formatInstant(row.receptionDueAt.getTime()) : null;
    const subject = `Hồ sơ trực tuyến ${row.code} chưa được xử lý sau 2 giờ`;
    await notifyRoles(ctx.db, {
      tenantId: row.tenantId,
      unitIds: [row.receivingUnitId],
      roles: ['reception'],
      template: 'dossier.online_untouched',
      subject,
      body: `${subject}: ${row.procedureName} — ${row.applicantName}. Tiếp nhận hoặc yêu cầu bổ sung${due ? ` trước ${due.slice(11, 16)} ngày ${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)}` : ''} (8 giờ làm việc, Điều 17.2 Nghị định 118/2025/NĐ-CP).`,
      dedupeKey: `dossier.online_untouched:${row.id}`,
      dossierId: row.id,
      payload: { code: row.code, receptionDueAt: due },
      at: now,
    });
    await markOnlineAlerted(ctx.db, row.id, now);
  }
}

/** Sessions, codes and used e-ID codes past their life. */
async function purgeCitizenRows(ctx: ServiceContext): Promise<void> {
  await purgeExpiredCitizenRows(ctx.db, ctx.clock.now());
}

export const citizenJobHandlers: Record<string, JobHandler> = {
  'citizens.alert_untouched_online': alertUntouchedOnlineDossiers,
  'citizens.purge_expired': purgeCitizenRows,
};

export const citizenRecurringJobs: RecurringJob[] = [
  { kind: 'citizens.alert_untouched_online', everyMinutes: 5 },
  { kind: 'citizens.purge_expired', dailyAtMinute: 3 * 60 },
];
