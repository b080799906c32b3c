import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../core/errors.ts';
import {
  authenticateCitizen,
  type CitizenPrincipal,
  citizenMaxMs,
  type NewCitizenSession,
} from '../services/citizens/citizen-sessions.ts';
import type { ServiceContext } from '../services/context.ts';

/**
 * Citizen authentication, apart from officers' (auth-hooks.ts): its own cookie, its own session
 * table, its own CSRF token — in the X-CSRF-Token header for the JSON API, in a hidden `_csrf`
 * field for the pages (they work without JavaScript). Before a session exists, the sign-in forms
 * carry a double-submit token bound to a pre-session cookie, so no other site can sign a
 * visitor into someone else's account.
 */
export const citizenCookie = 'mc_citizen';
export const preSessionCookie = 'mc_citizen_pre';
export const identityStateCookie = 'mc_vneid_state';

const resolved = new WeakMap<FastifyRequest, Promise<CitizenPrincipal | undefined>>();

/** The signed-in citizen of this request, if any (resolved once per request). */
export function findCitizen(
  ctx: ServiceContext,
  request: FastifyRequest,
): Promise<CitizenPrincipal | undefined> {
  let found = resolved.get(request);
  if (!found) {
    const token = request.cookies[citizenCookie];
    found = token ? authenticateCitizen(ctx, token) : Promise.resolve(undefined);
    resolved.set(request, found);
  }
  return found;
}

/**
 * The signed-in citizen, or 401. Writes must carry the session's CSRF token: the header for the
 * API (`csrf: 'header'`), a form field the page passes in (`csrf: token`).
 */
export async function requireCitizen(
  ctx: ServiceContext,
  request: FastifyRequest,
  csrf: 'header' | { formToken: unknown } = 'header',
): Promise<CitizenPrincipal> {
  const citizen = await findCitizen(ctx, request);
  if (!citizen) {
    throw new DomainError(
      'UNAUTHENTICATED',
      'Bạn cần đăng nhập tài khoản công dân (số điện thoại, thư điện tử hoặc VNeID).',
    );
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const sent = csrf === 'header' ? request.headers['x-csrf-token'] : csrf.formToken;
    if (typeof sent !== 'string' || !sameToken(sent, citizen.csrfToken)) {
      throw new DomainError(
        'CSRF_TOKEN_INVALID',
        'Phiên làm việc của biểu mẫu không hợp lệ hoặc đã hết hạn. Tải lại trang và thử lại.',
      );
    }
  }
  return citizen;
}

function cookieOptions(request: FastifyRequest, maxAgeSeconds?: number) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    path: '/',
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}

export function setCitizenCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: NewCitizenSession,
): void {
  reply.setCookie(citizenCookie, session.token, cookieOptions(request, citizenMaxMs / 1000));
}

export function clearCitizenCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(citizenCookie, cookieOptions(request));
}

/** The pre-session token for the sign-in forms (set on the first visit, kept an hour). */
export function ensurePreSessionToken(request: FastifyRequest, reply: FastifyReply): string {
  const existing = request.cookies[preSessionCookie];
  if (existing && /^[A-Za-z0-9_-]{20,64}$/.test(existing)) return existing;
  const token = randomBytes(18).toString('base64url');
  reply.setCookie(preSessionCookie, token, cookieOptions(request, 3600));
  return token;
}

export function assertPreSessionToken(request: FastifyRequest, sent: unknown): void {
  const expected = request.cookies[preSessionCookie];
  if (!expected || typeof sent !== 'string' || !sameToken(sent, expected)) {
    throw new DomainError(
      'CSRF_TOKEN_INVALID',
      'Biểu mẫu đăng nhập đã hết hạn hoặc không gửi từ trang này. Tải lại trang và thử lại.',
    );
  }
}

/** Remembers the `state` sent to the e-ID provider, and where to go after signing in. */
export function setIdentityState(
  request: FastifyRequest,
  reply: FastifyReply,
  state: string,
  next: string,
) {
  reply.setCookie(
    identityStateCookie,
    `${state}|${encodeURIComponent(next)}`,
    cookieOptions(request, 600),
  );
}

/**
 * The callback's `state` must be the one this browser started with (no login CSRF, no code
 * injected from another browser). Returns where to go afterwards; the cookie is used once.
 */
export function takeIdentityState(
  request: FastifyRequest,
  reply: FastifyReply,
  sent: unknown,
): string {
  const [expected, next] = (request.cookies[identityStateCookie] ?? '').split('|');
  reply.clearCookie(identityStateCookie, cookieOptions(request));
  if (!expected || typeof sent !== 'string' || !sameToken(sent, expected)) {
    throw new DomainError(
      'SIGNATURE_INVALID',
      'Phiên đăng nhập VNeID không khớp hoặc đã hết hạn. Vui lòng bấm “Đăng nhập bằng VNeID” lại.',
      { reason: 'state' },
    );
  }
  return decodeURIComponent(next ?? '');
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
