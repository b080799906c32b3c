import {
  ratingCriteria,
  satisfactionLabels,
  satisfactionLevels,
} from '../../../core/ratings/criteria.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../page-context.ts';
import type { PaymentMessages } from './messages.ts';
import { renderCheckForm, renderError, renderPage } from './page-kit.ts';

/** One question as a group of big radio buttons (no JavaScript; keyboard and touch friendly). */
function renderChoice(
  m: PaymentMessages,
  name: string,
  legend: string,
  optional: boolean,
  chosen: string | undefined,
): SafeHtml {
  const options: Array<[string, string]> = satisfactionLevels.map((l) => [
    String(l),
    satisfactionLabels[l],
  ]);
  if (optional) options.push(['na', m.notApplicable]);
  return html`<fieldset class="choices"><legend lang="vi">${legend}</legend>
${options.map(
  ([value, label]) =>
    html`<label><input type="radio" name="${name}" value="${value}"${!optional ? html` required` : ''}${chosen === value ? html` checked` : ''}> <span lang="vi">${label}</span></label>`,
)}</fieldset>`;
}

/** The Art. 33 questionnaire: criteria a–h, the overall level and a comment. */
export function renderRatingForm(
  m: PaymentMessages,
  action: string,
  hidden: Record<string, string>,
  values: Record<string, string> = {},
): SafeHtml {
  return html`<form method="post" action="${action}">
${Object.entries(hidden).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
${ratingCriteria.map((c) => renderChoice(m, c.key, `(${c.letter}) ${c.label}`, c.optional, values[c.key]))}
${renderChoice(m, 'overall', m.overall, false, values.overall)}
<label for="comment">${m.comment}</label>
<textarea id="comment" name="comment" rows="3" maxlength="2000">${values.comment ?? ''}</textarea>
<p><button type="submit" class="big">${m.submitRating}</button></p>
</form>`;
}

export function renderRatingCheckPage(
  page: PageContext,
  m: PaymentMessages,
  code: string,
  channel: string,
  error?: string,
) {
  return renderPage(
    page,
    m.rateTitle(code),
    html`<h1>${m.rateTitle(code)}</h1>${renderError(error)}${renderCheckForm(m, `/danh-gia/${encodeURIComponent(code)}`, channel === 'online' ? { kenh: 'truc-tuyen' } : {})}`,
  );
}

export function renderCitizenRatingPage(
  page: PageContext,
  m: PaymentMessages,
  input: { code: string; procedureName: string; check: string; channel: string },
  error?: string,
  values: Record<string, string> = {},
) {
  return renderPage(
    page,
    m.rateTitle(input.code),
    html`<h1>${m.rateTitle(input.code)}</h1><p lang="vi">${input.procedureName}</p><p class="muted">${m.rateIntro}</p>
${renderError(error)}
${renderRatingForm(m, `/danh-gia/${encodeURIComponent(input.code)}`, { check: input.check, channel: input.channel }, values)}`,
  );
}

export function renderThanksPage(page: PageContext, m: PaymentMessages, backTo?: string) {
  return renderPage(
    page,
    m.thanks,
    html`${backTo ? html`<meta http-equiv="refresh" content="8;url=${backTo}">` : ''}<h1>${m.thanks}</h1><p class="ok" role="status">${m.thanksDetail}</p>`,
  );
}

/** The counter tablet: waits (refreshing) until the officer invites the citizen just served. */
export function renderTabletPage(
  page: PageContext,
  m: PaymentMessages,
  view: {
    unit: { code: string; name: string };
    counterNo: number;
    prompt: {
      id: string | null;
      ticketId: string | null;
      code: string;
      procedureName: string;
      applicantName: string;
      officerName: string;
    } | null;
  },
  error?: string,
  values: Record<string, string> = {},
) {
  const title = m.tabletTitle(view.counterNo);
  if (!view.prompt) {
    return renderPage(
      page,
      title,
      html`<meta http-equiv="refresh" content="5"><h1>${title}</h1><p>${view.unit.name}</p>${renderError(error)}<p class="note big" role="status">${m.tabletWaiting}</p>`,
    );
  }
  const p = view.prompt;
  return renderPage(
    page,
    title,
    html`<h1>${title}</h1><p>${view.unit.name}</p>
<dl class="facts"><dt>${m.dossier}</dt><dd>${p.code}</dd><dt>${m.procedure}</dt><dd lang="vi">${p.procedureName}</dd><dt>${m.applicant}</dt><dd>${p.applicantName}</dd>${p.officerName ? html`<dd>${m.tabletServed(p.officerName)}</dd>` : ''}</dl>
<p class="muted">${m.rateIntro}</p>${renderError(error)}
${renderRatingForm(
  m,
  '/danh-gia/quay',
  {
    ...(p.id ? { promptId: p.id } : {}),
    ...(p.ticketId ? { ticketId: p.ticketId } : {}),
    unit: view.unit.code,
    counter: String(view.counterNo),
  },
  values,
)}`,
  );
}
