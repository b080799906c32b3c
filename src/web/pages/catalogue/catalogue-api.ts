/** Paths of the catalogue API, the province-scope check and the multipart upload of a file. */
import { roleHasScope } from '../../../core/organisation/roles.ts';
import { ApiError } from '../../lib/api.ts';
import { appBase } from '../../lib/router.ts';
import type { ApiErrorBody, Scope, Session, UploadedFile } from '../../lib/types.ts';

export const catalogueBase = '/catalogue/procedures';

export const procedureApi = (code: string) => `${catalogueBase}/${encodeURIComponent(code)}`;
export const versionApi = (code: string, versionNo: number) =>
  `${procedureApi(code)}/versions/${versionNo}`;

export const cataloguePath = `${appBase}/danh-muc`;
export const procedurePath = (code: string) => `${cataloguePath}/${encodeURIComponent(code)}`;
export const versionPath = (code: string, versionNo: number) =>
  `${procedurePath(code)}/phien-ban/${versionNo}`;
export const comparePath = (code: string, a: number, b: number) =>
  `${procedurePath(code)}/so-sanh?a=${a}&b=${b}`;
export const processesPath = (code: string) => `${procedurePath(code)}/quy-trinh`;

/**
 * Review and publication need the scope on the province itself (the server's
 * requireProvinceScope; Decree 63/2010 Art. 13.2): a membership on the root unit.
 */
export function hasProvinceScope(session: Session, scope: Scope): boolean {
  return session.memberships.some((m) => m.unitKind === 'province' && roleHasScope(m.role, scope));
}

/** POST /api/v1/files (multipart: "purpose" before "file"); the server sniffs the type. */
export async function uploadFile(
  file: File,
  purpose: 'decision' | 'form_template',
  csrfToken: string,
): Promise<UploadedFile> {
  const form = new FormData();
  form.append('purpose', purpose);
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/v1/files', {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  const data = (await response.json().catch(() => null)) as Partial<ApiErrorBody> | null;
  if (response.ok) return data as unknown as UploadedFile;
  throw new ApiError(
    response.status,
    data?.code ?? 'INTERNAL',
    data?.message ?? `Máy chủ trả lỗi ${response.status} khi tải tệp lên.`,
    { field: 'file', ...(data?.details ?? {}) },
  );
}
