import type { FastifyReply, FastifyRequest } from 'fastify';
import { isLang, type Lang, type Messages, messagesFor } from './i18n/index.ts';

/** The language cookie set by /ngon-ngu/:lang; Vietnamese when absent or unknown. */
export const langCookie = 'mc_lang';

export type NavItem = 'home' | 'procedures' | 'agencies' | 'boundaryFree' | 'mine';

/** What every portal page needs to render: the language, its messages and the current address. */
export interface PageContext {
  lang: Lang;
  t: Messages;
  /** Path and query of this request, for the language switch's `next`. */
  url: string;
  /** Demo mode: the footer links the demo mailbox, where citizens read their sign-in codes. */
  demoMailbox?: boolean;
}

export function pageContextOf(request: FastifyRequest): PageContext {
  const fromCookie = request.cookies?.[langCookie];
  const lang: Lang = isLang(fromCookie) ? fromCookie : 'vi';
  return {
    lang,
    t: messagesFor(lang),
    url: request.url,
    demoMailbox: request.demoMailbox === true,
  };
}

export const defaultPageContext: PageContext = { lang: 'vi', t: messagesFor('vi'), url: '/' };

/**
 * Portal pages need nothing but their own inline styles and same-origin images: no script may
 * run, forms post only here, and no one may frame them.
 */
export const portalCsp =
  "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Sends a rendered portal page: HTML, the portal CSP, a short public cache that varies by language. */
export function sendPage(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', portalCsp)
    .header(
      'cache-control',
      status === 200 ? 'public, max-age=60, stale-while-revalidate=300' : 'no-store',
    )
    .header('vary', 'Cookie')
    .send(body);
}

/**
 * A local path to return to after switching language, or `/`: only same-origin absolute paths
 * pass, so `next` can never send a visitor to another site (no open redirect).
 */
export function safeLocalPath(next: unknown): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return '/';
  if (!next.startsWith('/') || next.startsWith('//') || /[\\\p{Cc}]/u.test(next)) return '/';
  try {
    const base = 'http://portal.invalid';
    const resolved = new URL(next, base);
    if (resolved.origin !== base) return '/';
    return resolved.pathname + resolved.search;
  } catch {
    return '/';
  }
}
