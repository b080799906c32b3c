import type { Principal } from '../../core/organisation/permissions.ts';
import { findSession, touchSession } from '../../db/repositories/sessions.ts';
import type { ServiceContext } from '../context.ts';
import { loadPrincipal } from './load-principal.ts';
import { hashToken } from './tokens.ts';

export interface AuthenticatedSession {
  principal: Principal;
  csrfToken: string;
  sessionId: string;
}

const touchEveryMs = 5 * 60_000;

/** Resolves a session cookie to a principal; sliding expiry, refreshed at most every 5 minutes. */
export async function authenticateSession(
  ctx: ServiceContext,
  token: string,
): Promise<AuthenticatedSession | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const id = hashToken(token);
  const now = ctx.clock.now();
  const cached = ctx.principals.get(id, now.getTime());
  if (cached) return cached;
  const session = await findSession(ctx.db, id);
  if (!session?.isActive || session.expiresAt <= now) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > touchEveryMs) {
    const expiresAt = new Date(now.getTime() + ctx.settings.sessionTtlHours * 3_600_000);
    await touchSession(ctx.db, session.id, now, expiresAt);
  }
  const principal = await loadPrincipal(
    ctx,
    session.userId,
    session.tenantId,
    session.username,
    session.fullName,
  );
  const resolved = { principal, csrfToken: session.csrfToken, sessionId: session.id };
  ctx.principals.set(resolved, now.getTime(), session.expiresAt.getTime());
  return resolved;
}
