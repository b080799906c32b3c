// Instants are epoch milliseconds. Vietnam keeps a fixed UTC+7 with no daylight saving
// (Asia/Ho_Chi_Minh since 1975), so local wall time is plain arithmetic: no Intl, no tz data.

import { civilFromDays, daysFromCivil, isValidCivilDate, MS_PER_DAY } from './civil-date.ts';

export const VN_OFFSET_MS = 7 * 3_600_000;

/** Local (UTC+7) day number of an instant. */
export function getLocalDay(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / MS_PER_DAY);
}

/** Instant of local midnight starting the given day number. */
export function getLocalMidnight(days: number): number {
  return days * MS_PER_DAY - VN_OFFSET_MS;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** ISO 8601 in Vietnam local time, e.g. '2026-02-25T17:30:00+07:00' (ms shown only if any). */
export function formatInstant(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant ${ms}`);
  const t = Math.round(ms);
  const days = getLocalDay(t);
  const c = civilFromDays(days);
  const inDay = t + VN_OFFSET_MS - days * MS_PER_DAY;
  const h = Math.floor(inDay / 3_600_000);
  const min = Math.floor(inDay / 60_000) % 60;
  const s = Math.floor(inDay / 1000) % 60;
  const frac = inDay % 1000;
  const time = `${pad(h)}:${pad(min)}:${pad(s)}${frac ? `.${pad(frac, 3)}` : ''}`;
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${time}+07:00`;
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

/**
 * Parses an ISO 8601 date-time that carries its offset ('Z', '+07:00', '-0500', '+07').
 * A local time without an offset is ambiguous, so it is refused with a RangeError.
 */
export function parseInstant(iso: string): number {
  const m = typeof iso === 'string' ? ISO_INSTANT.exec(iso.trim()) : null;
  if (!m)
    throw new RangeError(`Invalid ISO 8601 instant '${iso}': a time and an offset are required`);
  const [, y, mo, d, h, mi, s, frac, zulu, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? 0);
  const offH = Number(oh ?? 0);
  const offM = Number(om ?? 0);
  if (
    !isValidCivilDate(year, month, day) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    offH > 23 ||
    offM > 59
  ) {
    throw new RangeError(`Invalid ISO 8601 instant '${iso}': field out of range`);
  }
  const ms = frac ? Number(frac.padEnd(3, '0').slice(0, 3)) : 0;
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (offH * 60 + offM) * 60_000;
  const local =
    daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  return local - offset;
}
