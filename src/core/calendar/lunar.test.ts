import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatCivilDate } from './civil-date.ts';
import { lunarToSolar, solarToLunar } from './lunar.ts';

const iso = (s: { year: number; month: number; day: number }) => formatCivilDate(s);

// Tết (lunar 1/1) and Giỗ Tổ Hùng Vương (lunar 10/3), Vietnam, UTC+7. Checked against
// domain.md §11 (2024–2030), stack.md §10, the 2024–2026 official schedules, and the
// well-known Tết dates 2020–2023, 2031–2035; Hùng 2020–2022 from the public-holiday record.
const TABLE: Array<[number, string, string]> = [
  [2020, '2020-01-25', '2020-04-02'],
  [2021, '2021-02-12', '2021-04-21'],
  [2022, '2022-02-01', '2022-04-10'],
  [2023, '2023-01-22', '2023-04-29'],
  [2024, '2024-02-10', '2024-04-18'],
  [2025, '2025-01-29', '2025-04-07'],
  [2026, '2026-02-17', '2026-04-26'],
  [2027, '2027-02-06', '2027-04-16'],
  [2028, '2028-01-26', '2028-04-04'],
  [2029, '2029-02-13', '2029-04-23'],
  [2030, '2030-02-02', '2030-04-12'],
  [2031, '2031-01-23', '2031-04-01'],
  [2032, '2032-02-11', '2032-04-19'],
  [2033, '2033-01-31', '2033-04-09'],
  [2034, '2034-02-19', '2034-04-28'],
  [2035, '2035-02-08', '2035-04-17'],
];

describe('lunarToSolar', () => {
  it.each(TABLE)('%i: Tết on %s and Hùng Kings on %s', (year, tet, hung) => {
    expect(iso(lunarToSolar(1, 1, year))).toBe(tet);
    expect(iso(lunarToSolar(10, 3, year))).toBe(hung);
  });

  it.each([
    [1968, '1968-01-29', '1968-01-30'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
  ])('%i: Vietnam (UTC+7) Tết %s differs from China (UTC+8) %s', (year, vn, cn) => {
    expect(iso(lunarToSolar(1, 1, year))).toBe(vn);
    expect(iso(lunarToSolar(1, 1, year, false, 8))).toBe(cn);
  });

  it('1985: the UTC+7 reckoning puts Tết a whole month before China’s', () => {
    expect(iso(lunarToSolar(1, 1, 1985))).toBe('1985-01-21');
    expect(iso(lunarToSolar(1, 1, 1985, false, 8))).toBe('1985-02-20');
  });

  it('2023 had a leap second month starting 22/3', () => {
    expect(iso(lunarToSolar(1, 2, 2023, true))).toBe('2023-03-22');
    expect(iso(lunarToSolar(1, 2, 2023, false))).toBe('2023-02-20');
  });

  it('throws a RangeError for a leap month that does not exist', () => {
    expect(() => lunarToSolar(1, 3, 2023, true)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 1, 2026, true)).toThrow(RangeError);
  });

  it('throws a RangeError for day 30 of a 29-day month and for out-of-range fields', () => {
    // Tháng Chạp Ất Tỵ has 29 days: New Year's eve 2026 is 29 Chạp (16/2).
    expect(solarToLunar(2026, 2, 16)).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(() => lunarToSolar(30, 12, 2025)).toThrow(RangeError);
    expect(() => lunarToSolar(0, 1, 2026)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 13, 2026)).toThrow(RangeError);
  });
});

describe('solarToLunar', () => {
  it('gives the leap flag around the 2023 leap month', () => {
    expect(solarToLunar(2023, 3, 21)).toEqual({ day: 30, month: 2, year: 2023, leap: false });
    expect(solarToLunar(2023, 3, 22)).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(solarToLunar(2023, 3, 25)).toEqual({ day: 4, month: 2, year: 2023, leap: true });
    expect(solarToLunar(2023, 4, 20)).toEqual({ day: 1, month: 3, year: 2023, leap: false });
  });

  it('puts January dates before Tết in the previous lunar year', () => {
    expect(solarToLunar(2024, 2, 9)).toEqual({ day: 30, month: 12, year: 2023, leap: false });
    expect(solarToLunar(2025, 1, 28)).toEqual({ day: 29, month: 12, year: 2024, leap: false });
  });

  it('2054-05-07 is the 30th of the 3rd month, not day 0', () => {
    expect(solarToLunar(2054, 5, 7)).toEqual({ day: 30, month: 3, year: 2054, leap: false });
    expect(solarToLunar(2054, 5, 8)).toEqual({ day: 1, month: 4, year: 2054, leap: false });
  });

  it('handles the 2033 leap eleventh month', () => {
    expect(solarToLunar(2033, 12, 23)).toEqual({ day: 2, month: 11, year: 2033, leap: true });
  });

  it('advances one lunar day per solar day, months of 29 or 30 days, 1900–2199', () => {
    // Also guards the overshoot fix: the published code gives day 0 on 2054-05-07.
    let prev = solarToLunar(1899, 12, 31);
    const last = daysFromCivil(2199, 12, 31);
    for (let days = daysFromCivil(1900, 1, 1); days <= last; days++) {
      const d = civilFromDays(days);
      const l = solarToLunar(d.year, d.month, d.day);
      const nextMonthOk = l.leap
        ? l.month === prev.month && !prev.leap
        : l.month === (prev.month % 12) + 1;
      const ok =
        l.day === prev.day + 1
          ? l.month === prev.month && l.leap === prev.leap && l.year === prev.year
          : l.day === 1 && (prev.day === 29 || prev.day === 30) && nextMonthOk;
      if (!ok) expect.fail(`${formatCivilDate(d)}: ${JSON.stringify(prev)} → ${JSON.stringify(l)}`);
      prev = l;
    }
  });

  it('round-trips with lunarToSolar for any date 1900–2100', () => {
    const first = daysFromCivil(1900, 1, 1);
    const last = daysFromCivil(2100, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (days) => {
        const d = civilFromDays(days);
        const l = solarToLunar(d.year, d.month, d.day);
        expect(lunarToSolar(l.day, l.month, l.year, l.leap)).toEqual(d);
      }),
      { numRuns: 2000 },
    );
  });
});
