/** A record's values as plain Vietnamese text, for the side-by-side comparison. */
import { channelLabels, formatDeadline, formatFee } from '../../lib/labels.ts';
import type { ProcedureRecord } from '../../lib/types.ts';
import { describeLevels } from './catalogue-labels.ts';
import { labelOf } from './record-paths.ts';

export const comparedFields: (keyof ProcedureRecord)[] = [
  'name',
  'field',
  'levels',
  'procedureType',
  'steps',
  'channels',
  'documents',
  'subjects',
  'implementingAgency',
  'competentAgency',
  'authorisedAgency',
  'coordinatingAgency',
  'receivingAddress',
  'result',
  'resultItems',
  'legalBases',
  'requirements',
  'keywords',
  'description',
  'onlineLevel',
  'boundaryFree',
  'interAgency',
  'decisionNumber',
  'sourceUrl',
];

/** One value of a changed path (a leaf): text, number, yes/no or "(trống)". */
export function formatLeaf(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return value.toLocaleString('vi-VN');
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(formatLeaf).join('; ');
  // A whole row added or removed (a document, a fee): its filled fields, in words.
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k === 'name' ? 'Tên' : labelOf(k)}: ${formatLeaf(v)}`)
    .join('; ');
}

/** A whole top-level field as lines of text. */
export function formatField(record: ProcedureRecord, key: keyof ProcedureRecord): string[] {
  switch (key) {
    case 'levels':
      return [describeLevels(record.levels)];
    case 'channels':
      return record.channels.map((c) => {
        const fees = c.fees.length ? c.fees.map(formatFee).join('; ') : (c.feeText ?? 'không nêu');
        return `${channelLabels[c.kind]}: ${formatDeadline(c.deadline) || c.deadlineText || 'không nêu thời hạn'} — phí: ${fees}`;
      });
    case 'documents':
      return record.documents.map(
        (d) =>
          `${d.caseName ? `[${d.caseName}] ` : ''}${d.name} (bản chính: ${d.originals ?? '—'}, bản sao: ${d.copies ?? '—'})${d.formTemplate ? ` — mẫu ${d.formTemplate}` : ''}`,
      );
    case 'legalBases':
      return record.legalBases.map((l) =>
        `${l.number ?? ''} ${l.summary}${l.issuedOn ? `, ngày ${l.issuedOn}` : ''}${l.issuer ? `, ${l.issuer}` : ''}`.trim(),
      );
    case 'resultItems':
      return record.resultItems.map((r) => `${r.name}${r.code ? ` (${r.code})` : ''}`);
    case 'subjects':
    case 'keywords':
      return record[key];
    case 'onlineLevel':
      return [
        record.onlineLevel === 'full'
          ? 'Toàn trình'
          : record.onlineLevel === 'partial'
            ? 'Một phần'
            : '(không)',
      ];
    default:
      return [formatLeaf(record[key])];
  }
}
