import { type ProcedureHit, queryString, renderProcedureList } from './components.ts';
import { html, type SafeHtml } from './html.ts';
import { renderLayout } from './layout.ts';
import type { PageContext } from './page-context.ts';

/** The search form of the home page; the search page repeats the field with its filters. */
export function renderSearchBox(page: PageContext, q = ''): SafeHtml {
  const { t } = page;
  return html`<form class="card" role="search" method="get" action="/thu-tuc">
<label for="q">${t.searchLabel}</label>
<p id="q-hint" class="muted">${t.searchHint}</p>
<div class="search-row"><input type="search" id="q" name="q" value="${q}" maxlength="200" placeholder="${t.searchPlaceholder}" aria-describedby="q-hint" autocomplete="off"><button type="submit">${t.searchButton}</button></div>
</form>`;
}

/**
 * The portal's home page: the search box first, then the most used procedures, the fields with
 * their counts, and links to the agency directory and the boundary-free list.
 */
export function renderHomePage(
  page: PageContext,
  data: { mostUsed: ProcedureHit[]; fields: Array<{ field: string; count: number }> },
): string {
  const { t } = page;
  const lang = t.contentInVietnamese ? html` lang="vi"` : '';
  return renderLayout({
    title: t.homeTitle,
    page,
    current: 'home',
    body: html`<h1>${t.homeHeading}</h1>
<p>${t.homeIntro}</p>
${renderSearchBox(page)}
<div class="cols">
<section aria-labelledby="most-used">
<h2 id="most-used">${t.mostUsedHeading}</h2>
${renderProcedureList(t, data.mostUsed)}
<p><a href="/thu-tuc">${t.allProceduresLinkText}</a></p>
</section>
<div>
<section aria-labelledby="fields">
<h2 id="fields">${t.fieldsHeading}</h2>
<ul>${data.fields.map(
      (f) =>
        html`<li><a href="/thu-tuc${queryString({ field: f.field })}"><span${lang}>${f.field}</span> (${t.fieldCount(f.count)})</a></li>`,
    )}</ul>
</section>
<section aria-labelledby="more">
<h2 id="more">${t.moreHeading}</h2>
<ul>
<li><a href="/co-quan">${t.agenciesLinkText}</a></li>
<li><a href="/thu-tuc-khong-phu-thuoc-dia-gioi">${t.boundaryFreeLinkText}</a></li>
</ul>
</section>
</div>
</div>`,
  });
}
