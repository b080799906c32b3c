import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../database.ts';
import { newId } from '../ids.ts';
import type { DossierRow, NotificationTable } from '../schema.ts';
import type { DeliveryAttemptRow, DemoMailboxRow, DemoMailboxTable } from '../schema-delivery.ts';

export type NotificationRow = Selectable<NotificationTable>;

/** An e-mail or SMS for the outbox, written in the caller's transaction (status pending). */
export interface OutboxMessage {
  tenantId: string;
  channel: 'email' | 'sms';
  recipientAddress: string;
  dossierId: string | null;
  template: string;
  subject: string;
  body: string;
  payload: Record<string, unknown>;
  dedupeKey: string;
  at: Date;
}

/** Inserts the messages; a repeated dedupe key is skipped. Returns how many were new. */
export async function insertOutboxMessages(
  db: Executor,
  messages: readonly OutboxMessage[],
): Promise<number> {
  if (messages.length === 0) return 0;
  const rows = await db
    .insertInto('notifications')
    .values(
      messages.map((m) => ({
        id: newId(m.at.getTime()),
        tenantId: m.tenantId,
        channel: m.channel,
        recipientAddress: m.recipientAddress,
        dossierId: m.dossierId,
        template: m.template,
        subject: m.subject,
        body: m.body,
        payload: JSON.stringify(m.payload),
        dedupeKey: m.dedupeKey,
        status: 'pending',
        nextAttemptAt: m.at,
        createdAt: m.at,
      })),
    )
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

export interface ClaimedDelivery extends NotificationRow {
  /** This attempt's number (1-based): `attempts` after the claim. */
  attemptNo: number;
  adapter: string;
}

/**
 * Claims due e-mails and SMS for one worker. FOR UPDATE SKIP LOCKED keeps concurrent workers off
 * each other's rows, and the claim itself moves `next_attempt_at` to the end of a lease, so once
 * this transaction commits no other worker sees the rows as due until the lease runs out (a worker
 * that died). The attempt is logged as `sending` now; an earlier attempt still `sending` belonged
 * to such a dead worker and is marked `abandoned`. Run inside a transaction.
 */
export async function claimDueDeliveries(
  db: Executor,
  options: { now: Date; leaseUntil: Date; limit: number; adapters: { email: string; sms: string } },
): Promise<ClaimedDelivery[]> {
  const { now, leaseUntil, limit } = options;
  const claimed = await db
    .updateTable('notifications')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), nextAttemptAt: leaseUntil }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('notifications')
        .select('id')
        .where('status', '=', 'pending')
        .where('channel', 'in', ['email', 'sms'])
        .where((w) => w.or([w('nextAttemptAt', 'is', null), w('nextAttemptAt', '<=', now)]))
        .orderBy('nextAttemptAt')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
  if (claimed.length === 0) return [];
  const ids = claimed.map((n) => n.id);
  await db
    .updateTable('deliveryAttempts')
    .set({
      outcome: 'abandoned',
      finishedAt: now,
      error: 'Hết thời hạn giữ, không ghi nhận kết quả',
    })
    .where('notificationId', 'in', ids)
    .where('outcome', '=', 'sending')
    .execute();
  const rows = claimed.map((n) => ({
    ...n,
    attemptNo: n.attempts,
    adapter: n.channel === 'email' ? options.adapters.email : options.adapters.sms,
  }));
  await db
    .insertInto('deliveryAttempts')
    .values(
      rows.map((n) => ({
        id: newId(now.getTime()),
        tenantId: n.tenantId,
        notificationId: n.id,
        attemptNo: n.attemptNo,
        startedAt: now,
        adapter: n.adapter,
        outcome: 'sending' as const,
      })),
    )
    .onConflict((oc) => oc.columns(['notificationId', 'attemptNo']).doNothing())
    .execute();
  return rows;
}

/** The message was accepted: the outbox row is sent, whichever attempt got it through. */
export async function recordDeliverySent(
  db: Executor,
  d: { notificationId: string; attemptNo: number; at: Date; providerId: string },
): Promise<void> {
  await db
    .updateTable('deliveryAttempts')
    .set({ outcome: 'sent', finishedAt: d.at, providerId: d.providerId })
    .where('notificationId', '=', d.notificationId)
    .where('attemptNo', '=', d.attemptNo)
    .execute();
  await db
    .updateTable('notifications')
    .set({ status: 'sent', sentAt: d.at, nextAttemptAt: null, lastError: null })
    .where('id', '=', d.notificationId)
    .where('status', '=', 'pending')
    .execute();
}

/**
 * The attempt failed: retried at `retryAt`, or failed for good when it is null. Only the latest
 * claim decides the row's fate (a late answer of an abandoned attempt changes just its own log).
 */
export async function recordDeliveryFailed(
  db: Executor,
  d: { notificationId: string; attemptNo: number; at: Date; error: string; retryAt: Date | null },
): Promise<void> {
  await db
    .updateTable('deliveryAttempts')
    .set({
      outcome: d.retryAt ? 'retry' : 'failed',
      finishedAt: d.at,
      error: d.error.slice(0, 2000),
    })
    .where('notificationId', '=', d.notificationId)
    .where('attemptNo', '=', d.attemptNo)
    .execute();
  await db
    .updateTable('notifications')
    .set({
      status: d.retryAt ? 'pending' : 'failed',
      nextAttemptAt: d.retryAt,
      lastError: d.error.slice(0, 2000),
    })
    .where('id', '=', d.notificationId)
    .where('status', '=', 'pending')
    .where('attempts', '=', d.attemptNo)
    .execute();
}

/** A dossier's e-mails and SMS (not the officers' in-app messages), oldest first, with attempts. */
export async function listDossierDeliveries(
  db: Executor,
  dossierId: string,
): Promise<Array<NotificationRow & { attemptLog: DeliveryAttemptRow[] }>> {
  const notifications = await db
    .selectFrom('notifications')
    .selectAll()
    .where('dossierId', '=', dossierId)
    .where('channel', '<>', 'in_app')
    .orderBy('createdAt')
    .orderBy('channel')
    .orderBy('id')
    .execute();
  if (notifications.length === 0) return [];
  const attempts = await db
    .selectFrom('deliveryAttempts')
    .selectAll()
    .where(
      'notificationId',
      'in',
      notifications.map((n) => n.id),
    )
    .orderBy('attemptNo')
    .execute();
  return notifications.map((n) => ({
    ...n,
    attemptLog: attempts.filter((a) => a.notificationId === n.id),
  }));
}

export async function keepInDemoMailbox(
  db: Executor,
  message: Omit<Insertable<DemoMailboxTable>, 'id'>,
): Promise<void> {
  await db
    .insertInto('demoMailbox')
    .values({ id: newId(new Date(message.keptAt).getTime()), ...message })
    .onConflict((oc) => oc.column('messageId').doNothing())
    .execute();
}

/** The latest messages of the demo mailbox, newest first; optionally one recipient's. */
export async function listDemoMailbox(
  db: Executor,
  options: { limit: number; recipient?: string | undefined },
): Promise<DemoMailboxRow[]> {
  let query = db
    .selectFrom('demoMailbox')
    .selectAll()
    .orderBy('keptAt', 'desc')
    .orderBy('id', 'desc');
  if (options.recipient) query = query.where('recipient', '=', options.recipient);
  return query.limit(options.limit).execute();
}

/** The dossier a reception message is about (reception writes it just before). */
export async function findDossierForNotice(
  db: Executor,
  id: string,
): Promise<DossierRow | undefined> {
  return db.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirst();
}
