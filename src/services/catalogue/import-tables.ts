import {
  type CellInput,
  type Column,
  procedureColumns,
  type SheetKey,
  sheetKeys,
  sheets,
} from './catalogue-table.ts';
import { readCell } from './import-cells.ts';
import type { ErrorLocation, ImportCandidate, ImportError, ParsedImport } from './import-errors.ts';

/**
 * Turns the sheets of a workbook back into procedures: each sheet's columns are found by their
 * header (any order), every cell is read by its kind, and rows of the other sheets are attached
 * to their procedure by code. Nothing is validated against the schema here; cells that cannot be
 * read become errors at their sheet, row and column.
 */
export interface SourceRow {
  number: number;
  cells: CellInput[];
}

export interface SourceTable {
  name: string;
  /** Every non-empty row, the header first. */
  rows: SourceRow[];
}

export const normaliseHeader = (s: string) =>
  s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/** Which cell of a row holds each readable column; missing columns come back as errors. */
export function mapHeader(
  columns: readonly Column[],
  header: SourceRow | undefined,
  sheet?: string,
): { indexes: Map<string, number>; errors: ImportError[] } {
  const found = new Map<string, number>();
  (header?.cells ?? []).forEach((cell, index) => {
    if (typeof cell === 'string') found.set(normaliseHeader(cell), index);
  });
  const indexes = new Map<string, number>();
  const errors: ImportError[] = [];
  for (const column of columns) {
    if (column.kind === 'info') continue;
    const index = found.get(normaliseHeader(column.header));
    if (index === undefined) {
      errors.push({
        ...(sheet ? { sheet } : {}),
        row: header?.number ?? 1,
        field: column.header,
        message: `Thiếu cột “${column.header}” ở dòng tiêu đề.`,
      });
    } else indexes.set(column.key, index);
  }
  return { indexes, errors };
}

/** Reads the readable cells of a row; a cell that cannot be read is reported and left out. */
export function readRow(
  columns: readonly Column[],
  indexes: Map<string, number>,
  row: SourceRow,
  report: (column: Column, message: string) => void,
  clean: (input: CellInput) => CellInput = (input) => input,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const column of columns) {
    const index = indexes.get(column.key);
    if (index === undefined) continue;
    const read = readCell(column.kind, clean(row.cells[index]));
    if (read.ok) values[column.key] = read.value;
    else report(column, read.message);
  }
  return values;
}

export function isBlankRow(row: SourceRow): boolean {
  return row.cells.every((c) => c === null || c === undefined || String(c).trim() === '');
}

/** The record fields of a "Thủ tục" row; lists of the other sheets start empty. */
export function recordFromProcedureRow(values: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const column of procedureColumns) {
    if (column.kind === 'info' || !(column.key in values)) continue;
    // Blank yes/no cells take the schema's default rather than failing as null.
    const value = values[column.key];
    record[column.key] = column.kind === 'bool' && value === null ? undefined : value;
  }
  return record;
}

export function headerOf(sheet: SheetKey, key: string): string {
  return (sheets[sheet].columns as readonly Column[]).find((c) => c.key === key)?.header ?? key;
}

interface SourceMap {
  row: number;
  channels: number[];
  fees: number[][];
  documents: number[];
  legalBases: number[];
  resultItems: number[];
  agencies: number[];
}

interface Draft {
  candidate: ImportCandidate;
  map: SourceMap;
  record: Record<string, unknown> & {
    channels: Array<Record<string, unknown> & { fees: unknown[] }>;
    documents: unknown[];
    legalBases: unknown[];
    resultItems: unknown[];
  };
  agencies: unknown[];
  channelByNo: Map<number, number>;
}

