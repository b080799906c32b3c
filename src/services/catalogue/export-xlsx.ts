import ExcelJS from 'exceljs';
import {
  type CatalogueEntry,
  type Column,
  flattenEntries,
  sheetKeys,
  sheets,
} from './catalogue-table.ts';

/** Kinds whose cells must stay text even after a person edits them (codes, ISO dates). */
const textFormatKinds = new Set(['code', 'date']);

/**
 * The catalogue as one workbook: a sheet per table of catalogue-table.ts, Vietnamese headers in
 * a bold, frozen first row with a filter, and widths that fit the content's usual length.
 */
export async function renderXlsx(entries: readonly CatalogueEntry[], now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Một Cửa';
  workbook.created = now;
  const rows = flattenEntries(entries);
  for (const key of sheetKeys) {
    const columns: readonly Column[] = sheets[key].columns;
    const sheet = workbook.addWorksheet(sheets[key].name, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width,
      ...(textFormatKinds.has(c.kind) ? { style: { numFmt: '@' } } : {}),
    }));
    sheet.addRows(rows[key]);
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
