import type { CitizenPrincipal } from '../../../services/citizens/citizen-sessions.ts';
import type { findOnlineProcedure } from '../../../services/citizens/start-draft.ts';
import { formatChannelFees, formatDeadline } from '../format.ts';
import { html } from '../html.ts';
import type { PageContext } from '../page-context.ts';
import { csrfField, errorBox, formatWhen, renderCitizenPage } from './page-kit.ts';
import { stepPath } from './render-dossiers.ts';

type OnlineProcedure = Awaited<ReturnType<typeof findOnlineProcedure>>;

/**
 * /cong-dan/nop/<code>: what online filing of this procedure means (deadline, fees), the drafts
 * of it to resume, and the button that starts a new one.
 */
export function renderStartPage(
  page: PageContext,
  citizen: CitizenPrincipal,
  view: {
    code: string;
    procedure?: OnlineProcedure;
    drafts: Array<{ id: string; step: string; updatedAt: string | null }>;
    error?: string;
  },
): string {
  const c = page.t.citizen;
  const record = view.procedure?.record;
  const offer = record?.channels.find((o) => o.kind === 'online');
  return renderCitizenPage({
    page,
    citizen,
    title: record ? c.wizardTitle(record.name) : c.startHeading,
    body: html`<h1>${c.startHeading}</h1>
${record ? html`<p class="meta">${view.code}</p><h2 lang="vi">${record.name}</h2>` : ''}
${errorBox(page, view.error)}
${
  offer
    ? html`<p>${c.startIntro}</p>
<dl class="facts"><dt>${c.onlineDeadline}</dt><dd>${formatDeadline(page.t, offer)}</dd><dt>${c.onlineFee}</dt><dd lang="vi">${formatChannelFees(page.t, offer)}</dd></dl>
${
  view.drafts.length
    ? html`<h2>${c.startResume}</h2><ul>${view.drafts.map(
        (d) =>
          html`<li><a href="/cong-dan/nop/${encodeURIComponent(view.code)}/${d.id}/${stepPath(d.step)}">${c.resume}</a> <span class="muted">(${c.colUpdated}: ${formatWhen(page, d.updatedAt)})</span></li>`,
      )}</ul>`
    : ''
}
<form method="post" action="/cong-dan/nop/${encodeURIComponent(view.code)}">${csrfField(citizen)}
<div class="actions"><button type="submit">${c.startNew}</button></div></form>`
    : ''
}
<p><a href="/thu-tuc/${encodeURIComponent(view.code)}" lang="vi">${record?.name ?? view.code}</a> · <a href="/cong-dan/ho-so">${c.navMine}</a></p>`,
  });
}
