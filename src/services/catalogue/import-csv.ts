import { parseCsv } from '../../core/catalogue/csv.ts';
import { DomainError } from '../../core/errors.ts';
import { csvColumns, csvJsonColumns } from './catalogue-table.ts';
import { unprotectCsvField } from './export-csv.ts';
import {
  type ErrorLocation,
  formatPath,
  type ImportCandidate,
  type ImportError,
  type ParsedImport,
} from './import-errors.ts';
import {
  headerOf,
  isBlankRow,
  mapHeader,
  readRow,
  recordFromProcedureRow,
  type SourceRow,
} from './import-tables.ts';

const jsonHeaders = new Map(csvJsonColumns.map((c) => [c.key, c.header]));

/**
 * The CSV import reads the CSV export: one procedure per row, found by header; nested lists are
 * JSON cells, and an error inside one names the cell's column and the path inside it.
 */
export function readCsvImport(bytes: Buffer): ParsedImport {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Tệp CSV không phải UTF-8. Trong Excel, lưu bằng “CSV UTF-8 (Comma delimited)”.',
      { field: 'file' },
    );
  }
  const parsed = parseCsv(text);
  const errors: ImportError[] = parsed.errors.map((e) => ({
    row: e.row,
    field: '(tệp)',
    message: e.message,
  }));
  if (errors.length > 0) return { candidates: [], errors };
  const rows: SourceRow[] = parsed.rows.map((cells, i) => ({ number: i + 1, cells }));
  const header = mapHeader(csvColumns, rows[0]);
  if (header.errors.length > 0) return { candidates: [], errors: header.errors };
  const width = rows[0]?.cells.length ?? 0;

  const candidates: ImportCandidate[] = [];
  for (const row of rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const cellErrors: ImportError[] = [];
    const values = readRow(
      csvColumns,
      header.indexes,
      row,
      (column, message) => cellErrors.push({ row: row.number, field: column.header, message }),
      (input) => (typeof input === 'string' ? unprotectCsvField(input) : input),
    );
    const procedure = typeof values.code === 'string' ? values.code : undefined;
    if (row.cells.length > width) {
      cellErrors.push({
        row: row.number,
        field: '(dòng)',
        message: `Dòng có ${row.cells.length} ô, nhiều hơn ${width} cột của dòng tiêu đề.`,
      });
    }
    errors.push(...cellErrors.map((e) => (procedure ? { ...e, procedure } : e)));
    const record = {
      ...recordFromProcedureRow(values),
      channels: values.channels ?? [],
      documents: values.documents ?? [],
      legalBases: values.legalBases ?? [],
      resultItems: values.resultItems ?? [],
    };
    candidates.push({
      origin: { row: row.number, label: `dòng ${row.number}` },
      raw: { record, agencies: values.agencies ?? [] },
      locate: (path) => locateInCsv(row.number, path),
    });
  }
  return { candidates, errors };
}

function locateInCsv(row: number, path: readonly PropertyKey[]): ErrorLocation {
  const [root, key] = path;
  if (root === 'agencies')
    return { row, field: jsonHeaders.get('agencies')!, path: formatPath(path) };
  const jsonHeader = typeof key === 'string' ? jsonHeaders.get(key) : undefined;
  if (jsonHeader) return { row, field: jsonHeader, path: formatPath(path.slice(1)) };
  return { row, field: typeof key === 'string' ? headerOf('procedures', key) : '(dòng)' };
}
