import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { newId } from '../../db/ids.ts';
import type { ServiceContext } from '../context.ts';

export const maxUploadBytes = 20 * 1024 * 1024;

/** Which sniffed types each purpose accepts (never the client's word or the file name). */
const acceptedTypes: Record<string, readonly string[]> = {
  decision: ['pdf'],
  form_template: ['pdf', 'docx', 'doc', 'xlsx', 'txt'],
  import: ['xlsx', 'txt'],
};

export type UploadPurpose = keyof typeof acceptedTypes;

/** Stores an uploaded file by content hash and records it; refuses empty, oversize, or wrong type. */
export async function storeUpload(
  ctx: ServiceContext,
  principal: Principal,
  input: { bytes: Buffer; fileName: string; purpose: UploadPurpose },
) {
  if (input.bytes.length === 0) {
    throw new DomainError('VALIDATION_FAILED', 'Tệp trống (0 byte). Chọn lại tệp.', {
      field: 'file',
    });
  }
  if (input.bytes.length > maxUploadBytes) {
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `Tệp quá lớn (tối đa ${maxUploadBytes / 1024 / 1024} MB).`,
      { field: 'file' },
    );
  }
  const stored = ctx.files.put(input.bytes);
  const accepted = acceptedTypes[input.purpose] ?? [];
  if (!stored.type || !accepted.includes(stored.type.extension)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Loại tệp không được chấp nhận${stored.type ? ` (${stored.type.label})` : ''}. Chấp nhận: ${accepted.join(', ').toUpperCase()}.`,
      { field: 'file', accepted },
    );
  }
  const id = newId();
  const fileName = sanitiseFileName(input.fileName, stored.type.extension);
  await ctx.db
    .insertInto('files')
    .values({
      id,
      tenantId: principal.tenantId,
      sha256: stored.sha256,
      sizeBytes: stored.size,
      mimeType: stored.type.mime,
      fileName,
      purpose: input.purpose,
      uploadedBy: principal.userId || null,
    })
    .execute();
  return { id, fileName, mimeType: stored.type.mime, size: stored.size, sha256: stored.sha256 };
}

/** Keeps a readable, safe name: no path, no control characters, the sniffed extension. */
export function sanitiseFileName(name: string, extension: string): string {
  const base = name
    .normalize('NFC')
    .split(/[\\/]/)
    .pop()!
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 150);
  return `${base || 'tep'}.${extension}`;
}
