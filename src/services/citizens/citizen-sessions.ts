import type { Executor } from '../../db/database.ts';
import {
  deleteCitizenSession,
  findCitizenSession,
  insertCitizenSession,
  touchCitizenSession,
} from '../../db/repositories/citizens.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { ServiceContext } from '../context.ts';

/**
 * Citizen sessions, apart from officers' (their own table and cookie): a citizen can never act
 * as an officer, nor the reverse. Idle 2 hours (sliding), at most 12 hours: the phone may be
 * shared, and drafts are saved on every step, so signing in again loses nothing.
 */
export const citizenIdleMs = 2 * 3_600_000;
export const citizenMaxMs = 12 * 3_600_000;
const touchEveryMs = 5 * 60_000;

/** Who is signed in: passed to every citizen use case. */
export interface CitizenPrincipal {
  citizenId: string;
  tenantId: string;
  sessionId: string;
  csrfToken: string;
  method: 'otp' | 'identity';
  fullName: string | null;
  phone: string | null;
  email: string | null;
  identityLevel: number | null;
}

export interface NewCitizenSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createCitizenSession(
  db: Executor,
  input: {
    citizenId: string;
    tenantId: string;
    method: 'otp' | 'identity';
    now: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<NewCitizenSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(input.now.getTime() + citizenIdleMs);
  await insertCitizenSession(db, {
    id: hashToken(token),
    tenantId: input.tenantId,
    citizenId: input.citizenId,
    csrfToken,
    method: input.method,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

/** The citizen behind a session cookie, or undefined (unknown, expired or malformed token). */
export async function authenticateCitizen(
  ctx: ServiceContext,
  token: string,
): Promise<CitizenPrincipal | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const id = hashToken(token);
  const now = ctx.clock.now();
  const session = await findCitizenSession(ctx.db, id);
  if (!session || session.expiresAt <= now) return undefined;
  if (now.getTime() - session.createdAt.getTime() >= citizenMaxMs) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > touchEveryMs) {
    const expiresAt = new Date(
      Math.min(now.getTime() + citizenIdleMs, session.createdAt.getTime() + citizenMaxMs),
    );
    await touchCitizenSession(ctx.db, id, now, expiresAt);
  }
  return {
    citizenId: session.citizenId,
    tenantId: session.tenantId,
    sessionId: session.id,
    csrfToken: session.csrfToken,
    method: session.method,
    fullName: session.fullName,
    phone: session.phone,
    email: session.email,
    identityLevel: session.identityLevel,
  };
}

/** Signs out: the cookie is worthless afterwards even if kept. */
export async function endCitizenSession(ctx: ServiceContext, token: string): Promise<void> {
  await deleteCitizenSession(ctx.db, hashToken(token));
}
