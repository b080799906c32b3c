import { formatInstant } from '../../core/calendar/index.ts';
import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import type { ServiceContext } from '../context.ts';

/** The caller's in-app notifications, newest first, with the unread count. */
export async function listMyNotifications(
  ctx: ServiceContext,
  principal: Principal,
  limit: number,
) {
  const rows = await ctx.db
    .selectFrom('notifications')
    .select(['id', 'template', 'subject', 'body', 'payload', 'dossierId', 'createdAt', 'readAt'])
    .where('recipientUserId', '=', principal.userId)
    .where('channel', '=', 'in_app')
    .orderBy('createdAt', 'desc')
    .limit(limit)
    .execute();
  const unread = await ctx.db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('recipientUserId', '=', principal.userId)
    .where('channel', '=', 'in_app')
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    items: rows.map((r) => ({
      ...r,
      createdAt: formatInstant(r.createdAt.getTime()),
      readAt: r.readAt ? formatInstant(r.readAt.getTime()) : null,
    })),
    unread: Number(unread.n),
  };
}

export async function markNotificationRead(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<void> {
  const result = await ctx.db
    .updateTable('notifications')
    .set({ readAt: ctx.clock.now() })
    .where('id', '=', id)
    .where('recipientUserId', '=', principal.userId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0)
    throw new DomainError('NOT_FOUND', 'Không có thông báo này.');
}
