import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError } from '../../../core/errors.ts';
import type { CitizenPrincipal } from '../../../services/citizens/citizen-sessions.ts';
import { httpStatusOf } from '../../http-errors.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderLayout } from '../layout.ts';
import { type PageContext, portalCsp, safeLocalPath } from '../page-context.ts';

/**
 * Shared pieces of the citizen pages: a private (never cached) page in the portal's shell, the
 * signed-in bar with its sign-out form, the hidden CSRF field, error boxes and Vietnam-time dates.
 */
export function sendCitizenPage(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', portalCsp)
    .header('cache-control', 'no-store')
    .header('vary', 'Cookie')
    .send(body);
}

export function renderCitizenPage(options: {
  page: PageContext;
  title: string;
  body: SafeHtml;
  citizen?: CitizenPrincipal;
}): string {
  const { t } = options.page;
  const who = options.citizen
    ? html`<div class="who"><span>${t.citizen.signedInAs(describeCitizen(options.citizen))}</span>
<form class="inline" method="post" action="/cong-dan/dang-xuat">${csrfField(options.citizen)}<button class="link" type="submit">${t.citizen.signOut}</button></form></div>`
    : '';
  return renderLayout({
    title: options.title,
    page: options.page,
    current: 'mine',
    body: html`<div class="cz">${who}${options.body}</div>`,
  });
}

/** A name to show: the e-ID's or the declared name, else the masked phone or e-mail. */
export function describeCitizen(citizen: CitizenPrincipal): string {
  if (citizen.fullName) return citizen.fullName;
  if (citizen.phone) return `${citizen.phone.slice(0, 3)}****${citizen.phone.slice(-3)}`;
  if (citizen.email) return `${citizen.email.slice(0, 1)}***@${citizen.email.split('@')[1]}`;
  return '';
}

export function csrfField(citizen: CitizenPrincipal): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${citizen.csrfToken}">`;
}

export function errorBox(page: PageContext, messages: string | readonly string[] | undefined) {
  const list = typeof messages === 'string' ? [messages] : (messages ?? []);
  if (list.length === 0) return '';
  return html`<div class="alert" role="alert"><p><strong>${page.t.citizen.errorHeading}</strong></p>${
    list.length === 1
      ? html`<p>${list[0]}</p>`
      : html`<ul>${list.map((m) => html`<li>${m}</li>`)}</ul>`
  }</div>`;
}

export function okBox(message: string | SafeHtml | undefined) {
  return message ? html`<div class="ok" role="status">${message}</div>` : '';
}

/** "2026-03-02T17:00:00+07:00" → "17:00 ngày 02/03/2026" (the instant is already in Vietnam time). */
export function formatWhen(page: PageContext, instant: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(instant ?? '');
  if (!m) return '';
  return `${m[4]}:${m[5]} ${page.lang === 'vi' ? 'ngày' : 'on'} ${m[3]}/${m[2]}/${m[1]}`;
}

/** A form body as strings (urlencoded forms parse to plain objects; repeated fields keep the first). */
export function formFields(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!body || typeof body !== 'object') return out;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') out[key] = first;
  }
  return out;
}

/** Sends a visitor who is not signed in to the sign-in page, coming back here afterwards. */
export function redirectToSignIn(request: FastifyRequest, reply: FastifyReply, back?: string) {
  const next = safeLocalPath(back ?? request.url);
  return reply.redirect(`/cong-dan/dang-nhap?next=${encodeURIComponent(next)}`, 303);
}

/** The status and message of a refused action, for re-rendering the form with the reason. */
export function refusalOf(error: unknown): { status: number; message: string } {
  if (!isDomainError(error)) throw error;
  return { status: httpStatusOf[error.code], message: error.message };
}
