import type { procedureLevels } from '../../core/catalogue/procedure-record.ts';
import { type Channel, channels } from '../../core/dossiers/statuses.ts';
import { html, type SafeHtml } from './html.ts';
import type { Messages } from './i18n/index.ts';

/** One search hit as searchProcedures returns it. */
export interface ProcedureHit {
  code: string;
  name: string;
  field: string;
  levels: string[];
  channels: string[];
  onlineLevel: string | null;
  boundaryFree: boolean;
}

/** `lang="vi"` on catalogue content inside an English page (WCAG 3.1.2, language of parts). */
export function contentLang(t: Messages): SafeHtml | '' {
  return t.contentInVietnamese ? html` lang="vi"` : '';
}

export function levelLabel(t: Messages, level: string): string {
  return t.levels[level as (typeof procedureLevels)[number]] ?? level;
}

export function channelLabel(t: Messages, channel: string): string {
  return t.channels[channel as Channel] ?? channel;
}

/** Channels once each, in the order of the national channel codes: in person, online, postal. */
export function sortChannels<T extends string>(kinds: readonly T[]): T[] {
  const rank = (k: string) => {
    const i = (channels as readonly string[]).indexOf(k);
    return i < 0 ? channels.length : i;
  };
  return [...new Set(kinds)].sort((a, b) => rank(a) - rank(b));
}

export function procedureHref(code: string): string {
  return `/thu-tuc/${encodeURIComponent(code)}`;
}

/** Text badges (never colour alone): fully online, boundary-free. */
export function renderBadges(t: Messages, hit: Pick<ProcedureHit, 'onlineLevel' | 'boundaryFree'>) {
  return html`${hit.onlineLevel === 'full' ? html`<span class="badge">${t.badgeFullOnline}</span>` : ''}${hit.boundaryFree ? html`<span class="badge">${t.badgeBoundaryFree}</span>` : ''}`;
}

/** The list of procedures used by search, home, agency and boundary-free pages. */
export function renderProcedureList(
  t: Messages,
  hits: ProcedureHit[],
  options: { headingLevel?: 2 | 3 | 4; start?: number } = {},
): SafeHtml {
  const level = options.headingLevel ?? 3;
  const lang = contentLang(t);
  return html`<ol class="results"${options.start && options.start > 1 ? html` start="${options.start}"` : ''}>
${hits.map((hit) => {
  const title = html`<a href="${procedureHref(hit.code)}"${lang}>${hit.name}</a>`;
  const heading =
    level === 2
      ? html`<h2>${title}</h2>`
      : level === 4
        ? html`<h4>${title}</h4>`
        : html`<h3>${title}</h3>`;
  return html`<li>${heading}
<p class="meta">${t.codeLabel} ${hit.code} · <span${lang}>${hit.field}</span> · ${hit.levels.map((l) => levelLabel(t, l)).join(', ')}</p>
<p class="meta">${sortChannels(hit.channels)
    .map((c) => channelLabel(t, c))
    .join(' · ')}</p>
${renderBadges(t, hit)}</li>
`;
})}</ol>`;
}

/** Page links with `aria-current` on the current page; `hrefFor` builds each page's address. */
export function renderPagination(
  t: Messages,
  options: { page: number; total: number; pageSize: number; hrefFor: (page: number) => string },
): SafeHtml | '' {
  const pages = Math.ceil(options.total / options.pageSize);
  if (pages <= 1) return '';
  const current = Math.min(options.page, pages);
  const shown = [
    ...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages]),
  ]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  const items: SafeHtml[] = [];
  if (current > 1)
    items.push(
      html`<li><a href="${options.hrefFor(current - 1)}" rel="prev">${t.pagePrevious}</a></li>`,
    );
  shown.forEach((p, i) => {
    if (i > 0 && p - shown[i - 1]! > 1)
      items.push(html`<li><span aria-hidden="true">…</span></li>`);
    items.push(
      html`<li><a href="${options.hrefFor(p)}" aria-label="${t.pageNumber(p)}"${p === current ? html` aria-current="page"` : ''}>${p}</a></li>`,
    );
  });
  if (current < pages)
    items.push(
      html`<li><a href="${options.hrefFor(current + 1)}" rel="next">${t.pageNext}</a></li>`,
    );
  return html`<nav class="pages" aria-label="${t.paginationLabel}"><p class="muted">${t.pageOf(current, pages)}</p><ul>${items}</ul></nav>`;
}

/** A query string from the non-empty values, for links that keep the visitor's search. */
export function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
