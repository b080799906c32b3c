import ExcelJS from 'exceljs';
import { DomainError } from '../../core/errors.ts';
import { sniffType } from '../../core/files/sniff-type.ts';
import type { CellInput } from './catalogue-table.ts';
import type { ParsedImport } from './import-errors.ts';
import { assembleSheets, isBlankRow, type SourceTable } from './import-tables.ts';

/**
 * A workbook expands to many times its size in memory; a few megabytes of zipped XML can claim
 * gigabytes ("zip bomb"). The sizes declared in the ZIP directory are checked before loading.
 */
const maxUnzippedBytes = 200 * 1024 * 1024;

/** Reads an uploaded workbook (the XLSX export, possibly edited) into procedures. */
export async function readXlsxImport(bytes: Buffer): Promise<ParsedImport> {
  const type = sniffType(bytes);
  if (type?.extension !== 'xlsx') {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Tệp không phải bảng tính Excel (.xlsx)${type ? `: nội dung là ${type.label}` : ''}. Đổi đuôi tệp không đổi được định dạng; hãy mở tệp bằng Excel và lưu dưới dạng “Excel Workbook (.xlsx)”.`,
      { field: 'file', detected: type?.extension ?? null },
    );
  }
  const unzipped = declaredUnzippedSize(bytes);
  if (unzipped === undefined || unzipped > maxUnzippedBytes) {
    throw new DomainError(
      'VALIDATION_FAILED',
      unzipped === undefined
        ? 'Tệp Excel bị hỏng (không đọc được mục lục của tệp nén).'
        : 'Tệp Excel giải nén ra quá lớn; chia danh mục thành nhiều tệp nhỏ hơn.',
      { field: 'file' },
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Không đọc được tệp Excel: ${(error as Error).message}. Mở tệp bằng Excel và lưu lại dạng .xlsx.`,
      { field: 'file' },
    );
  }
  const tables: SourceTable[] = workbook.worksheets.map((sheet) => {
    const rows: SourceTable['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      // row.values is 1-based: index 0 is always empty.
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(toCellInput);
      const sourceRow = { number, cells: values };
      if (!isBlankRow(sourceRow) || rows.length === 0) rows.push(sourceRow);
    });
    return { name: sheet.name, rows };
  });
  return assembleSheets(tables);
}

function toCellInput(value: ExcelJS.CellValue): CellInput {
  if (value === null || value === undefined) return null;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return value;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return toCellInput((value.result ?? null) as ExcelJS.CellValue);
  if ('hyperlink' in value) return toCellInput(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

/** Sum of the uncompressed sizes in the ZIP central directory, or undefined if unreadable. */
function declaredUnzippedSize(bytes: Buffer): number | undefined {
  const endMin = 22;
  if (bytes.length < endMin) return undefined;
  let end = -1;
  for (let i = bytes.length - endMin; i >= Math.max(0, bytes.length - endMin - 65_535); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return undefined;
    const size = bytes.readUInt32LE(offset + 24);
    // 0xFFFFFFFF defers to a ZIP64 record: far beyond anything a catalogue needs.
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    offset +=
      46 +
      bytes.readUInt16LE(offset + 28) +
      bytes.readUInt16LE(offset + 30) +
      bytes.readUInt16LE(offset + 32);
  }
  return total;
}
