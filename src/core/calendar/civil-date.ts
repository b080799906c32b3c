// Proleptic Gregorian dates as integer day numbers (days since 1970-01-01), without Date:
// the calendar stores one entry per day, so day arithmetic must be plain integer arithmetic.

/** 'YYYY-MM-DD' */
export type IsoDate = string;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export const MS_PER_DAY = 86_400_000;
export const MS_PER_MINUTE = 60_000;

/** Weekday names as Vietnamese write them, indexed 0 = Sunday. */
export const WEEKDAY_NAMES_VI = [
  'Chủ nhật',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
] as const;

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function getDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function getWeekday(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

export function isWeekend(days: number): boolean {
  const w = getWeekday(days);
  return w === 0 || w === 6;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatIsoDate(days: number): IsoDate {
  const c = civilFromDays(days);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

export function formatCivilDate(c: CivilDate): IsoDate {
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** 'dd/mm/yyyy', the way Vietnamese documents write dates. */
export function formatDayMonthYear(days: number): string {
  const c = civilFromDays(days);
  return `${pad(c.day)}/${pad(c.month)}/${pad(c.year, 4)}`;
}

export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= getDaysInMonth(year, month)
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict 'YYYY-MM-DD' into a day number; throws RangeError otherwise. */
export function parseIsoDate(date: string): number {
  const m = ISO_DATE.exec(date);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || !isValidCivilDate(year, month, day)) {
    throw new RangeError(`Invalid date '${date}': expected an existing YYYY-MM-DD`);
  }
  return daysFromCivil(year, month, day);
}
