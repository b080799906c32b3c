import { formatInstant } from '../../core/calendar/index.ts';
import { maskAddress } from '../../core/notifications/addresses.ts';
import type { Executor } from '../../db/database.ts';
import { listDossierDeliveries } from '../../db/repositories/deliveries.ts';

const iso = (d: Date | null) => (d ? formatInstant(d.getTime()) : null);

/** Vietnamese labels of the outbox states and attempt outcomes, for the dossier timeline. */
export const deliveryStatusLabels: Record<string, string> = {
  pending: 'Đang chờ gửi',
  sent: 'Đã gửi',
  failed: 'Gửi không thành công',
  skipped: 'Bỏ qua',
};

/**
 * A dossier's e-mails and SMS to the applicant with every delivery attempt, for the timeline
 * (issue #5 item 9). Addresses are masked: the full ones are on the dossier itself.
 */
export async function listDossierNotifications(db: Executor, dossierId: string) {
  const rows = await listDossierDeliveries(db, dossierId);
  return rows.map((n) => {
    const payload = (n.payload ?? {}) as { action?: unknown; seq?: unknown };
    return {
      id: n.id,
      channel: n.channel as 'email' | 'sms',
      address: maskAddress(n.channel, n.recipientAddress),
      template: n.template,
      subject: n.subject,
      /** The action of the dossier log that caused it (0 = reception). */
      actionSeq: typeof payload.seq === 'number' ? payload.seq : null,
      status: n.status,
      statusLabel: deliveryStatusLabels[n.status] ?? n.status,
      createdAt: iso(n.createdAt),
      sentAt: iso(n.sentAt),
      nextAttemptAt: n.status === 'pending' ? iso(n.nextAttemptAt) : null,
      lastError: n.lastError,
      attempts: n.attemptLog.map((a) => ({
        attemptNo: a.attemptNo,
        startedAt: iso(a.startedAt),
        finishedAt: iso(a.finishedAt),
        adapter: a.adapter,
        outcome: a.outcome,
        providerId: a.providerId,
        error: a.error,
      })),
    };
  });
}
export type DossierNotificationView = Awaited<ReturnType<typeof listDossierNotifications>>[number];
