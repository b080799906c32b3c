import { DomainError } from '../../core/errors.ts';
import { type SniffedType, sniffType } from '../../core/files/sniff-type.ts';

/**
 * What an upload must be, checked on the bytes BEFORE anything is stored (DESIGN §3: type
 * sniffed from bytes; the client's name and Content-Type are ignored). Pure: no I/O.
 */
export interface UploadPolicy {
  /** Sniffed extensions accepted (sniff-type.ts). */
  types: readonly string[];
  maxBytes: number;
  /** Vietnamese list of the accepted types, for the refusal message. */
  label: string;
}

const mb = 1024 * 1024;

/** Executable headers named as documents are refused by name: the officer learns what it was. */
const executables: Array<{ magic: number[]; label: string }> = [
  { magic: [0x7f, 0x45, 0x4c, 0x46], label: 'chương trình Linux (ELF)' },
  { magic: [0x4d, 0x5a], label: 'chương trình Windows (EXE/DLL)' },
  { magic: [0xca, 0xfe, 0xba, 0xbe], label: 'chương trình macOS/Java' },
  { magic: [0xcf, 0xfa, 0xed, 0xfe], label: 'chương trình macOS (Mach-O)' },
  { magic: [0x23, 0x21], label: 'tệp lệnh (script)' },
];

export function checkUpload(bytes: Uint8Array, policy: UploadPolicy): SniffedType {
  if (bytes.length === 0) {
    throw new DomainError('VALIDATION_FAILED', 'Tệp trống (0 byte). Chọn lại tệp.', {
      field: 'file',
    });
  }
  if (bytes.length > policy.maxBytes) {
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `Tệp quá lớn (${(bytes.length / mb).toFixed(1)} MB); tối đa ${policy.maxBytes / mb} MB.`,
      { field: 'file', maxBytes: policy.maxBytes },
    );
  }
  const type = sniffType(bytes);
  if (!type || !policy.types.includes(type.extension)) {
    const executable = executables.find((e) => e.magic.every((b, i) => bytes[i] === b));
    const what = executable?.label ?? type?.label ?? 'không xác định';
    throw new DomainError(
      'UNSUPPORTED_FILE_TYPE',
      `Loại tệp không được chấp nhận (nội dung là ${what}, dù tên tệp là gì). Chỉ nhận ${policy.label}.`,
      {
        field: 'file',
        accepted: policy.types,
        detected: executable ? 'executable' : type?.extension,
      },
    );
  }
  const damage = findDamage(bytes, type.extension);
  if (damage) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Tệp ${type.label} bị hỏng hoặc không đọc được (${damage}). Quét hoặc lưu lại tệp rồi tải lên.`,
      { field: 'file', rule: 'file_readable' },
    );
  }
  return type;
}

/** A file cut short in transfer or saving: the format's end marker is missing. */
function findDamage(bytes: Uint8Array, extension: string): string | null {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  switch (extension) {
    case 'pdf':
      // ISO 32000-1 §7.5.5: the file ends with the cross-reference offset and %%EOF.
      if (!tail.includes('%%EOF')) return 'thiếu phần kết thúc %%EOF';
      if (!tail.includes('startxref')) return 'thiếu bảng tham chiếu';
      return null;
    case 'png':
      // PNG: the IHDR chunk first, the IEND chunk last.
      if (bytes.length < 57 || latin1(bytes, 12, 16) !== 'IHDR') return 'thiếu phần đầu ảnh';
      if (!tail.includes('IEND')) return 'ảnh bị cắt cụt';
      return null;
    case 'jpg': {
      // JPEG: a frame header (SOF) before the data, the end-of-image marker FFD9 at the end.
      if (bytes.length < 128 || !hasFrameHeader(bytes)) return 'thiếu phần đầu ảnh';
      const end = bytes.subarray(Math.max(0, bytes.length - 1024));
      for (let i = end.length - 2; i >= 0; i--)
        if (end[i] === 0xff && end[i + 1] === 0xd9) return null;
      return 'ảnh bị cắt cụt';
    }
    default:
      return null;
  }
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return new TextDecoder('latin1').decode(bytes.subarray(from, to));
}

/** Walks the JPEG marker segments up to the start of scan, looking for a SOFn marker. */
function hasFrameHeader(bytes: Uint8Array): boolean {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return false;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return true;
    if (marker === 0xda || marker === 0xd9) return false;
    at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
  }
  return false;
}
