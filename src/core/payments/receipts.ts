import { VN_OFFSET_MS } from '../calendar/index.ts';

/** The receipt year (năm của biên lai) is the calendar year in Vietnam time when the money came in. */
export function receiptYearOf(instant: Date): number {
  return new Date(instant.getTime() + VN_OFFSET_MS).getUTCFullYear();
}

/**
 * The printed receipt number: the unit's running number of the year, zero-padded, and the year
 * ("000123/2026"). The number runs per collecting unit and year without gaps.
 */
export function formatReceiptNumber(year: number, no: number): string {
  return `${String(no).padStart(6, '0')}/${year}`;
}

/** Money in đồng, grouped the Vietnamese way ("50.000 đ"). */
export function formatVnd(amount: number): string {
  return `${new Intl.NumberFormat('vi-VN').format(amount)} đ`;
}

/** The month (YYYY-MM) of an instant in Vietnam time: fees are settled per agency per month. */
export function monthOf(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 7);
}
