import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../core/errors.ts';
import {
  type AuthenticatedSession,
  authenticateSession,
} from '../services/auth/authenticate-session.ts';
import type { ServiceContext } from '../services/context.ts';

export const sessionCookie = 'mc_session';
export const csrfHeader = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthenticatedSession | undefined;
  }
  interface FastifyContextConfig {
    auth?: 'none' | 'optional' | 'session' | 'citizen';
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie on every request and enforces CSRF protection for writes that are
 * authenticated by the cookie: the session's token must come back in the X-CSRF-Token header
 * (double submit; SameSite=Lax is the second line).
 */
export function registerAuthHooks(app: FastifyInstance, ctx: ServiceContext): void {
  app.decorateRequest('auth', undefined);
  app.addHook('preHandler', async (request) => {
    const token = request.cookies[sessionCookie];
    if (!token) return;
    request.auth = await authenticateSession(ctx, token);
    if (!request.auth || safeMethods.has(request.method)) return;
    // Citizen routes check the citizen session's own token (citizen-auth.ts), not an officer's.
    if (['none', 'citizen'].includes(request.routeOptions.config.auth ?? '')) return;
    const sent = request.headers[csrfHeader];
    if (typeof sent !== 'string' || !sameToken(sent, request.auth.csrfToken)) {
      throw new DomainError(
        'CSRF_TOKEN_INVALID',
        'Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token). Tải lại trang và thử lại.',
      );
    }
  });
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function sessionCookieOptions(secure: boolean, expires?: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    path: '/',
    ...(expires ? { expires } : {}),
  };
}
