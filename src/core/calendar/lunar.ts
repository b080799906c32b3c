// Vietnamese lunisolar calendar: our port of Hồ Ngọc Đức's published algorithm
// ("Âm lịch Việt Nam", astronomical new moons and solar terms, after Meeus).
// Vietnam has reckoned the calendar at UTC+7 since 1968; China uses UTC+8, which is
// why a Chinese-calendar library gives the wrong Tết in e.g. 2007 and 2030.

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

const PI = Math.PI;
const DR = PI / 180;
/** Mean synodic month, in days, as used by the published algorithm. */
const SYNODIC = 29.530588853;
/** Julian day number of the first new moon of 1900 as the algorithm counts months. */
const NEW_MOON_EPOCH = 2415021.076998695;

/** Julian day number of a proleptic Gregorian (Julian before 15/10/1582) date. */
export function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = Math.floor((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd =
    dd +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045;
  if (jd < 2299161) {
    jd = dd + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  }
  return jd;
}

export function jdToDate(jd: number): SolarDate {
  let b = 0;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((b * 146097) / 4);
  } else {
    c = jd + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: b * 100 + d - 4800 + Math.floor(m / 10),
  };
}

/** Julian day (fractional, UTC) of the k-th new moon after 1/1/1900. */
function computeNewMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians, normalised to [0, 2π). */
function computeSunLongitudeRad(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  const L = (L0 + DL) * DR;
  return L - PI * 2 * Math.floor(L / (PI * 2));
}

/** Solar-term sector (0..11, 30° each) of the sun at local midnight starting the given day. */
export function getSunLongitude(dayNumber: number, tz = 7): number {
  return Math.floor((computeSunLongitudeRad(dayNumber - 0.5 - tz / 24) / PI) * 6);
}

/** Julian day number (local) of the k-th new moon. */
export function getNewMoonDay(k: number, tz = 7): number {
  return Math.floor(computeNewMoon(k) + 0.5 + tz / 24);
}

/** Start day of lunar month 11 (the month containing the winter solstice) of year yy. */
export function getLunarMonth11(yy: number, tz = 7): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = Math.floor(off / SYNODIC);
  const nm = getNewMoonDay(k, tz);
  // Sector ≥ 9 means the sun has passed 270° (winter solstice) at that new moon.
  return getSunLongitude(nm, tz) >= 9 ? getNewMoonDay(k - 1, tz) : nm;
}

/** Offset after month 11 of the leap month: the first month with no major solar term. */
export function getLeapMonthOffset(a11: number, tz = 7): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC + 0.5);
  let i = 1;
  let arc = getSunLongitude(getNewMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = arc;
    i++;
    arc = getSunLongitude(getNewMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

export function convertSolar2Lunar(dd: number, mm: number, yy: number, tz = 7): LunarDate {
  const dayNumber = jdFromDate(dd, mm, yy);
  const k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC);
  let monthStart = getNewMoonDay(k + 1, tz);
  if (monthStart > dayNumber) monthStart = getNewMoonDay(k, tz);
  // The mean-month estimate of k can overshoot by one lunation when a new moon falls just
  // after local midnight (e.g. 2054-05-07, which the published code calls day 0 instead of 30/3).
  if (monthStart > dayNumber) monthStart = getNewMoonDay(k - 1, tz);
  let a11 = getLunarMonth11(yy, tz);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = getLunarMonth11(yy - 1, tz);
  } else {
    lunarYear = yy + 1;
    b11 = getLunarMonth11(yy + 1, tz);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  // A lunar year (month 11 to month 11) of 13 months holds one leap month.
  if (b11 - a11 > 365) {
    const leapMonthDiff = getLeapMonthOffset(a11, tz);
    if (diff >= leapMonthDiff) {
      month = diff + 10;
      leap = diff === leapMonthDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/** Returns null for a leap month that does not exist in that year. */
export function convertLunar2Solar(
  lDay: number,
  lMonth: number,
  lYear: number,
  leap: boolean,
  tz = 7,
): SolarDate | null {
  const a11 = getLunarMonth11(lMonth < 11 ? lYear - 1 : lYear, tz);
  const b11 = getLunarMonth11(lMonth < 11 ? lYear : lYear + 1, tz);
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC);
  let off = lMonth - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = getLeapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && lMonth !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  return jdToDate(getNewMoonDay(k + off, tz) + lDay - 1);
}

export function solarToLunar(year: number, month: number, day: number, tz = 7): LunarDate {
  return convertSolar2Lunar(day, month, year, tz);
}

/** Throws RangeError for an impossible lunar date (missing leap month, day 30 of a 29-day month). */
export function lunarToSolar(
  lDay: number,
  lMonth: number,
  lYear: number,
  leap = false,
  tz = 7,
): SolarDate {
  const label = `${lDay}/${lMonth}${leap ? ' (leap)' : ''}/${lYear}`;
  const valid =
    Number.isInteger(lDay) &&
    Number.isInteger(lMonth) &&
    Number.isInteger(lYear) &&
    lDay >= 1 &&
    lDay <= 30 &&
    lMonth >= 1 &&
    lMonth <= 12;
  const solar = valid ? convertLunar2Solar(lDay, lMonth, lYear, leap, tz) : null;
  if (solar === null) throw new RangeError(`Impossible lunar date ${label}`);
  // Day 30 of a short month spills into the next month: the round trip exposes it.
  const back = convertSolar2Lunar(solar.day, solar.month, solar.year, tz);
  if (back.day !== lDay || back.month !== lMonth || back.year !== lYear || back.leap !== leap) {
    throw new RangeError(`Impossible lunar date ${label}`);
  }
  return solar;
}
