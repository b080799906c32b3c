/**
 * The type of a file from its first bytes, never from its name or the client's word
 * (DESIGN §3: "type sniffed from bytes"). Returns undefined for anything not recognised.
 */
export interface SniffedType {
  mime: string;
  extension: string;
  label: string;
}

const types: Array<{ magic: number[]; offset?: number; type: SniffedType }> = [
  {
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d],
    type: { mime: 'application/pdf', extension: 'pdf', label: 'PDF' },
  },
  {
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    type: { mime: 'image/png', extension: 'png', label: 'PNG' },
  },
  { magic: [0xff, 0xd8, 0xff], type: { mime: 'image/jpeg', extension: 'jpg', label: 'JPEG' } },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    type: { mime: 'application/msword', extension: 'doc', label: 'Word 97–2003' },
  },
];

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

export function sniffType(bytes: Uint8Array): SniffedType | undefined {
  for (const candidate of types) {
    if (startsWith(bytes, candidate.magic, candidate.offset ?? 0)) return candidate.type;
  }
  if (startsWith(bytes, zipMagic, 0)) {
    // Office Open XML files are ZIP archives whose entries name their part of the package.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
    if (head.includes('word/')) {
      return {
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
        label: 'Word',
      };
    }
    if (head.includes('xl/')) {
      return {
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
        label: 'Excel',
      };
    }
    if (head.includes('[Content_Types].xml')) {
      return {
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
        label: 'Word',
      };
    }
    return undefined;
  }
  if (isUtf8Text(bytes))
    return { mime: 'text/plain; charset=utf-8', extension: 'txt', label: 'Văn bản' };
  return undefined;
}

function startsWith(bytes: Uint8Array, magic: number[], offset: number): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((byte, i) => bytes[offset + i] === byte);
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(
      sample.length < bytes.length ? trimPartial(sample) : sample,
    );
    return true;
  } catch {
    return false;
  }
}

/** Drops a UTF-8 sequence cut at the end of the sample. */
function trimPartial(sample: Uint8Array): Uint8Array {
  let end = sample.length;
  while (end > 0 && end > sample.length - 4 && ((sample[end - 1] ?? 0) & 0xc0) === 0x80) end--;
  if (end > 0 && ((sample[end - 1] ?? 0) & 0xc0) === 0xc0) end--;
  return sample.subarray(0, end);
}
