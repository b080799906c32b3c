import type { ProcedureRecord } from '../../core/catalogue/procedure-record.ts';
import type { getPublishedProcedure } from '../../services/catalogue/search-procedures.ts';
import { channelLabel, contentLang, levelLabel, renderBadges } from './components.ts';
import { formatDate, formatDeadline, formatFee, formatInstantDate, formatSize } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import type { Messages } from './i18n/index.ts';
import { renderLayout } from './layout.ts';
import type { PageContext } from './page-context.ts';
import { orderedOffers, renderProcedureSummary } from './procedure-summary.ts';

export type PublishedProcedure = Awaited<ReturnType<typeof getPublishedProcedure>>;
type Offer = ProcedureRecord['channels'][number];
type Form = PublishedProcedure['forms'][number];

/** A fact row of a definition list, left out when the value is empty. */
function fact(
  label: string,
  value: SafeHtml | string | null | undefined,
  lang: SafeHtml | '' = '',
) {
  if (value === null || value === undefined || value === '') return '';
  return html`<dt>${label}</dt><dd${lang}>${value}</dd>`;
}

function renderFees(t: Messages, offer: Offer): SafeHtml {
  // An amount not in đồng (e.g. "10 USD/bản") is only in the published text.
  const itemised = offer.fees.length > 0 && offer.fees.every((f) => f.amountVnd !== null);
  if (itemised) {
    return html`<ul class="plain">${offer.fees.map(
      (f) =>
        html`<li>${formatFee(t, f)}${f.note ? html` <span class="muted">(${f.note})</span>` : ''}</li>`,
    )}</ul>`;
  }
  if (offer.feeText) return html`${offer.feeText}`;
  return html`${offer.free ? t.free : t.feeNotPublished}`;
}

function renderDeadline(t: Messages, offer: Offer): SafeHtml {
  const main = formatDeadline(t, offer);
  const extra =
    // "03 ngày làm việc" or "1" only restate the deadline; a qualified text adds to it.
    offer.deadline &&
    offer.deadlineText &&
    !/^\d+(\s+[\p{L}]+){0,3}$/u.test(offer.deadlineText.trim())
      ? offer.deadlineText
      : null;
  return html`${main}${extra ? html`<br><span class="muted">${extra}</span>` : ''}`;
}

function renderChannels(t: Messages, record: ProcedureRecord): SafeHtml {
  const lang = contentLang(t);
  const offers = orderedOffers(record);
  // The description column only when some channel has one: fewer, wider columns on a phone.
  const described = offers.some((o) => o.description);
  return html`<table>
<caption>${t.channelsCaption}</caption>
<thead><tr><th scope="col">${t.colChannel}</th><th scope="col">${t.colDeadline}</th><th scope="col">${t.colFees}</th>${described ? html`<th scope="col">${t.colDescription}</th>` : ''}</tr></thead>
<tbody>${offers.map(
    (o) =>
      html`<tr><th scope="row">${channelLabel(t, o.kind)}</th><td>${renderDeadline(t, o)}</td><td${lang}>${renderFees(t, o)}</td>${described ? html`<td${lang}>${o.description ?? ''}</td>` : ''}</tr>`,
  )}</tbody>
</table>`;
}

function renderFormLinks(t: Messages, doc: ProcedureRecord['documents'][number], forms: Form[]) {
  if (!doc.formTemplate) return '';
  const names = doc.formTemplate.split(/;\s*/).filter(Boolean);
  return html`<ul class="plain">${names.map((name) => {
    const form = forms.find((f) => f.name === name);
    return form
      ? html`<li><a href="${form.url}" download>${t.downloadForm(name)}</a> <span class="muted">(${form.fileName}, ${formatSize(t, form.size)})</span></li>`
      : html`<li>${t.formNoFile(name)}</li>`;
  })}</ul>`;
}

function renderDocuments(t: Messages, procedure: PublishedProcedure): SafeHtml {
  const lang = contentLang(t);
  const groups = new Map<string, ProcedureRecord['documents']>();
  for (const doc of procedure.documents) {
    const key = doc.caseName ?? '';
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  // Documents without a case apply to everyone: listed first.
  const ordered = [...groups.entries()].sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : 0));
  return html`${ordered.map(
    ([caseName, docs]) => html`<h3${caseName ? lang : ''}>${caseName || t.documentsCommon}</h3>
<ol>${docs.map(
      (d) =>
        html`<li class="doc"><span${lang}>${d.name}</span>${
          (d.originals ?? 0) + (d.copies ?? 0) > 0
            ? html`<p class="meta">${t.originals}: ${d.originals ?? 0} · ${t.copies}: ${d.copies ?? 0}</p>`
            : ''
        }${renderFormLinks(t, d, procedure.forms)}</li>`,
    )}</ol>`,
  )}`;
}

function renderLegalBases(t: Messages, record: ProcedureRecord): SafeHtml {
  const lang = contentLang(t);
  return html`<table${lang}>
<caption>${t.legalCaption}</caption>
<thead><tr><th scope="col">${t.colNumber}</th><th scope="col">${t.colSummary}</th><th scope="col">${t.colIssuedOn}</th><th scope="col">${t.colIssuer}</th></tr></thead>
<tbody>${record.legalBases.map(
    (b) =>
      html`<tr><th scope="row">${b.number ?? ''}</th><td>${b.summary}</td><td>${formatDate(b.issuedOn)}</td><td>${b.issuer ?? ''}</td></tr>`,
  )}</tbody>
</table>`;
}

