import { parseInstant, VN_OFFSET_MS } from '../calendar/index.ts';

/** Pieces the citizen messages share: links, Vietnam-time dates, how to collect a result. */
export interface CollectInfo {
  method: 'in_person' | 'postal' | 'electronic';
  placeName: string;
  placeAddress: string | null;
  placePhone: string | null;
  openingHours: string | null;
  postalAddress: string | null;
}

/** Public look-up of a dossier (issue #5 item 5): the code, then a second factor on the page. */
export function lookupUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/$/, '')}/tra-cuu?ma=${encodeURIComponent(code)}`;
}

/** The rating page of a dossier (Decree 118/2025 Art. 33). */
export function ratingUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/$/, '')}/danh-gia/${encodeURIComponent(code)}`;
}

/** `2026-03-10T17:30:00+07:00` → `17:30 ngày 10/03/2026` (Vietnam time). */
export function formatVnDateTime(iso: string | null, withWord = true): string {
  if (!iso) return '';
  const local = new Date(parseInstant(iso) + VN_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  const time = `${p(local.getUTCHours())}:${p(local.getUTCMinutes())}`;
  const date = `${p(local.getUTCDate())}/${p(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
  return withWord ? `${time} ngày ${date}` : `${time} ${date}`;
}

export function describeCollect(c: CollectInfo, what: string): string {
  switch (c.method) {
    case 'postal':
      return `${capitalise(what)} được gửi qua dịch vụ bưu chính công ích${c.postalAddress ? ` đến địa chỉ: ${c.postalAddress}` : ''}.`;
    case 'electronic':
      return `Ông/Bà tải ${what} điện tử tại trang tra cứu hồ sơ (đường dẫn bên dưới).`;
    default:
      return [
        `Mời Ông/Bà đến nhận ${what} tại ${c.placeName}${c.placeAddress ? `, ${c.placeAddress}` : ''}.`,
        c.openingHours ? `Thời gian: ${c.openingHours}.` : '',
        c.placePhone ? `Điện thoại: ${c.placePhone}.` : '',
        'Khi đến, mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả và giấy tờ tùy thân (Nghị định 118/2025/NĐ-CP, Điều 22).',
      ]
        .filter(Boolean)
        .join(' ');
  }
}

export function smsCollect(c: CollectInfo | null): string {
  if (!c) return '';
  if (c.method === 'postal') return 'Ket qua se duoc gui qua buu chinh.';
  if (c.method === 'electronic') return 'Tai ket qua dien tu tai trang tra cuu.';
  return `Moi Ong/Ba den nhan tai ${c.placeName}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
