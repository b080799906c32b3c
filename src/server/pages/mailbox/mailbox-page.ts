import type { DemoMessage } from '../../../services/notifications/list-demo-mailbox.ts';
import { html } from '../html.ts';
import { renderLayout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';

const vnTime = (iso: string) =>
  `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The demo mailbox (/hop-thu-demo): the latest e-mails and SMS the stand-in kept, newest first,
 * with the one-time sign-in codes picked out at the top — in the demo, citizens read their code
 * here. Plain server-rendered HTML like the portal: no script, the e-mail's text part only.
 */
export function renderMailboxPage(
  page: PageContext,
  data: { recipient: string | null; items: DemoMessage[] },
): string {
  const { t } = page;
  const codes = data.items.filter((m) => m.oneTimeCode).slice(0, 5);
  const body = html`<h1>${t.mailboxHeading}</h1>
<p class="note">${t.mailboxIntro}</p>
<form method="get" action="/hop-thu-demo" class="card">
<label for="to">${t.mailboxRecipientLabel}</label>
<div class="search-row"><input type="search" id="to" name="to" value="${data.recipient ?? ''}" autocomplete="off"><button type="submit">${t.mailboxFilter}</button></div>
<p class="meta"><a href="/hop-thu-demo">${t.mailboxShowAll}</a> · <a href="${data.recipient ? `/hop-thu-demo?to=${encodeURIComponent(data.recipient)}` : '/hop-thu-demo'}">${t.mailboxRefresh}</a></p>
</form>
${
  codes.length
    ? html`<section class="card summary" aria-labelledby="codes-heading"><h2 id="codes-heading">${t.mailboxCodesHeading}</h2>
<ul class="plain">${codes.map(
        (m) =>
          html`<li><p class="meta">${t.mailboxCodeFor(m.recipient)} · ${vnTime(m.keptAt)}</p><p data-otp style="font-size:2rem;font-weight:700;letter-spacing:.3rem;margin:0">${m.oneTimeCode}</p></li>`,
      )}</ul></section>`
    : ''
}
<h2>${data.items.length ? t.mailboxCount(data.items.length) : t.mailboxEmpty}</h2>
<ol class="results">${data.items.map((m) => renderMessage(page, m))}</ol>`;
  return renderLayout({ title: t.mailboxTitle, page, body });
}

function renderMessage(page: PageContext, m: DemoMessage) {
  const { t } = page;
  return html`<li data-channel="${m.channel}" data-template="${m.template}">
<p class="meta"><span class="badge">${m.channel === 'email' ? t.mailboxEmail : t.mailboxSms}</span> ${t.mailboxTo}: <strong>${m.recipient}</strong> · ${t.mailboxAt} <time datetime="${m.keptAt}">${vnTime(m.keptAt)}</time></p>
${m.channel === 'email' && m.subject ? html`<h3>${m.subject}</h3>` : ''}
<p class="pre">${m.body}</p>
${m.channel === 'email' ? html`<p class="meta">${t.mailboxMessageId}: <code>${m.messageId}</code></p>` : ''}
</li>`;
}
