import { insertAuditEvent } from '../../db/repositories/audit.ts';
import { deleteSession, findSession } from '../../db/repositories/sessions.ts';
import type { ServiceContext } from '../context.ts';
import { hashToken } from './tokens.ts';

/** Ends the session server-side: the cookie is worthless afterwards even if kept. */
export async function logout(ctx: ServiceContext, token: string, ip: string | null): Promise<void> {
  const id = hashToken(token);
  ctx.principals.delete(id);
  const session = await findSession(ctx.db, id);
  if (!session) return;
  await deleteSession(ctx.db, id);
  await insertAuditEvent(ctx.db, {
    tenantId: session.tenantId,
    actorId: session.userId,
    action: 'logout',
    targetType: 'user',
    targetId: session.userId,
    ip,
  });
}
