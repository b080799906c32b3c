import { DomainError } from '../../core/errors.ts';
import { formatPath, type ImportCandidate, type ParsedImport } from './import-errors.ts';

/**
 * The JSON import takes the JSON export's shape, `{ procedures: [{ record, agencies, … }] }`;
 * `versionNo`, `status` and `effectiveFrom` are informative and ignored. Rows are the indexes
 * in `procedures`, fields are paths such as `record.channels[0].deadline.amount`.
 */
export function readJsonImport(value: unknown): ParsedImport {
  const procedures = (value as { procedures?: unknown } | null)?.procedures;
  if (!Array.isArray(procedures)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Dữ liệu JSON phải có dạng { "procedures": [ { "record": …, "agencies": […] } ] } như tệp xuất.',
      { field: 'procedures' },
    );
  }
  const candidates = procedures.map((item, index): ImportCandidate => {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    return {
      origin: { row: index, label: `procedures[${index}]` },
      raw: { record: entry.record, agencies: entry.agencies ?? [] },
      locate: (path) => ({ row: index, field: formatPath(path) }),
    };
  });
  return { candidates, errors: [] };
}

/** Parses the bytes of an uploaded JSON file (UTF-8, with or without a byte order mark). */
export function parseJsonFile(bytes: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError('VALIDATION_FAILED', 'Tệp JSON không phải văn bản UTF-8.', {
      field: 'file',
    });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Tệp không phải JSON hợp lệ: ${(error as Error).message}.`,
      { field: 'file' },
    );
  }
}
