import { compareVietnamese } from '../../core/catalogue/fold.ts';
import type { UnitKind } from '../../core/organisation/unit-kinds.ts';
import type { GetPublicAgencyResult } from '../../services/portal/get-public-agency.ts';
import type { AgencyDirectory, CommuneEntry } from '../../services/portal/list-agency-directory.ts';
import type { PublicAgency } from '../../services/portal/public-agency.ts';
import {
  contentLang,
  type ProcedureHit,
  queryString,
  renderPagination,
  renderProcedureList,
} from './components.ts';
import { html, type SafeHtml } from './html.ts';
import type { Messages } from './i18n/index.ts';
import { renderLayout } from './layout.ts';
import type { PageContext } from './page-context.ts';

const agencyHref = (code: string) => `/co-quan/${encodeURIComponent(code)}`;
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Address, phone, e-mail, website and opening hours: only what is published. */
function renderContactFacts(t: Messages, a: PublicAgency): SafeHtml {
  const lang = contentLang(t);
  const rows = [
    a.address ? html`<dt>${t.address}</dt><dd${lang}>${a.address}</dd>` : '',
    a.phone ? html`<dt>${t.phone}</dt><dd><a href="${telHref(a.phone)}">${a.phone}</a></dd>` : '',
    a.email ? html`<dt>${t.email}</dt><dd><a href="mailto:${a.email}">${a.email}</a></dd>` : '',
    a.website && /^https?:\/\//.test(a.website)
      ? html`<dt>${t.website}</dt><dd><a href="${a.website}" rel="external noopener">${a.website}</a></dd>`
      : '',
    a.openingHours ? html`<dt>${t.openingHours}</dt><dd${lang}>${a.openingHours}</dd>` : '',
  ];
  return rows.some(Boolean) ? html`<dl class="facts">${rows}</dl>` : html``;
}

function hasContactFacts(a: PublicAgency): boolean {
  return Boolean(
    a.address || a.phone || a.email || a.website || a.openingHours || a.contacts.length,
  );
}

/** Decree 118/2025 Art. 9: names, titles and phone numbers of leaders and seconded officers. */
function renderContacts(t: Messages, a: PublicAgency): SafeHtml | '' {
  if (a.contacts.length === 0) return '';
  const lang = contentLang(t);
  return html`<table${lang}>
<caption>${t.contactsCaption(a.name)}</caption>
<thead><tr><th scope="col">${t.colName}</th><th scope="col">${t.colTitle}</th><th scope="col">${t.colPhone}</th></tr></thead>
<tbody>${a.contacts.map(
    (c) =>
      html`<tr><th scope="row">${c.name}</th><td>${c.title}</td><td>${c.phone ? html`<a href="${telHref(c.phone)}">${c.phone}</a>` : ''}</td></tr>`,
  )}</tbody></table>`;
}

function renderAgencyCard(t: Messages, a: PublicAgency, level: 3 | 4): SafeHtml {
  const lang = contentLang(t);
  const link = html`<a href="${agencyHref(a.code)}"${lang}>${a.name}</a>`;
  return html`<li class="card agency">${level === 3 ? html`<h3>${link}</h3>` : html`<h4>${link}</h4>`}
${hasContactFacts(a) ? html`${renderContactFacts(t, a)}${renderContacts(t, a)}` : html`<p class="muted">${t.contactsNotPublished}</p>`}</li>`;
}

function renderCommuneCard(t: Messages, c: CommuneEntry): SafeHtml {
  const lang = contentLang(t);
  return html`<li class="card agency"><h4><a href="${agencyHref(c.code)}"${lang}>${c.name}</a></h4>
${renderContactFacts(t, c)}${renderContacts(t, c)}${
  c.centre
    ? html`<p class="meta">${t.receptionAt}: <span${lang}>${c.centre.name}</span></p>${renderContactFacts(t, c.centre)}${renderContacts(t, c.centre)}`
    : ''
}</li>`;
}

/** First letter for grouping, ignoring tone marks but keeping Đ apart from D (Vietnamese order). */
function initialOf(name: string): string {
  const first = name.trim().charAt(0).toLocaleUpperCase('vi');
  if (first === 'Đ') return 'Đ';
  return first.normalize('NFD').charAt(0);
}

function renderCommunes(t: Messages, communes: CommuneEntry[]): SafeHtml {
  const groups = new Map<string, CommuneEntry[]>();
  for (const c of communes) {
    const letter = initialOf(c.shortName ?? c.name);
    groups.set(letter, [...(groups.get(letter) ?? []), c]);
  }
  const letters = [...groups.keys()].sort(compareVietnamese);
  const id = (letter: string) => `chu-${encodeURIComponent(letter)}`;
  return html`<nav aria-label="${t.communesJump}"><ul class="letters">${letters.map(
    (l) => html`<li><a href="#${id(l)}">${l}</a></li>`,
  )}</ul></nav>
${letters.map(
  (l) =>
    html`<h3 id="${id(l)}">${l}</h3><ul class="plain grid">${groups.get(l)!.map((c) => renderCommuneCard(t, c))}</ul>`,
)}`;
}