/** `/thu-tuc/:code`: every published field of the procedure in force, summary first. */
export function renderProcedurePage(page: PageContext, procedure: PublishedProcedure): string {
  const { t } = page;
  const lang = contentLang(t);
  const p = procedure;
  const onlineLevel =
    p.onlineLevel === 'full'
      ? t.onlineFull
      : p.onlineLevel === 'partial'
        ? t.onlinePartial
        : t.onlineNone;
  const publication = p.publication.decisionNumber
    ? t.publicationText(
        p.publication.decisionNumber,
        formatDate(p.publication.decisionDate),
        p.publication.decisionSigner ?? t.notPublished,
      )
    : null;
  return renderLayout({
    title: p.name,
    page,
    current: 'procedures',
    body: html`<h1${lang}>${p.name}</h1>
<p class="meta">${t.procedureCode}: <strong>${p.code}</strong> · <span${lang}>${p.field}</span> · ${p.levels.map((l) => levelLabel(t, l)).join(', ')}</p>
${renderBadges(t, p)}
${renderProcedureSummary(t, p, p.agencies)}
${
  // Online submission (Decree 118/2025 Art. 17.2) when the version offers the online channel.
  p.channels.some((c) => c.kind === 'online' && c.deadline)
    ? html`<p class="submit-online"><a class="button-link" href="/cong-dan/nop/${encodeURIComponent(p.code)}">${t.procedureSubmitOnline}</a> <span class="muted">${t.procedureSubmitOnlineHint}</span></p>`
    : ''
}

<section aria-labelledby="general"><h2 id="general">${t.sectionGeneral}</h2>
<dl class="facts">
${fact(t.field, p.field, lang)}
${fact(t.level, p.levels.map((l) => levelLabel(t, l)).join(', '))}
${fact(t.procedureType, p.procedureType, lang)}
${fact(t.description, p.description, lang)}
${fact(t.receivingAddress, p.receivingAddress, lang)}
${fact(t.implementingAgency, p.implementingAgency, lang)}
${fact(t.competentAgency, p.competentAgency, lang)}
${fact(t.authorisedAgency, p.authorisedAgency, lang)}
${fact(t.coordinatingAgency, p.coordinatingAgency, lang)}
</dl>
${
  p.agencies.length > 0
    ? html`<details${p.agencies.length <= 3 ? html` open` : ''}><summary>${t.agencyList(p.agencies.length)}</summary>
<ul${lang}>${p.agencies.map((a) => html`<li><a href="/co-quan/${encodeURIComponent(a.code)}">${a.name}</a></li>`)}</ul></details>`
    : ''
}
</section>

<section aria-labelledby="steps"><h2 id="steps">${t.sectionSteps}</h2>
<div class="pre"${lang}>${p.steps}</div></section>

<section aria-labelledby="channels"><h2 id="channels">${t.sectionChannels}</h2>
${renderChannels(t, p)}</section>

<section aria-labelledby="documents"><h2 id="documents">${t.sectionDocuments}</h2>
${renderDocuments(t, p)}</section>

${
  p.subjects.length > 0
    ? html`<section aria-labelledby="subjects"><h2 id="subjects">${t.sectionSubjects}</h2>
<ul${lang}>${p.subjects.map((s) => html`<li>${s}</li>`)}</ul></section>`
    : ''
}

<section aria-labelledby="result"><h2 id="result">${t.sectionResult}</h2>
<p${lang}>${p.result}</p>
${p.resultItems.length > 0 ? html`<ul>${p.resultItems.map((r) => html`<li><span${lang}>${r.name}</span>${r.code ? html` — ${t.resultCode}: <code>${r.code}</code>` : ''}</li>`)}</ul>` : ''}
</section>

${
  p.requirements
    ? html`<section aria-labelledby="requirements"><h2 id="requirements">${t.sectionRequirements}</h2>
<div class="pre"${lang}>${p.requirements}</div></section>`
    : ''
}

${
  p.legalBases.length > 0
    ? html`<section aria-labelledby="legal"><h2 id="legal">${t.sectionLegal}</h2>
${renderLegalBases(t, p)}</section>`
    : ''
}

<section aria-labelledby="other"><h2 id="other">${t.sectionOther}</h2>
<dl class="facts">
${fact(t.onlineLevel, onlineLevel)}
${fact(t.boundaryFree, p.boundaryFree ? t.yes : t.no)}
${fact(t.interAgency, p.interAgency ? t.yes : t.no)}
${fact(t.keywords, p.keywords.join(', '), lang)}
${fact(t.publication, publication)}
${fact(t.effectiveFrom, formatInstantDate(p.effectiveFrom))}
${fact(t.version, String(p.version))}
</dl>
${p.sourceUrl && /^https?:\/\//.test(p.sourceUrl) ? html`<p><a href="${p.sourceUrl}" rel="external noopener">${t.sourceLink}</a></p>` : ''}
</section>`,
  });
}
