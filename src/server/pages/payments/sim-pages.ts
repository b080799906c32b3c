import { formatInstant } from '../../../core/calendar/index.ts';
import type { getSimOrder } from '../../../services/payments/sim-checkout.ts';
import { html } from '../html.ts';
import type { PaymentMessages } from './messages.ts';
import { touchStyles } from './page-kit.ts';

type SimOrder = Awaited<ReturnType<typeof getSimOrder>>;

/**
 * The simulated gateway's checkout page: deliberately not the portal's look (it stands for a
 * third party's site), with the order, and two buttons — success or failure.
 */
export function renderSimCheckoutPage(m: PaymentMessages, order: SimOrder, lang: string): string {
  const action = `/thanh-toan-mo-phong/${order.id}`;
  const open = order.status === 'created';
  return html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${m.simTitle}</title>${touchStyles}
<style>body{margin:0;font:1rem/1.5 system-ui,sans-serif;background:#eef2f7;color:#1b1f24}
header{background:#123c69;color:#fff;padding:1rem}main{max-width:32rem;margin:1rem auto;padding:0 1rem}
.banner{background:#fff3cd;border:1px solid #8a5a00;padding:.5rem;border-radius:6px}
.box{background:#fff;border:1px solid #c9d0d8;border-radius:10px;padding:1rem}
button{font:inherit;border:0;border-radius:8px;color:#fff;font-weight:700;cursor:pointer}
a{color:#0b4fa8}</style></head>
<body><header><strong>${m.simTitle}</strong></header><main>
<p class="banner" role="note">${m.simBanner}</p>
<h1>${m.simOrder}</h1>
<div class="box"><dl class="money">
<dt>${m.simAmount}</dt><dd><strong>${m.money(order.amount)}</strong></dd>
<dt>${m.simContent}</dt><dd>${order.description}</dd>
<dt>${m.simStatus}</dt><dd>${m.simStatuses[order.status] ?? order.status}</dd>
${order.completedAt ? html`<dt>⏱</dt><dd>${formatInstant(order.completedAt.getTime())}</dd>` : ''}
</dl></div>
${
  open
    ? html`<div class="row-buttons" style="margin-top:1rem">
<form method="post" action="${action}"><input type="hidden" name="outcome" value="succeeded"><button type="submit" class="big pay">${m.simSucceed}</button></form>
<form method="post" action="${action}"><input type="hidden" name="outcome" value="failed"><button type="submit" class="big fail">${m.simFail}</button></form>
</div>`
    : html`<p>${m.simDone} ${m.simCallbacks(order.callbackAttempts, order.lastCallbackStatus)}</p>
<form method="post" action="${action}/gui-lai"><button type="submit" class="big" style="background:#123c69">${m.simResend}</button></form>
<p><a href="${order.returnUrl}">${m.simBackToMerchant}</a></p>`
}
</main></body></html>`.value;
}
