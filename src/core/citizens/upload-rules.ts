import { DomainError } from '../errors.ts';
import { type SniffedType, sniffType } from '../files/sniff-type.ts';

/**
 * What a citizen may upload (DESIGN "What users tell us": files checked when uploaded — type,
 * size, empty): PDF, JPEG or PNG judged from the bytes, never from the name, up to 10 MB.
 */
export const citizenUploadRules = {
  maxBytes: 10 * 1024 * 1024,
  accepted: ['pdf', 'jpg', 'png'] as readonly string[],
  maxFilesPerDraft: 40,
} as const;

const programs: Array<{ magic: number[]; label: string }> = [
  { magic: [0x4d, 0x5a], label: 'tệp chương trình Windows (.exe, .dll)' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], label: 'tệp chương trình Linux' },
  { magic: [0xcf, 0xfa, 0xed, 0xfe], label: 'tệp chương trình macOS' },
  { magic: [0xca, 0xfe, 0xba, 0xbe], label: 'tệp chương trình macOS hoặc Java' },
  { magic: [0x23, 0x21], label: 'tệp lệnh (script)' },
];

function describeProgram(bytes: Uint8Array): string | undefined {
  return programs.find((p) => p.magic.every((b, i) => bytes[i] === b))?.label;
}

/** The file's type, or the refusal a citizen can act on (empty, too large, not PDF/JPEG/PNG). */
export function checkCitizenFile(bytes: Uint8Array, fileName: string): SniffedType {
  const name = fileName.slice(0, 120);
  if (bytes.length === 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Tệp “${name}” trống (0 byte). Chọn lại tệp đã quét hoặc chụp.`,
      { field: 'file', reason: 'empty' },
    );
  }
  if (bytes.length > citizenUploadRules.maxBytes) {
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `Tệp “${name}” quá lớn (${(bytes.length / 1024 / 1024).toFixed(1)} MB). Mỗi tệp tối đa 10 MB; hãy quét ở độ phân giải thấp hơn hoặc chia thành nhiều tệp.`,
      { field: 'file', reason: 'too_large', maxBytes: citizenUploadRules.maxBytes },
    );
  }
  const program = describeProgram(bytes);
  const type = program ? undefined : sniffType(bytes);
  if (!type || !citizenUploadRules.accepted.includes(type.extension)) {
    const what = program ?? (type ? `tệp ${type.label}` : 'tệp không xác định được loại');
    throw new DomainError(
      'UNSUPPORTED_FILE_TYPE',
      `Tệp “${name}” là ${what}, không phải PDF, JPEG hay PNG (loại tệp được xét theo nội dung, không theo tên tệp). Chỉ nhận tệp PDF, JPEG hoặc PNG.`,
      { field: 'file', reason: program ? 'program' : 'type', accepted: ['PDF', 'JPEG', 'PNG'] },
    );
  }
  return type;
}
