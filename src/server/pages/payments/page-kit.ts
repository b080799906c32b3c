import type { FastifyReply } from 'fastify';
import { html, type SafeHtml } from '../html.ts';
import { renderLayout } from '../layout.ts';
import { type PageContext, portalCsp } from '../page-context.ts';
import type { PaymentMessages } from './messages.ts';

/**
 * Pages with personal or changing data (fees after the second factor, the tablet, the gateway):
 * never cached, never sent as a referrer (the check value may sit in the address).
 */
export function sendPrivatePage(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', portalCsp)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .send(body);
}

/** Big touch targets for the tablet and phones: radio choices as full-width buttons. */
export const touchStyles = html`<style>
.choices{display:grid;gap:.5rem;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));border:0;padding:0;margin:.5rem 0 1rem}
.choices legend{font-weight:700;padding:0;margin-bottom:.25rem}
.choices label{display:flex;align-items:center;gap:.5rem;min-height:3.25rem;padding:.5rem .75rem;border:2px solid #6b7580;border-radius:10px;background:#fff;font-weight:600;margin:0;cursor:pointer}
.choices input{width:1.5rem;height:1.5rem;flex:none}
.choices label:has(input:checked){border-color:#0b4fa8;background:#e8f0fc}
.big{font-size:1.15rem;min-height:3.5rem;padding:.75rem 1.5rem;width:100%}
.row-buttons{display:grid;gap:.75rem;grid-template-columns:1fr 1fr}
.pay{background:#1d6b3a}.fail{background:#6b1d1d}
.error{background:#fdecea;border-left:4px solid #a3161a;padding:.5rem 1rem;margin:1rem 0}
.ok{background:#e7f3eb;border-left:4px solid #1d6b3a;padding:.5rem 1rem;margin:1rem 0}
textarea,input[type=text]{width:100%;font:inherit;padding:.6rem;border:1px solid #6b7580;border-radius:6px}
dl.money{display:grid;grid-template-columns:auto auto;gap:.25rem 1rem;margin:0}dl.money dt{font-weight:600}dl.money dd{margin:0;text-align:right}
</style>`;

export function renderPage(page: PageContext, title: string, body: SafeHtml): string {
  return renderLayout({ title, page, body: html`${touchStyles}${body}` });
}

export function renderError(message: string | undefined): SafeHtml | '' {
  return message ? html`<p class="error" role="alert">${message}</p>` : '';
}

/** The second-factor form (GET, so the address can be bookmarked from a QR code). */
export function renderCheckForm(
  m: PaymentMessages,
  action: string,
  hidden: Record<string, string> = {},
): SafeHtml {
  return html`<form method="get" action="${action}" class="card">
${Object.entries(hidden).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
<label for="check">${m.checkLabel}</label>
<input id="check" name="check" type="text" inputmode="text" autocomplete="off" required minlength="4" maxlength="20">
<p class="muted">${m.checkHint}</p>
<button type="submit" class="big">${m.continue}</button>
</form>`;
}
