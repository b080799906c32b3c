import { formatVnDateTime } from '../../../core/notifications/notice-parts.ts';
import type {
  getFeesForCitizen,
  getOnlinePaymentStatus,
} from '../../../services/payments/citizen-payments.ts';
import { html } from '../html.ts';
import type { PageContext } from '../page-context.ts';
import type { PaymentMessages } from './messages.ts';
import { renderCheckForm, renderError, renderPage } from './page-kit.ts';

type Fees = Awaited<ReturnType<typeof getFeesForCitizen>>;
type Status = Awaited<ReturnType<typeof getOnlinePaymentStatus>>;

export function renderPayCheckPage(
  page: PageContext,
  m: PaymentMessages,
  code: string,
  error?: string,
) {
  return renderPage(
    page,
    m.payTitle(code),
    html`<h1>${m.payTitle(code)}</h1>${renderError(error)}${renderCheckForm(m, `/thanh-toan/${encodeURIComponent(code)}`)}`,
  );
}

/** Fees, receipts and the "pay online" button (a POST form carrying the check value). */
export function renderPayPage(
  page: PageContext,
  m: PaymentMessages,
  fees: Fees,
  check: string,
  error?: string,
) {
  const action = `/thanh-toan/${encodeURIComponent(fees.code)}`;
  const canPay = fees.payable && fees.onlineAvailable && fees.balanceVnd > 0;
  const why = !fees.onlineAvailable
    ? m.onlineOff
    : fees.balanceVnd > 0
      ? ''
      : fees.variable && fees.totalVnd === 0
        ? m.variableFee
        : m.nothingToPay;
  return renderPage(
    page,
    m.payTitle(fees.code),
    html`<h1>${m.payTitle(fees.code)}</h1>
<p lang="vi">${fees.procedureName}</p>
${renderError(error)}
<section class="card" aria-labelledby="fees-h"><h2 id="fees-h">${m.feeLines}</h2>
<ul lang="vi">${fees.lines.map(
      (l) =>
        html`<li>${l.name}: ${l.amountVnd === null ? m.feeUnpriced : m.money(l.amountVnd)} ${l.per ? m.feePer(l.per) : ''}</li>`,
    )}</ul>
${fees.feeText ? html`<p class="muted" lang="vi">${fees.feeText}</p>` : ''}
<dl class="money"><dt>${m.total}</dt><dd>${m.money(fees.totalVnd)}</dd><dt>${m.paid}</dt><dd>${m.money(fees.paidVnd)}</dd><dt>${m.balance}</dt><dd><strong>${m.money(fees.balanceVnd)}</strong></dd></dl>
</section>
${
  fees.receipts.length
    ? html`<section class="card" aria-labelledby="rc-h"><h2 id="rc-h">${m.receipts}</h2><ul>${fees.receipts.map(
        (r) =>
          html`<li>${m.receiptNo} ${r.receiptNumber} — ${m.money(r.amountVnd)} — ${r.method} — ${formatVnDateTime(r.paidAt)}</li>`,
      )}</ul></section>`
    : ''
}
${
  canPay
    ? html`<form method="post" action="${action}" class="card"><input type="hidden" name="check" value="${check}">
<p>${m.payOnlineNote}</p><button type="submit" class="big">${m.payOnline}: ${m.money(fees.balanceVnd)}</button></form>`
    : html`<p class="note">${why}</p>`
}
<p><a href="/tra-cuu?ma=${encodeURIComponent(fees.code)}">${m.lookup}</a></p>`,
  );
}

/** Where the gateway sends the browser back: pending refreshes itself until the callback lands. */
export function renderPayResultPage(page: PageContext, m: PaymentMessages, s: Status) {
  const body =
    s.status === 'paid'
      ? html`<p class="ok" role="status">${m.resultPaid(m.money(s.amountVnd), s.receiptNumber ?? '')}</p>`
      : s.status === 'failed'
        ? html`<p class="error" role="alert">${m.resultFailed}</p><p><a href="/thanh-toan/${encodeURIComponent(s.code)}">${m.tryAgain}</a></p>`
        : html`<meta http-equiv="refresh" content="3"><p class="note" role="status">${m.resultPending}</p>`;
  return renderPage(
    page,
    m.resultTitle,
    html`<h1>${m.resultTitle}</h1><p>${m.dossier}: <strong>${s.code}</strong></p>${body}
<p><a href="/tra-cuu?ma=${encodeURIComponent(s.code)}">${m.lookup}</a></p>`,
  );
}
