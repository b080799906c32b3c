import { formatInstant } from '../calendar/instant.ts';
import { type DeadlineUnit, deadlineUnitLabels } from '../catalogue/procedure-record.ts';
import type { FormDocumentRow, FormUnit } from './form-data.ts';

/** Vietnamese wording shared by the forms: dates as Vietnamese documents write them, money, labels. */

/** The parts of an instant in Vietnam time (UTC+7, no daylight saving). */
function localParts(iso: string) {
  const local = formatInstant(Date.parse(iso));
  return {
    year: local.slice(0, 4),
    month: local.slice(5, 7),
    day: local.slice(8, 10),
    time: local.slice(11, 16),
  };
}

/** '14:05 03/03/2026', the way forms print an instant; '' when absent. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = localParts(iso);
  return `${p.time} ${p.day}/${p.month}/${p.year}`;
}

/** '03/03/2026'; '' when absent. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = localParts(iso);
  return `${p.day}/${p.month}/${p.year}`;
}

/** 'Hưng Yên, ngày 03 tháng 03 năm 2026' (Decree 30/2020 on clerical work: place and date). */
export function formatPlaceDate(place: string, iso: string): string {
  const p = localParts(iso);
  return `${place}, ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

const money = new Intl.NumberFormat('vi-VN');

/** 50000 → '50.000 đồng'. */
export function formatMoney(amount: number): string {
  return `${money.format(amount)} đồng`;
}

/** '3 ngày làm việc', 'Trong ngày'. */
export function formatDeadline(deadline: { amount: number; unit: string }): string {
  if (deadline.unit === 'same_day') return 'Trong ngày';
  const label = deadlineUnitLabels[deadline.unit as DeadlineUnit] ?? deadline.unit;
  return `${money.format(deadline.amount)} ${label}`;
}

export const documentFormLabels: Record<FormDocumentRow['form'], string> = {
  original: 'Bản chính',
  certified_copy: 'Bản sao có chứng thực',
  copy: 'Bản sao',
  electronic: 'Bản điện tử',
};

/** Where and how the result goes back (Decree 118/2025 Art. 22), as printed on the receipt. */
export function describeDelivery(
  method: string,
  address: string | null,
  receivingUnit: FormUnit,
): string {
  if (method === 'postal')
    return `Qua dịch vụ bưu chính công ích, đến địa chỉ: ${address ?? '(chưa ghi địa chỉ)'}`;
  if (method === 'electronic')
    return 'Bản điện tử: tải về tại trang tra cứu hồ sơ (mã QR trên phiếu) sau khi xác minh';
  return `Trực tiếp tại ${receivingUnit.name}${receivingUnit.address ? ` (${receivingUnit.address})` : ''}`;
}

/** The public look-up address of a dossier: the target of the QR code on every form. */
export function lookupUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/tra-cuu?ma=${encodeURIComponent(code)}`;
}

/** Capitals as Vietnamese writes them ('ủy ban' → 'ỦY BAN'). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** 'Ông/Bà' for a person, the organisation's name otherwise. */
export function addressee(kind: string): string {
  return kind === 'organisation' ? 'Tổ chức' : 'Ông/Bà';
}

/** An ASCII-only file name part (Content-Disposition), from a dossier code or a unit code. */
export function asciiName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9.-]+/g, '_');
}
