import type { z } from 'zod';

/**
 * An error of an import, where a person finds it: the sheet (XLSX), the row as the file shows it
 * (header = row 1; for JSON, the index in `procedures`; 0 = the sheet or file as a whole), the
 * column header or JSON path, and what is wrong, in Vietnamese.
 */
export interface ImportError {
  sheet?: string;
  row: number;
  field: string;
  message: string;
  /** The procedure code the error belongs to, when known. */
  procedure?: string;
  /** The path inside the record, when the field is a JSON cell or a nested value. */
  path?: string;
}

export type ErrorLocation = Omit<ImportError, 'message' | 'procedure'>;

/** One procedure read from a file, not yet validated, and how to point at its parts. */
export interface ImportCandidate {
  origin: {
    sheet?: string;
    row: number;
    /** "dòng 5 trang “Thủ tục”", "dòng 5", "procedures[4]": for messages. */
    label: string;
  };
  raw: { record: unknown; agencies: unknown };
  /** Where a value at `path` (from `{ record, agencies }`) sits in the file. */
  locate(path: readonly PropertyKey[]): ErrorLocation;
}

export interface ParsedImport {
  candidates: ImportCandidate[];
  /** Errors found while reading cells (bad numbers, unknown labels, orphan rows…). */
  errors: ImportError[];
}

/** `channels[0].deadline.amount` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`))
    .join('');
}

const vietnameseLetters = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** A zod issue in words a catalogue officer reads. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  // Messages written in Vietnamese in the schemas pass through unchanged.
  if (issue.message && vietnameseLetters.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'bắt buộc, không được để trống';
      return `sai kiểu dữ liệu (cần ${typeNames[issue.expected] ?? issue.expected})`;
    case 'too_small':
      if (issue.origin === 'string') return 'không được để trống';
      if (issue.origin === 'array') return `cần ít nhất ${issue.minimum} mục`;
      return `nhỏ nhất là ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `dài quá ${issue.maximum} ký tự`;
      if (issue.origin === 'array') return `nhiều nhất ${issue.maximum} mục`;
      return `lớn nhất là ${issue.maximum}`;
    case 'invalid_value':
      return `giá trị không hợp lệ (cho phép: ${issue.values.map(String).join(', ')})`;
    case 'invalid_format':
      return issue.format === 'url'
        ? 'địa chỉ URL không hợp lệ'
        : issue.format === 'date'
          ? 'ngày không hợp lệ (dạng YYYY-MM-DD)'
          : `sai định dạng (${issue.format})`;
    default:
      return 'không hợp lệ';
  }
}

const typeNames: Record<string, string> = {
  string: 'chữ',
  number: 'số',
  boolean: 'đúng/sai',
  array: 'danh sách',
  object: 'đối tượng',
};

/** "Có 7 lỗi ở 3 thủ tục; chưa nhập thủ tục nào." */
export function summariseErrors(errors: readonly ImportError[]): string {
  const procedures = new Set(errors.map((e) => e.procedure).filter(Boolean)).size;
  const where = procedures > 0 ? `ở ${procedures} thủ tục` : 'trong tệp';
  return `Có ${errors.length} lỗi ${where}; chưa nhập thủ tục nào.`;
}

/** File order: by sheet as listed, then row, so a person can work down the list. */
export function sortErrors(
  errors: ImportError[],
  sheetOrder: readonly string[] = [],
): ImportError[] {
  const rank = (e: ImportError) => (e.sheet ? sheetOrder.indexOf(e.sheet) : -1);
  return errors.sort((a, b) => rank(a) - rank(b) || a.row - b.row);
}