/** `/co-quan`: the service centre, departments and vertical agencies, communes A–Z; `q` filters. */
export function renderAgencyDirectoryPage(
  page: PageContext,
  data: { q: string | undefined; invalid: string[]; directory: AgencyDirectory },
): string {
  const { t } = page;
  const d = data.directory;
  const shown = d.centres.length + d.agencies.length + d.communes.length;
  return renderLayout({
    title: t.agenciesTitle,
    page,
    current: 'agencies',
    body: html`<h1>${t.agenciesHeading}</h1>
<p>${t.agenciesIntro}</p>
${data.invalid.length > 0 ? html`<p class="note" role="alert">${t.invalidParams(data.invalid.join('; '))}</p>` : ''}
<form class="card" role="search" method="get" action="/co-quan">
<label for="agency-q">${t.agenciesSearchLabel}</label>
<div class="search-row"><input type="search" id="agency-q" name="q" value="${data.q ?? ''}" maxlength="200" placeholder="${t.agenciesSearchPlaceholder}"><button type="submit">${t.agenciesSearchButton}</button></div>
</form>
<p role="status">${t.agenciesCount(shown, d.totalCount)}</p>
${
  shown > 0
    ? html`<nav aria-label="${t.agenciesJump}"><ul class="jump">${[
        d.centres.length > 0 ? html`<li><a href="#centres">${t.centresHeading}</a></li>` : '',
        d.agencies.length > 0
          ? html`<li><a href="#departments">${t.departmentsHeading}</a></li>`
          : '',
        d.communes.length > 0
          ? html`<li><a href="#communes">${t.communesHeading} (${d.communes.length})</a></li>`
          : '',
      ]}</ul></nav>`
    : ''
}
${shown === 0 ? html`<p>${t.agenciesNone} <a href="/co-quan">${t.clearFilters}</a></p>` : ''}
${
  d.centres.length > 0
    ? html`<section aria-labelledby="centres"><h2 id="centres">${t.centresHeading}</h2>
<ul class="plain">${d.centres.map((a) => renderAgencyCard(t, a, 3))}</ul></section>`
    : ''
}
${
  d.agencies.length > 0
    ? html`<section aria-labelledby="departments"><h2 id="departments">${t.departmentsHeading}</h2>
<ul class="plain grid">${d.agencies.map((a) => renderAgencyCard(t, a, 3))}</ul></section>`
    : ''
}
${
  d.communes.length > 0
    ? html`<section aria-labelledby="communes"><h2 id="communes">${t.communesHeading}</h2>
${renderCommunes(t, d.communes)}</section>`
    : ''
}`,
  });
}

/** `/co-quan/:code`: one agency, where to file, its contacts and its procedures. */
export function renderAgencyPage(
  page: PageContext,
  data: {
    agency: GetPublicAgencyResult;
    procedures: { items: ProcedureHit[]; total: number; page: number; pageSize: number };
  },
): string {
  const { t } = page;
  const lang = contentLang(t);
  const a = data.agency;
  const centres = a.receptionUnits.filter((u) => u.kind !== 'counter');
  const counters = a.receptionUnits.filter((u) => u.kind === 'counter');
  const { items, total, pageSize } = data.procedures;
  return renderLayout({
    title: a.name,
    page,
    current: 'agencies',
    body: html`<h1${lang}>${a.name}</h1>
<p class="meta">${t.unitKinds[a.kind as UnitKind] ?? a.kind} · ${t.codeLabel} ${a.code}</p>
<div class="card">${renderContactFacts(t, a)}${renderContacts(t, a)}</div>
${centres.map(
  (
    c,
  ) => html`<section class="card" aria-labelledby="u-${c.code}"><h2 id="u-${c.code}">${t.receptionAt}: <span${lang}>${c.name}</span></h2>
${renderContactFacts(t, c)}${renderContacts(t, c)}</section>`,
)}
${
  counters.length > 0
    ? html`<section aria-labelledby="counters"><h2 id="counters">${t.agencyCounters}</h2>
<ul${lang}>${counters.map((c) => html`<li>${c.name}</li>`)}</ul></section>`
    : ''
}
<section aria-labelledby="procedures"><h2 id="procedures">${t.agencyProcedures}</h2>
${
  total > 0
    ? html`<p role="status">${t.browseCount(total)} · <a href="/thu-tuc${queryString({ agency: a.code })}">${t.agencySearchProcedures}</a></p>
${renderProcedureList(t, items, { start: (data.procedures.page - 1) * pageSize + 1 })}
${renderPagination(t, { page: data.procedures.page, total, pageSize, hrefFor: (n) => `${agencyHref(a.code)}${queryString({ page: n > 1 ? n : undefined })}` })}`
    : html`<p>${a.kind === 'service_centre' ? t.agencyCentreReceives : t.agencyNoProcedures} <a href="/thu-tuc">${t.allProceduresLinkText}</a></p>`
}
</section>`,
  });
}
