import { compareVietnamese } from '../../core/catalogue/fold.ts';
import { contentLang, type ProcedureHit, renderProcedureList } from './components.ts';
import { html } from './html.ts';
import { renderLayout } from './layout.ts';
import type { PageContext } from './page-context.ts';

/**
 * `/thu-tuc-khong-phu-thuoc-dia-gioi`: the published list of procedures filed regardless of
 * administrative boundary (Decree 118/2025 Art. 14; the list is due in full by 31/12/2025,
 * Art. 40.4), grouped by field.
 */
export function renderBoundaryFreePage(page: PageContext, procedures: ProcedureHit[]): string {
  const { t } = page;
  const lang = contentLang(t);
  const byField = new Map<string, ProcedureHit[]>();
  for (const p of procedures) byField.set(p.field, [...(byField.get(p.field) ?? []), p]);
  const fields = [...byField.keys()].sort(compareVietnamese);
  return renderLayout({
    title: t.boundaryFreeTitle,
    page,
    current: 'boundaryFree',
    body: html`<h1>${t.boundaryFreeHeading}</h1>
<p>${t.boundaryFreeIntro}</p>
<p role="status">${t.boundaryFreeCount(procedures.length)}</p>
${procedures.length === 0 ? html`<p>${t.boundaryFreeNone}</p>` : ''}
${fields.map(
  (
    field,
    i,
  ) => html`<section aria-labelledby="field-${i}"><h2 id="field-${i}"${lang}>${field} (${t.fieldCount(byField.get(field)!.length)})</h2>
${renderProcedureList(t, byField.get(field)!)}</section>`,
)}`,
  });
}
