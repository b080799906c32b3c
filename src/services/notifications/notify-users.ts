import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';

export interface InAppMessage {
  tenantId: string;
  userIds: readonly string[];
  template: string;
  subject: string;
  body: string;
  /** Unique per recipient: the same event never notifies a person twice. */
  dedupeKey: string;
  dossierId?: string | null;
  payload?: Record<string, unknown>;
  /** The event's instant (the injected clock), not the database's. */
  at?: Date;
}

/** In-app notifications to officers, written in the caller's transaction (the outbox). */
export async function notifyUsers(db: Executor, message: InAppMessage): Promise<number> {
  if (message.userIds.length === 0) return 0;
  const rows = await db
    .insertInto('notifications')
    .values(
      message.userIds.map((userId) => ({
        id: newId(),
        tenantId: message.tenantId,
        channel: 'in_app',
        recipientUserId: userId,
        dossierId: message.dossierId ?? null,
        template: message.template,
        subject: message.subject,
        body: message.body,
        payload: JSON.stringify(message.payload ?? {}),
        dedupeKey: `${message.dedupeKey}:${userId}`,
        status: 'sent',
        sentAt: message.at ?? new Date(),
        ...(message.at ? { createdAt: message.at } : {}),
      })),
    )
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

/** Users holding `role` on any of the units (usually the province root). */
export async function findUsersWithRole(
  db: Executor,
  unitIds: readonly string[],
  role: string,
): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select('m.userId')
    .distinct()
    .where('m.unitId', 'in', unitIds)
    .where('m.role', '=', role)
    .where('u.isActive', '=', true)
    .execute();
  return rows.map((r) => r.userId);
}

/**
 * In-app notifications to everyone holding one of `roles` on one of `unitIds`, in one statement
 * (no read of the recipients first): the workflow's hot path writes its outbox this way.
 */
export async function notifyRoles(
  db: Executor,
  message: Omit<InAppMessage, 'userIds'> & {
    unitIds: readonly string[];
    roles: readonly string[];
    alsoUserIds?: readonly string[];
  },
): Promise<void> {
  const extra = message.alsoUserIds ?? [];
  const at = message.at ?? new Date();
  await sql`
    INSERT INTO notifications (id, tenant_id, channel, recipient_user_id, dossier_id, template, subject, body, payload, dedupe_key, status, sent_at, created_at)
    SELECT gen_random_uuid(), ${message.tenantId}::uuid, 'in_app', r.user_id, ${message.dossierId ?? null}::uuid,
           ${message.template}, ${message.subject}, ${message.body}, ${JSON.stringify(message.payload ?? {})}::jsonb,
           ${message.dedupeKey} || ':' || r.user_id::text, 'sent', ${at}::timestamptz, ${at}::timestamptz
    FROM (
      SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.unit_id = ANY(${[...message.unitIds]}::uuid[]) AND m.role = ANY(${[...message.roles]}::text[]) AND u.is_active
      UNION
      SELECT unnest(${[...extra]}::uuid[])
    ) r
    ON CONFLICT (dedupe_key) DO NOTHING`.execute(db);
}
