import { formatDateTime } from '../../../core/forms/form-text.ts';
import type { PublicDossierView } from '../../../services/lookup/look-up-dossier.ts';
import { contentLang } from '../components.ts';
import { formatMoney } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Messages } from '../i18n/index.ts';
import { renderLayout } from '../layout.ts';
import type { PageContext } from '../page-context.ts';

export interface LookupPageInput {
  code: string;
  check: string;
  error: string | null;
  view: PublicDossierView | null;
}

const inputStyle =
  'width:100%;padding:.5rem;border:1px solid #6b7580;border-radius:6px;background:#fff;color:inherit';

/**
 * The public look-up page (GET form, works without JavaScript; `?ma=CODE` pre-fills the code: the
 * QR target of every form). With the right second factor it shows what the API returns.
 */
export function renderLookupPage(page: PageContext, input: LookupPageInput): string {
  const t = page.t.lookup;
  const body = html`<h1>${t.heading}</h1>
<p>${t.intro}</p>
<form method="get" action="/tra-cuu" class="card" role="search" aria-label="${t.heading}">
<label for="ma">${t.codeLabel}</label>
<input id="ma" name="ma" value="${input.code}" required maxlength="80" autocomplete="off" spellcheck="false" aria-describedby="ma-hint" style="${inputStyle}"${input.code ? '' : ' autofocus'}>
<p class="meta" id="ma-hint">${t.codeHint}</p>
<label for="check">${t.checkLabel}</label>
<input id="check" name="check" value="${input.view ? '' : input.check}" required maxlength="64" autocomplete="off" spellcheck="false" aria-describedby="check-hint" style="${inputStyle}"${input.code && !input.view ? ' autofocus' : ''}>
<p class="meta" id="check-hint">${t.checkHint}</p>
<p><button type="submit">${t.submit}</button></p>
</form>
${input.error ? html`<p class="note" role="alert">${input.error}</p>` : ''}
${input.view ? renderDossier(page.t, input.view) : ''}`;
  return renderLayout({ title: t.title, body, page });
}

function fact(label: string, value: SafeHtml | string | null | undefined) {
  if (value === null || value === undefined || value === '') return '';
  return html`<dt>${label}</dt><dd>${value}</dd>`;
}

function renderDossier(m: Messages, v: PublicDossierView): SafeHtml {
  const t = m.lookup;
  const lang = contentLang(m);
  return html`<section class="card summary" aria-labelledby="dossier-heading">
<h2 id="dossier-heading">${t.dossierHeading(v.code)}</h2>
<dl>
${fact(t.status, html`<strong${lang}>${v.status.label}</strong><br><span class="muted">${t.nationalStatus(v.status.national.code, v.status.national.label)}</span>`)}
${fact(t.procedure, html`<span${lang}>${v.procedure.name}${v.caseName ? ` – ${v.caseName}` : ''}</span> <span class="muted">(${v.procedure.code})</span>`)}
${fact(t.receivingUnit, html`<span${lang}>${v.receivingUnit.name}</span>${v.receivingUnit.address ? html`<br><span class="muted"${lang}>${v.receivingUnit.address}</span>` : ''}${v.receivingUnit.phone ? html`<br><span class="muted">${t.phone}: ${v.receivingUnit.phone}</span>` : ''}`)}
${fact(t.competentUnit, html`<span${lang}>${v.competentUnit.name}</span>`)}
${fact(t.receivedAt, formatDateTime(v.receivedAt))}
${fact(t.dueAt, v.dueAt ? html`<strong>${formatDateTime(v.dueAt)}</strong>${v.overdue ? html`<br><span>${t.overdue}</span>` : ''}` : '')}
${fact(t.returnedAt, formatDateTime(v.returnedAt))}
</dl>
${v.deadline.summary.length ? html`<div${lang}>${v.deadline.summary.map((line) => html`<p class="meta">${line}</p>`)}</div>` : ''}
${v.deadline.explanation.length ? html`<details><summary>${t.deadlineDetails}</summary><ul${lang}>${v.deadline.explanation.map((line) => html`<li>${line}</li>`)}</ul></details>` : ''}
</section>
${renderNeeded(m, v)}
<section aria-labelledby="steps-heading">
<h2 id="steps-heading">${t.stepsHeading}</h2>
<ol>${v.steps.map(
    (s) =>
      html`<li><strong${lang}>${s.label}</strong> <span class="muted">${formatDateTime(s.at)}</span>${s.details.length ? html`<ul${lang}>${s.details.map((d) => html`<li>${d}</li>`)}</ul>` : ''}</li>`,
  )}</ol>
</section>
${renderResults(m, v)}
${
  v.forms.length
    ? html`<section aria-labelledby="forms-heading"><h2 id="forms-heading">${t.formsHeading}</h2>
<ul>${v.forms.map((f) => html`<li><a href="${f.url}"${lang}>${t.formLabel(f.no, f.title)}</a> <span class="muted">(PDF)</span></li>`)}</ul></section>`
    : ''
}
${
  v.ratingUrl
    ? html`<section class="card" aria-labelledby="rating-heading"><h2 id="rating-heading">${t.ratingHeading}</h2>
<p>${t.ratingText}</p><p><a href="${v.ratingUrl}">${t.ratingLink}</a></p></section>`
    : ''
}
<p class="muted">${t.privacyNote}</p>`;
}

function renderNeeded(m: Messages, v: PublicDossierView): SafeHtml {
  const t = m.lookup;
  const lang = contentLang(m);
  const { supplement, payment } = v.needed;
  return html`<section class="card" aria-labelledby="needed-heading">
<h2 id="needed-heading">${t.neededHeading}</h2>
${v.needed.nothing ? html`<p>${t.nothingNeeded}</p>` : ''}
${
  supplement
    ? html`<p><strong>${t.supplementIntro(supplement.closeAt)}</strong></p>
<h3>${t.supplementDocuments}</h3><ul${lang}>${supplement.documents.map((d) => html`<li>${d}</li>`)}</ul>
<h3>${t.supplementReasons}</h3><ul${lang}>${supplement.reasons.map((r) => html`<li>${r}</li>`)}</ul>
<p>${t.supplementWhere(v.receivingUnit.name)}</p>`
    : ''
}
${
  payment
    ? html`<p>${t.paymentDue(formatMoney(m, payment.amount))}${payment.url ? html` <a href="${payment.url}">${t.payOnline}</a>` : ''}</p>`
    : ''
}
</section>`;
}

function renderResults(m: Messages, v: PublicDossierView): SafeHtml | '' {
  if (v.results.length === 0) return '';
  const t = m.lookup;
  const lang = contentLang(m);
  return html`<section aria-labelledby="results-heading"><h2 id="results-heading">${t.resultsHeading}</h2>
<ul class="plain">${v.results.map(
    (r) =>
      html`<li class="doc"><strong${lang}>${r.name}</strong>
<p class="meta">${r.documentNumber ? html`${t.documentNumber}: ${r.documentNumber} · ` : ''}${t.documentCode}: ${r.documentCode}</p>
${r.downloadUrl ? html`<p><a href="${r.downloadUrl}">${t.resultDownload}</a></p>` : ''}</li>`,
  )}</ul></section>`;
}
