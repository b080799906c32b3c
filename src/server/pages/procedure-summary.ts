import type { ProcedureRecord } from '../../core/catalogue/procedure-record.ts';
import { channelLabel, contentLang, sortChannels } from './components.ts';
import { formatChannelFees, formatDeadline, shorten } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import type { Messages } from './i18n/index.ts';

type Document = ProcedureRecord['documents'][number];

/** A document's name in plain words: the part before the first qualification, shortened. */
function plainDocumentName(doc: Document): string {
  const head =
    doc.name.split(/;|\s\(|:\s|\.\s|\s(?:trong trường hợp|nếu|theo quy định)\s/)[0]?.trim() ??
    doc.name;
  return shorten(head.length >= 12 ? head : doc.name, 80);
}

const isForm = (d: Document) => Boolean(d.formTemplate) || /^(tờ khai|mẫu|đơn)\b/i.test(d.name);
const isConditional = (d: Document) => /^(trường hợp|nếu|đối với)\b/i.test(d.name);

/**
 * The checklist of the summary: papers actually handed in (an original or a copy is counted),
 * forms first, conditional ones ("Trường hợp …") last; the full list follows further down.
 */
export function pickChecklist(documents: Document[], max = 5): { items: string[]; total: number } {
  const counted = documents.filter((d) => (d.originals ?? 0) + (d.copies ?? 0) > 0);
  const pool = counted.length > 0 ? counted : documents.filter((d) => d.caseName !== 'Lưu ý');
  const rank = (d: Document) => (isForm(d) ? 0 : isConditional(d) ? 2 : 1);
  const sorted = pool
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
    .map(({ d }) => plainDocumentName(d));
  return { items: [...new Set(sorted)].slice(0, max), total: pool.length };
}

/** Channel offers in the canonical channel order (the record keeps the published order). */
export function orderedOffers(record: ProcedureRecord): ProcedureRecord['channels'] {
  const order = sortChannels(record.channels.map((c) => c.kind));
  return [...record.channels].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** One value when every channel agrees, else one line per channel (a channel listed twice joins). */
function perChannel(
  t: Messages,
  offers: ProcedureRecord['channels'],
  describe: (offer: ProcedureRecord['channels'][number]) => string,
): SafeHtml {
  const byKind = new Map<string, string[]>();
  for (const o of offers) {
    const value = shorten(describe(o), 90);
    const values = byKind.get(o.kind) ?? [];
    if (!values.includes(value)) values.push(value);
    byKind.set(o.kind, values);
  }
  const lines = [...byKind.entries()].map(([kind, values]) => ({ kind, value: values.join('; ') }));
  const distinct = [...new Set(lines.map((l) => l.value))];
  if (distinct.length === 1) return html`${distinct[0]}`;
  return html`<ul>${lines.map((l) => html`<li>${channelLabel(t, l.kind)}: ${l.value}</li>`)}</ul>`;
}

/**
 * The plain-language box at the top of a procedure page (user-voice §3 item 16): what to
 * prepare, where to file, how long, how much — short enough for one phone screen.
 */
export function renderProcedureSummary(
  t: Messages,
  record: ProcedureRecord,
  agencies: Array<{ code: string; name: string }>,
): SafeHtml {
  const lang = contentLang(t);
  const checklist = pickChecklist(record.documents);
  const channelsList = sortChannels(record.channels.map((c) => c.kind))
    .map((c) => channelLabel(t, c).toLowerCase())
    .join(', ');
  const where = record.boundaryFree
    ? t.whereAnywhere
    : (record.receivingAddress ??
      record.implementingAgency ??
      (agencies.length === 1
        ? agencies[0]!.name
        : agencies.length > 1
          ? t.whereAgencies(agencies.length)
          : t.notPublished));
  const sameDay = record.channels.some((c) => c.deadline?.unit === 'same_day');
  return html`<section class="card summary" aria-labelledby="summary">
<h2 id="summary">${t.summaryHeading}</h2>
<dl>
<dt>${t.summaryPrepare}</dt>
<dd>${checklist.items.length > 0 ? html`<ul${lang}>${checklist.items.map((item) => html`<li>${item}</li>`)}</ul>` : ''}<a href="#documents">${t.summaryAllDocuments(checklist.total)}</a></dd>
<dt>${t.summaryWhere}</dt>
<dd><span${lang}>${where}</span>. ${t.summaryChannels(channelsList)}</dd>
<dt>${t.summaryHowLong}</dt>
<dd>${perChannel(t, orderedOffers(record), (o) => formatDeadline(t, o))}${sameDay ? html` <span class="muted">(${t.sameDayNote})</span>` : ''}</dd>
<dt>${t.summaryFee}</dt>
<dd>${perChannel(t, orderedOffers(record), (o) => formatChannelFees(t, o))}</dd>
</dl>
</section>`;
}