/** Assembles the procedures of a workbook; structural problems stop before the rows are read. */
export function assembleSheets(tables: readonly SourceTable[]): ParsedImport {
  const byName = new Map(tables.map((t) => [normaliseHeader(t.name), t]));
  const errors: ImportError[] = [];
  const layout = new Map<SheetKey, { table: SourceTable; indexes: Map<string, number> }>();
  for (const key of sheetKeys) {
    const name = sheets[key].name;
    const table = byName.get(normaliseHeader(name));
    if (!table) {
      errors.push({ sheet: name, row: 0, field: name, message: `Thiếu trang “${name}”.` });
      continue;
    }
    const header = mapHeader(sheets[key].columns, table.rows[0], name);
    errors.push(...header.errors);
    layout.set(key, { table, indexes: header.indexes });
  }
  if (errors.length > 0) return { candidates: [], errors };

  const drafts: Draft[] = [];
  const byCode = new Map<string, Draft>();
  const eachRow = (
    key: SheetKey,
    visit: (values: Record<string, unknown>, row: number) => void,
  ) => {
    const { table, indexes } = layout.get(key)!;
    const sheet = sheets[key].name;
    for (const row of table.rows.slice(1)) {
      if (isBlankRow(row)) continue;
      const rowErrors: Array<{ column: Column; message: string }> = [];
      const values = readRow(sheets[key].columns, indexes, row, (column, message) =>
        rowErrors.push({ column, message }),
      );
      const procedure = typeof values.code === 'string' ? values.code : undefined;
      for (const e of rowErrors) {
        errors.push({
          sheet,
          row: row.number,
          field: e.column.header,
          message: e.message,
          ...(procedure ? { procedure } : {}),
        });
      }
      visit(values, row.number);
    }
  };
  /** The procedure a row of another sheet belongs to, or an error at that row. */
  const owner = (key: SheetKey, values: Record<string, unknown>, row: number) => {
    const code = values.code;
    const draft = typeof code === 'string' ? byCode.get(code) : undefined;
    if (!draft && code !== undefined) {
      errors.push({
        sheet: sheets[key].name,
        row,
        field: headerOf(key, 'code'),
        message:
          typeof code === 'string'
            ? `Mã thủ tục ${code} không có ở trang “${sheets.procedures.name}”.`
            : 'Thiếu mã thủ tục.',
      });
    }
    return draft;
  };

  eachRow('procedures', (values, row) => {
    const map: SourceMap = {
      row,
      channels: [],
      fees: [],
      documents: [],
      legalBases: [],
      resultItems: [],
      agencies: [],
    };
    const draft: Draft = {
      map,
      record: {
        ...recordFromProcedureRow(values),
        channels: [],
        documents: [],
        legalBases: [],
        resultItems: [],
      },
      agencies: [],
      channelByNo: new Map(),
      candidate: undefined as unknown as ImportCandidate,
    };
    draft.candidate = {
      origin: {
        sheet: sheets.procedures.name,
        row,
        label: `dòng ${row} trang “${sheets.procedures.name}”`,
      },
      raw: { record: draft.record, agencies: draft.agencies },
      locate: (path) => locateInSheets(map, path),
    };
    drafts.push(draft);
    // A repeated code is reported by validation; its other rows attach to the first one.
    if (typeof values.code === 'string' && !byCode.has(values.code)) byCode.set(values.code, draft);
  });

  eachRow('channels', (values, row) => {
    const draft = owner('channels', values, row);
    if (!draft) return;
    const index = draft.record.channels.length;
    const no = typeof values.no === 'number' ? values.no : index + 1;
    if (draft.channelByNo.has(no)) {
      errors.push({
        sheet: sheets.channels.name,
        row,
        field: headerOf('channels', 'no'),
        message: `STT cách thức ${no} bị lặp trong thủ tục ${values.code}.`,
        procedure: values.code as string,
      });
    }
    draft.channelByNo.set(no, index);
    const hasDeadline = values.deadlineAmount != null || values.deadlineUnit != null;
    draft.record.channels.push({
      kind: values.kind,
      deadline: hasDeadline ? { amount: values.deadlineAmount, unit: values.deadlineUnit } : null,
      deadlineText: values.deadlineText,
      fees: [],
      feeText: values.feeText,
      free: values.free,
      description: values.description,
    });
    draft.map.channels.push(row);
    draft.map.fees.push([]);
  });

  eachRow('fees', (values, row) => {
    const draft = owner('fees', values, row);
    if (!draft) return;
    const index = findFeeChannel(draft, values);
    if (index === undefined) {
      errors.push({
        sheet: sheets.fees.name,
        row,
        field: headerOf('fees', 'channelNo'),
        message:
          'Không xác định được cách thức của phí này: ghi “STT cách thức” như ở trang “Cách thức thực hiện”.',
        procedure: values.code as string,
      });
      return;
    }
    draft.record.channels[index]!.fees.push({
      name: values.name,
      amountVnd: values.amountVnd,
      per: values.per,
      note: values.note,
    });
    draft.map.fees[index]!.push(row);
  });

  eachRow('documents', (values, row) => {
    const draft = owner('documents', values, row);
    if (!draft) return;
    const { code: _code, ...document } = values;
    draft.record.documents.push(document);
    draft.map.documents.push(row);
  });
  eachRow('legalBases', (values, row) => {
    const draft = owner('legalBases', values, row);
    if (!draft) return;
    const { code: _code, ...basis } = values;
    draft.record.legalBases.push(basis);
    draft.map.legalBases.push(row);
  });
  eachRow('resultItems', (values, row) => {
    const draft = owner('resultItems', values, row);
    if (!draft) return;
    draft.record.resultItems.push({ name: values.name, code: values.resultCode });
    draft.map.resultItems.push(row);
  });
  eachRow('agencies', (values, row) => {
    const draft = owner('agencies', values, row);
    if (!draft) return;
    draft.agencies.push({ unitCode: values.unitCode, handlingUnitCode: values.handlingUnitCode });
    draft.map.agencies.push(row);
  });

  return { candidates: drafts.map((d) => d.candidate), errors };
}

