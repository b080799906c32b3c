import { encodeCsv } from '../../core/catalogue/csv.ts';
import {
  type CatalogueEntry,
  type CellValue,
  csvColumns,
  formatCell,
  procedureInfo,
} from './catalogue-table.ts';

/**
 * The catalogue as CSV: one row per procedure, the columns of the "Thủ tục" sheet followed by the
 * nested lists as JSON cells. UTF-8 with a byte order mark, or Excel reads Vietnamese as
 * Windows-1258 mojibake.
 */
export function renderCsv(entries: readonly CatalogueEntry[]): string {
  const header = csvColumns.map((c) => c.header);
  const rows = entries.map((entry) => {
    const values: Record<string, unknown> = {
      ...entry.record,
      ...procedureInfo(entry),
      agencies: entry.agencies.map((a) => ({
        unitCode: a.unitCode,
        handlingUnitCode: a.handlingUnitCode,
      })),
    };
    return csvColumns.map((c) => toCsvField(formatCell(c.kind, values[c.key])));
  });
  return `\uFEFF${encodeCsv([header, ...rows])}`;
}

/**
 * Spreadsheet programs run a cell starting with = + - @ as a formula (OWASP "CSV injection"), and
 * procedure steps often start with "- ". Such text gets a leading apostrophe, which the CSV import
 * removes again.
 */
const formulaStart = /^[=+\-@\t\r]/;

function toCsvField(value: CellValue): string {
  if (value === null) return '';
  const text = String(value);
  return typeof value === 'string' && formulaStart.test(text) ? `'${text}` : text;
}

export function unprotectCsvField(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}
