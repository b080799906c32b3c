import { ApiError } from '../../lib/api.ts';
import type { ApiErrorBody } from '../../lib/types.ts';
import type { UploadedScan } from './intake-types.ts';

/** The server's limit for a dossier document (services/files/store-upload.ts). */
export const maxScanBytes = 10 * 1024 * 1024;
export const acceptedScanTypes = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

/**
 * Uploads one scan before the dossier is saved (`POST /api/v1/files`, purpose dossier_document).
 * The server sniffs the bytes and refuses empty, oversize, unreadable or wrong files with a
 * Vietnamese message, which is thrown as an ApiError for the row to show.
 */
export async function uploadScan(file: File, csrfToken: string): Promise<UploadedScan> {
  if (file.size > maxScanBytes) {
    throw new ApiError(413, 'PAYLOAD_TOO_LARGE', 'Tệp quá lớn; tối đa 10 MB.');
  }
  const form = new FormData();
  // The purpose goes before the file: the server reads it first.
  form.append('purpose', 'dossier_document');
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/v1/files', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-csrf-token': csrfToken, accept: 'application/json' },
      body: form,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  const data = (await response.json().catch(() => null)) as
    | (Partial<ApiErrorBody> & { id?: string; fileName?: string; size?: number })
    | null;
  if (response.ok && data?.id) {
    return { id: data.id, fileName: data.fileName ?? file.name, size: data.size ?? file.size };
  }
  throw new ApiError(
    response.status,
    data?.code ?? 'INTERNAL',
    data?.message ?? `Máy chủ trả lỗi ${response.status}. Vui lòng thử lại.`,
    data?.details,
  );
}

export function formatSize(bytes: number | null): string {
  if (bytes === null) return '';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
