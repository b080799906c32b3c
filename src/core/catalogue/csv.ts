/**
 * A small RFC 4180 codec: records end with CRLF, a field is quoted when it holds the delimiter, a
 * quote, CR or LF, and a quote inside a quoted field is doubled. The parser also takes LF-only
 * files, a byte order mark, and the `;` or tab delimiters spreadsheet programs write under locales
 * whose decimal separator is the comma (Vietnamese among them).
 */
export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvError {
  /** Record number as a spreadsheet shows it: the first record (the header) is 1. */
  row: number;
  message: string;
}

export interface ParsedCsv {
  rows: string[][];
  delimiter: CsvDelimiter;
  errors: CsvError[];
}

const byteOrderMark = '\uFEFF';

export function encodeCsv(
  rows: readonly (readonly string[])[],
  delimiter: CsvDelimiter = ',',
): string {
  return rows.map((row) => encodeRecord(row, delimiter)).join('\r\n') + (rows.length ? '\r\n' : '');
}

function encodeRecord(row: readonly string[], delimiter: CsvDelimiter): string {
  // A record of one empty field would otherwise be a blank line, which readers skip.
  if (row.length === 1 && row[0] === '') return '""';
  return row.map((field) => encodeField(field, delimiter)).join(delimiter);
}

function encodeField(field: string, delimiter: CsvDelimiter): string {
  const needsQuotes =
    field.includes(delimiter) ||
    field.includes('"') ||
    field.includes('\r') ||
    field.includes('\n');
  return needsQuotes ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Parses CSV text; the delimiter is the one of `, ; tab` that splits the first line most. */
export function parseCsv(text: string, delimiter?: CsvDelimiter): ParsedCsv {
  const source = text.startsWith(byteOrderMark) ? text.slice(1) : text;
  const used = delimiter ?? detectDelimiter(source);
  const rows: string[][] = [];
  const errors: CsvError[] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
    quoted = false;
  };
  const endRecord = () => {
    endField();
    rows.push(record);
    record = [];
  };
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '"' && field === '' && !quoted) {
      quoted = true;
      const start = rows.length + 1;
      i++;
      let closed = false;
      while (i < source.length) {
        const c = source[i]!;
        if (c === '"') {
          if (source[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        field += c;
        i++;
      }
      if (!closed) {
        errors.push({ row: start, message: 'Dấu ngoặc kép mở nhưng không đóng đến cuối tệp.' });
        endRecord();
        break;
      }
      const next = source[i];
      if (next !== undefined && next !== used && next !== '\r' && next !== '\n') {
        errors.push({
          row: start,
          message: 'Có ký tự ngay sau dấu ngoặc kép đóng; trường có ngoặc kép phải kết thúc ở đó.',
        });
        // Keep reading the rest as part of the field so that later records still line up.
        while (i < source.length && ![used, '\r', '\n'].includes(source[i]!)) field += source[i++];
      }
      continue;
    }
    if (ch === used) {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || quoted || record.length > 0) endRecord();
  return { rows, delimiter: used, errors };
}

function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\r' || ch === '\n')) break;
    else if (!inQuotes) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  const candidates: CsvDelimiter[] = [',', ';', '\t'];
  return candidates.reduce((best, d) =>
    (counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best,
  );
}
