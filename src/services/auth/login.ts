import { DomainError } from '../../core/errors.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import { insertSession } from '../../db/repositories/sessions.ts';
import { findUserByUsername, recordFailedLogin, updateUser } from '../../db/repositories/users.ts';
import type { ServiceContext } from '../context.ts';
import { getDummyHash, verifyPassword } from './passwords.ts';
import { hashToken, newToken } from './tokens.ts';

export const maxFailedLogins = 5;
export const lockoutMinutes = 15;

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  userId: string;
  tenantId: string;
  username: string;
}

/**
 * Password login. After `maxFailedLogins` failures in a row the account is locked for
 * `lockoutMinutes`; every attempt is audited. A fresh session token is issued at each login
 * (no session fixation).
 */
export async function login(ctx: ServiceContext, input: LoginInput): Promise<LoginResult> {
  const now = ctx.clock.now();
  const username = input.username.trim().toLowerCase();
  const user = await findUserByUsername(ctx.db, username);
  const audit = (action: string, details: Record<string, unknown> = {}) =>
    insertAuditEvent(ctx.db, {
      tenantId: user?.tenantId ?? null,
      actorId: user?.id ?? null,
      action,
      targetType: 'user',
      targetId: user?.id ?? username,
      ip: input.ip,
      details: { username, ...details },
    });

  if (!user) {
    await verifyPassword(await getDummyHash(), input.password);
    await audit('login.failed', { reason: 'unknown_user' });
    throw invalidCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit('login.refused', { reason: 'locked' });
    throw new DomainError(
      'ACCOUNT_LOCKED',
      `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau ${formatTime(user.lockedUntil)}.`,
      { lockedUntil: user.lockedUntil.toISOString() },
    );
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk) {
    const lockUntil = new Date(now.getTime() + lockoutMinutes * 60_000);
    const state = await recordFailedLogin(ctx.db, user.id, maxFailedLogins, lockUntil);
    await audit('login.failed', {
      reason: 'bad_password',
      failedLoginCount: state.failedLoginCount,
    });
    if (state.lockedUntil && state.lockedUntil > now) {
      throw new DomainError(
        'ACCOUNT_LOCKED',
        `Sai mật khẩu ${maxFailedLogins} lần liên tiếp: tài khoản bị khóa ${lockoutMinutes} phút.`,
        { lockedUntil: state.lockedUntil.toISOString() },
      );
    }
    throw invalidCredentials();
  }
  if (!user.isActive || (user.isDemo && !ctx.settings.demoMode)) {
    await audit('login.refused', { reason: user.isActive ? 'demo_account' : 'disabled' });
    throw new DomainError(
      'ACCOUNT_DISABLED',
      'Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị hệ thống.',
    );
  }

  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + ctx.settings.sessionTtlHours * 3_600_000);
  await insertSession(ctx.db, {
    id: hashToken(token),
    userId: user.id,
    csrfToken,
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  await updateUser(ctx.db, user.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
  await audit('login.succeeded');
  return {
    token,
    csrfToken,
    expiresAt,
    userId: user.id,
    tenantId: user.tenantId,
    username: user.username,
  };
}

function invalidCredentials(): DomainError {
  return new DomainError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');
}

function formatTime(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3_600_000);
  return `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
}
