import { DomainError } from '../../core/errors.ts';
import { hasScopeAnywhere, type Principal } from '../../core/organisation/permissions.ts';
import type { Scope } from '../../core/organisation/roles.ts';
import { newId } from '../../db/ids.ts';
import type { ServiceContext } from '../context.ts';
import { checkUpload, type UploadPolicy } from './check-upload.ts';

const mb = 1024 * 1024;

/** The largest upload any purpose accepts: the multipart reader stops there. */
export const maxUploadBytes = 20 * mb;

/**
 * What each purpose accepts (sniffed types, never the client's word or the file name), its size
 * limit and who may upload it: catalogue files for catalogue editors; scans of a dossier's papers
 * for officers who receive or process dossiers.
 */
export const uploadPolicies = {
  decision: { types: ['pdf'], maxBytes: 20 * mb, label: 'PDF', scopes: ['catalogue.edit'] },
  form_template: {
    types: ['pdf', 'docx', 'doc', 'xlsx', 'txt'],
    maxBytes: 20 * mb,
    label: 'PDF, DOCX, DOC, XLSX, TXT',
    scopes: ['catalogue.edit'],
  },
  import: {
    types: ['xlsx', 'txt'],
    maxBytes: 20 * mb,
    label: 'XLSX, TXT',
    scopes: ['catalogue.edit'],
  },
  dossier_document: {
    types: ['pdf', 'jpg', 'png'],
    maxBytes: 10 * mb,
    label: 'PDF, JPEG (JPG) hoặc PNG, tối đa 10 MB',
    scopes: ['dossier.receive', 'dossier.process'],
  },
} satisfies Record<string, UploadPolicy & { scopes: Scope[] }>;

export type UploadPurpose = keyof typeof uploadPolicies;
export const uploadPurposes = Object.keys(uploadPolicies) as [UploadPurpose, ...UploadPurpose[]];

/** Whether the principal may upload files of this purpose anywhere. */
export function mayUpload(principal: Principal, purpose: UploadPurpose): boolean {
  return uploadPolicies[purpose].scopes.some((scope) => hasScopeAnywhere(principal, scope));
}

/**
 * Checks an upload (empty, size, type from the bytes, a readable file) and only then stores it by
 * content hash and records it with its uploader: a refused file leaves no row and no bytes.
 */
export async function storeUpload(
  ctx: ServiceContext,
  principal: Principal,
  input: { bytes: Buffer; fileName: string; purpose: UploadPurpose },
) {
  if (!mayUpload(principal, input.purpose))
    throw new DomainError('FORBIDDEN', 'Bạn không có quyền tải lên loại tệp này.');
  const type = checkUpload(input.bytes, uploadPolicies[input.purpose]);
  const stored = ctx.files.put(input.bytes);
  const id = newId(ctx.clock.now().getTime());
  const fileName = sanitiseFileName(input.fileName, type.extension);
  await ctx.db
    .insertInto('files')
    .values({
      id,
      tenantId: principal.tenantId,
      sha256: stored.sha256,
      sizeBytes: stored.size,
      mimeType: type.mime,
      fileName,
      purpose: input.purpose,
      uploadedBy: principal.userId || null,
    })
    .execute();
  return { id, fileName, mimeType: type.mime, size: stored.size, sha256: stored.sha256 };
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