function findFeeChannel(draft: Draft, values: Record<string, unknown>): number | undefined {
  if (typeof values.channelNo === 'number') return draft.channelByNo.get(values.channelNo);
  const matching = draft.record.channels.flatMap((c, i) => (c.kind === values.kind ? [i] : []));
  return matching.length === 1 ? matching[0] : undefined;
}

const recordListSheets: Record<string, 'documents' | 'legalBases' | 'resultItems'> = {
  documents: 'documents',
  legalBases: 'legalBases',
  resultItems: 'resultItems',
};

/** The sheet, row and column of a value of `{ record, agencies }` assembled from sheets. */
function locateInSheets(map: SourceMap, path: readonly PropertyKey[]): ErrorLocation {
  const at = (sheet: SheetKey, row: number | undefined, key: string): ErrorLocation => ({
    sheet: sheets[sheet].name,
    row: row ?? map.row,
    field: headerOf(sheet, key),
  });
  const onProcedure = (field: string): ErrorLocation => ({
    sheet: sheets.procedures.name,
    row: map.row,
    field,
  });
  const [root, key, i, sub, j, leaf] = path;
  if (root === 'agencies') {
    if (typeof key !== 'number') return onProcedure(sheets.agencies.name);
    return at('agencies', map.agencies[key], String(i ?? 'unitCode'));
  }
  if (key === 'channels') {
    if (typeof i !== 'number') return onProcedure(sheets.channels.name);
    const row = map.channels[i];
    if (sub === 'fees') {
      if (typeof j !== 'number') return at('channels', row, 'feeText');
      return at('fees', map.fees[i]?.[j], String(leaf ?? 'name'));
    }
    if (sub === 'deadline')
      return at('channels', row, j === 'unit' ? 'deadlineUnit' : 'deadlineAmount');
    return at('channels', row, String(sub ?? 'kind'));
  }
  const listSheet = typeof key === 'string' ? recordListSheets[key] : undefined;
  if (listSheet) {
    if (typeof i !== 'number') return onProcedure(sheets[listSheet].name);
    const column =
      listSheet === 'resultItems' && sub === 'code' ? 'resultCode' : String(sub ?? 'name');
    return at(listSheet, map[listSheet][i], column);
  }
  return onProcedure(typeof key === 'string' ? headerOf('procedures', key) : 'Thủ tục');
}
