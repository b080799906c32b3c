import { procedureLevels } from '../../core/catalogue/procedure-record.ts';
import { channels } from '../../core/dossiers/statuses.ts';
import type { AgencyChoice } from '../../services/portal/list-agency-choices.ts';
import {
  channelLabel,
  contentLang,
  levelLabel,
  type ProcedureHit,
  queryString,
  renderPagination,
  renderProcedureList,
} from './components.ts';
import { html, type SafeHtml } from './html.ts';
import { renderLayout } from './layout.ts';
import type { PageContext } from './page-context.ts';

export interface SearchParams {
  q?: string;
  agency?: string;
  field?: string;
  level?: string;
  channel?: string;
  page?: number;
}

export interface SearchPageData {
  params: SearchParams;
  /** Names of parameters that were invalid and ignored, already in words. */
  invalid: string[];
  result: { items: ProcedureHit[]; total: number; page: number; pageSize: number };
  fields: Array<{ field: string; count: number }>;
  agencies: { agencies: AgencyChoice[]; communes: AgencyChoice[] };
}

function option(
  value: string,
  label: string,
  selected: string | undefined,
  lang: SafeHtml | '' = '',
) {
  return html`<option value="${value}"${value === selected ? html` selected` : ''}${lang}>${label}</option>`;
}

function renderFilters(page: PageContext, data: SearchPageData): SafeHtml {
  const { t } = page;
  const p = data.params;
  const lang = contentLang(t);
  // Filters fold away after a plain text search, so results come first on a phone; they stay
  // open while any is set or when browsing without words.
  const active = [p.agency, p.field, p.level, p.channel].filter(Boolean).length;
  const open = active > 0 || !p.q;
  return html`<form class="card" role="search" method="get" action="/thu-tuc">
<label for="q">${t.searchLabel}</label>
<p id="q-hint" class="muted">${t.searchHint}</p>
<div class="search-row"><input type="search" id="q" name="q" value="${p.q ?? ''}" maxlength="200" placeholder="${t.searchPlaceholder}" aria-describedby="q-hint" autocomplete="off"><button type="submit">${t.searchButton}</button></div>
<details class="filters-box"${open ? html` open` : ''}><summary>${t.filtersLegend}${active > 0 ? ` (${active})` : ''}</summary><div class="filters">
<div><label for="agency">${t.filterAgency}</label>
<select id="agency" name="agency">${option('', t.filterAll, p.agency ?? '')}
<optgroup label="${t.filterAgencyProvince}">${data.agencies.agencies.map((a) => option(a.code, a.name, p.agency, lang))}</optgroup>
<optgroup label="${t.filterAgencyCommune}">${data.agencies.communes.map((a) => option(a.code, a.name, p.agency, lang))}</optgroup>
</select></div>
<div><label for="field">${t.filterField}</label>
<select id="field" name="field">${option('', t.filterAll, p.field ?? '')}${data.fields.map((f) => option(f.field, f.field, p.field, lang))}</select></div>
<div><label for="level">${t.filterLevel}</label>
<select id="level" name="level">${option('', t.filterAll, p.level ?? '')}${procedureLevels.map((l) => option(l, levelLabel(t, l), p.level))}</select></div>
<div><label for="channel">${t.filterChannel}</label>
<select id="channel" name="channel">${option('', t.filterAll, p.channel ?? '')}${channels.map((c) => option(c, channelLabel(t, c), p.channel))}</select></div>
</div>
<p><button type="submit">${t.searchButton}</button> <a href="/thu-tuc">${t.clearFilters}</a></p>
</details>
</form>`;
}

function renderNoResult(page: PageContext, data: SearchPageData): SafeHtml {
  const { t } = page;
  const p = data.params;
  const hasFilters = Boolean(p.agency || p.field || p.level || p.channel);
  return html`<h3>${t.noResultHeading}</h3>
<p>${t.noResultFor(p.q ?? '')}</p>
<p>${t.noResultTips}</p>
<ul>
<li>${t.noResultTipWords}</li>
<li>${t.noResultTipSpelling}</li>
${hasFilters ? html`<li><a href="/thu-tuc${queryString({ q: p.q })}">${t.noResultTipFilters}</a>;</li>` : ''}
<li><a href="/#fields">${t.noResultTipBrowse}</a>;</li>
<li><a href="/co-quan">${t.noResultTipCall}</a>.</li>
</ul>`;
}

/** `/thu-tuc`: search and browse the published catalogue, with filters and pagination. */
export function renderSearchPage(page: PageContext, data: SearchPageData): string {
  const { t } = page;
  const p = data.params;
  const { items, total, pageSize } = data.result;
  const count = p.q
    ? t.resultCountFor(total, p.q)
    : p.agency || p.field || p.level || p.channel
      ? t.resultCount(total)
      : t.browseCount(total);
  const hrefFor = (n: number) =>
    `/thu-tuc${queryString({ q: p.q, agency: p.agency, field: p.field, level: p.level, channel: p.channel, page: n > 1 ? n : undefined })}`;
  return renderLayout({
    title: p.q ? `${p.q} · ${t.searchTitle}` : t.searchTitle,
    page,
    current: 'procedures',
    body: html`<h1>${t.searchHeading}</h1>
${data.invalid.length > 0 ? html`<p class="note" role="alert">${t.invalidParams(data.invalid.join('; '))}</p>` : ''}
${renderFilters(page, data)}
<section aria-labelledby="results">
<h2 id="results">${t.resultsHeading}</h2>
<p role="status">${count}</p>
${
  items.length > 0
    ? html`${renderProcedureList(t, items, { start: (data.result.page - 1) * pageSize + 1 })}
${renderPagination(t, { page: data.result.page, total, pageSize, hrefFor })}`
    : renderNoResult(page, data)
}
</section>`,
  });
}
