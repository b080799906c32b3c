import {
  deadlineUnitLabels,
  type ProcedureRecord,
  procedureLevelLabels,
} from '../../core/catalogue/procedure-record.ts';
import { type VersionStatus, versionStatusLabels } from '../../core/catalogue/version-lifecycle.ts';
import { channelLabels } from '../../core/dossiers/statuses.ts';

/**
 * The catalogue as tables, shared by the XLSX and CSV exports and imports: which sheets and
 * columns exist, their Vietnamese headers, and how each kind of cell is written and read back.
 * Reading (import-cells.ts) is the inverse of writing, so an untouched export imports as
 * "unchanged".
 */

/** One procedure as exported: its record, agencies and the version it was taken from. */
export interface CatalogueEntry {
  record: ProcedureRecord;
  agencies: Array<{
    unitCode: string;
    handlingUnitCode: string | null;
    unitName?: string;
    handlingUnitName?: string | null;
  }>;
  versionNo: number;
  status: string;
  effectiveFrom: string | null;
}

/** What a cell holds when written (exports) and what a reader may find in it (imports). */
export type CellValue = string | number | null;
export type CellInput = string | number | boolean | Date | null | undefined;

export type CellKind =
  | 'text'
  | 'code'
  | 'list'
  | 'levels'
  | 'channel'
  | 'deadlineUnit'
  | 'onlineLevel'
  | 'bool'
  | 'int'
  | 'number'
  | 'date'
  | 'json'
  /** Shown for people (names, version, status); never read back. */
  | 'info';

export interface Column {
  key: string;
  header: string;
  kind: CellKind;
  width: number;
}

const col = (key: string, header: string, kind: CellKind, width: number): Column => ({
  key,
  header,
  kind,
  width,
});

const codeColumn = col('code', 'Mã thủ tục', 'code', 12);

export const procedureColumns: Column[] = [
  codeColumn,
  col('name', 'Tên thủ tục', 'text', 50),
  col('field', 'Lĩnh vực', 'text', 24),
  col('levels', 'Cấp thực hiện', 'levels', 16),
  col('procedureType', 'Loại thủ tục', 'text', 18),
  col('subjects', 'Đối tượng thực hiện', 'list', 30),
  col('steps', 'Trình tự thực hiện', 'text', 60),
  col('implementingAgency', 'Cơ quan thực hiện', 'text', 30),
  col('competentAgency', 'Cơ quan có thẩm quyền', 'text', 30),
  col('authorisedAgency', 'Cơ quan được ủy quyền', 'text', 24),
  col('coordinatingAgency', 'Cơ quan phối hợp', 'text', 24),
  col('receivingAddress', 'Địa chỉ tiếp nhận hồ sơ', 'text', 30),
  col('result', 'Kết quả thực hiện', 'text', 40),
  col('requirements', 'Yêu cầu, điều kiện thực hiện', 'text', 40),
  col('keywords', 'Từ khóa', 'list', 20),
  col('description', 'Mô tả', 'text', 30),
  col('onlineLevel', 'Dịch vụ công trực tuyến', 'onlineLevel', 14),
  col('boundaryFree', 'Không phụ thuộc địa giới hành chính', 'bool', 14),
  col('interAgency', 'Liên thông', 'bool', 10),
  col('decisionNumber', 'Quyết định công bố', 'text', 20),
  col('sourceUrl', 'Nguồn (CSDL quốc gia)', 'text', 30),
  col('versionNo', 'Phiên bản', 'info', 10),
  col('status', 'Trạng thái', 'info', 14),
  col('effectiveFrom', 'Hiệu lực từ', 'info', 26),
];

