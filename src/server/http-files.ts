/**
 * `Content-Disposition: attachment` with an ASCII fallback and the UTF-8 name (RFC 6266): files
 * are never served inline (DESIGN §3), so an uploaded HTML or SVG cannot run in our origin.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