export const sheets = {
  procedures: { name: 'Thủ tục', columns: procedureColumns },
  channels: {
    name: 'Cách thức thực hiện',
    columns: [
      codeColumn,
      col('no', 'STT cách thức', 'int', 8),
      col('kind', 'Cách thức', 'channel', 22),
      col('deadlineAmount', 'Thời hạn', 'number', 10),
      col('deadlineUnit', 'Đơn vị thời hạn', 'deadlineUnit', 16),
      col('deadlineText', 'Thời hạn giải quyết (mô tả)', 'text', 40),
      col('feeText', 'Phí, lệ phí (mô tả)', 'text', 40),
      col('free', 'Miễn phí', 'bool', 10),
      col('description', 'Mô tả', 'text', 40),
    ],
  },
  fees: {
    name: 'Phí, lệ phí',
    columns: [
      codeColumn,
      col('channelNo', 'STT cách thức', 'int', 8),
      col('kind', 'Cách thức', 'channel', 22),
      col('name', 'Tên phí, lệ phí', 'text', 30),
      col('amountVnd', 'Mức thu (đồng)', 'int', 14),
      col('per', 'Đơn vị tính', 'text', 16),
      col('note', 'Ghi chú', 'text', 40),
    ],
  },
  documents: {
    name: 'Thành phần hồ sơ',
    columns: [
      codeColumn,
      col('caseName', 'Trường hợp', 'text', 30),
      col('name', 'Tên giấy tờ', 'text', 60),
      col('originals', 'Bản chính', 'int', 10),
      col('copies', 'Bản sao', 'int', 10),
      col('formTemplate', 'Mẫu đơn, tờ khai', 'text', 30),
    ],
  },
  legalBases: {
    name: 'Căn cứ pháp lý',
    columns: [
      codeColumn,
      col('number', 'Số ký hiệu', 'text', 20),
      col('summary', 'Trích yếu', 'text', 60),
      col('issuedOn', 'Ngày ban hành', 'date', 14),
      col('issuer', 'Cơ quan ban hành', 'text', 24),
    ],
  },
  resultItems: {
    name: 'Kết quả',
    columns: [
      codeColumn,
      col('name', 'Tên kết quả', 'text', 50),
      col('resultCode', 'Mã loại kết quả', 'text', 18),
    ],
  },
  agencies: {
    name: 'Cơ quan thực hiện',
    columns: [
      codeColumn,
      col('unitCode', 'Mã đơn vị', 'text', 18),
      col('handlingUnitCode', 'Mã phòng xử lý', 'text', 18),
      col('unitName', 'Tên đơn vị', 'info', 40),
      col('handlingUnitName', 'Tên phòng xử lý', 'info', 40),
    ],
  },
} as const satisfies Record<string, { name: string; columns: Column[] }>;

export type SheetKey = keyof typeof sheets;
export const sheetKeys = Object.keys(sheets) as SheetKey[];

/** CSV: one row per procedure, the nested lists as JSON cells. */
export const csvJsonColumns: Column[] = [
  col('channels', 'Cách thức thực hiện (JSON)', 'json', 0),
  col('documents', 'Thành phần hồ sơ (JSON)', 'json', 0),
  col('legalBases', 'Căn cứ pháp lý (JSON)', 'json', 0),
  col('resultItems', 'Kết quả (JSON)', 'json', 0),
  col('agencies', 'Mã cơ quan thực hiện (JSON)', 'json', 0),
];
export const csvColumns: Column[] = [...procedureColumns, ...csvJsonColumns];

export const onlineLevelLabels = { full: 'Toàn trình', partial: 'Một phần' } as const;
export const yes = 'Có';
export const no = 'Không';

/** Writes a value of a column's kind as a cell. */
export function formatCell(kind: CellKind, value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'list':
      return (value as string[]).length ? (value as string[]).join('; ') : null;
    case 'levels':
      return (value as Array<keyof typeof procedureLevelLabels>)
        .map((l) => procedureLevelLabels[l])
        .join('; ');
    case 'channel':
      return channelLabels[value as keyof typeof channelLabels];
    case 'deadlineUnit':
      return deadlineUnitLabels[value as keyof typeof deadlineUnitLabels];
    case 'onlineLevel':
      return onlineLevelLabels[value as keyof typeof onlineLevelLabels];
    case 'bool':
      return value ? yes : no;
    case 'json':
      return JSON.stringify(value);
    case 'int':
    case 'number':
      return value as number;
    default:
      return String(value);
  }
}

/** The cells of every sheet for a list of entries, in list order. */
export function flattenEntries(
  entries: readonly CatalogueEntry[],
): Record<SheetKey, Array<Record<string, CellValue>>> {
  const out = Object.fromEntries(sheetKeys.map((k) => [k, []])) as unknown as Record<
    SheetKey,
    Array<Record<string, CellValue>>
  >;
  const row = (key: SheetKey, values: Record<string, unknown>) =>
    out[key].push(
      Object.fromEntries(
        sheets[key].columns.map((c) => [c.key, formatCell(c.kind, values[c.key])]),
      ),
    );
  for (const entry of entries) {
    const r = entry.record;
    row('procedures', { ...r, ...procedureInfo(entry) });
    r.channels.forEach((channel, i) => {
      row('channels', {
        ...channel,
        code: r.code,
        no: i + 1,
        deadlineAmount: channel.deadline?.amount,
        deadlineUnit: channel.deadline?.unit,
      });
      for (const fee of channel.fees)
        row('fees', { ...fee, code: r.code, channelNo: i + 1, kind: channel.kind });
    });
    for (const d of r.documents) row('documents', { ...d, code: r.code });
    for (const b of r.legalBases) row('legalBases', { ...b, code: r.code });
    for (const item of r.resultItems)
      row('resultItems', { name: item.name, resultCode: item.code, code: r.code });
    for (const a of entry.agencies) row('agencies', { ...a, code: r.code });
  }
  return out;
}

/** The read-only columns of the procedure row. */
export function procedureInfo(entry: CatalogueEntry) {
  return {
    versionNo: entry.versionNo,
    status: versionStatusLabels[entry.status as VersionStatus] ?? entry.status,
    effectiveFrom: entry.effectiveFrom,
  };
}
