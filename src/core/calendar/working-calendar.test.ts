import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar } from './build-working-calendar.ts';
import { parseInstant } from './instant.ts';

describe('buildWorkingCalendar', () => {
  const cal = buildWorkingCalendar({ fromYear: 2030, toYear: 2030 });

  it('works Monday–Friday and rests on Saturday and Sunday', () => {
    expect(cal.listDays('2030-03-08', '2030-03-11')).toEqual([
      { date: '2030-03-08', working: true, reason: 'workday', name: 'Ngày làm việc' },
      { date: '2030-03-09', working: false, reason: 'weekend', name: 'Thứ Bảy' },
      { date: '2030-03-10', working: false, reason: 'weekend', name: 'Chủ nhật' },
      { date: '2030-03-11', working: true, reason: 'workday', name: 'Ngày làm việc' },
    ]);
  });

  it('rests on rule holidays (2030: Tết on Saturday 2/2, compensated)', () => {
    expect(cal.describeDay('2030-02-01')).toEqual({
      date: '2030-02-01',
      working: false,
      reason: 'holiday',
      name: 'Tết Âm lịch – 29 tháng Chạp',
    });
    expect(cal.describeDay('2030-02-02').name).toBe('Tết Âm lịch – Mùng 1');
    expect(cal.describeDay('2030-02-06')).toMatchObject({ working: false, reason: 'compensatory' });
    expect(cal.describeDay('2030-02-07')).toMatchObject({ working: false, reason: 'compensatory' });
    expect(cal.isWorkingDay('2030-02-08')).toBe(true);
  });

  it('lets later overrides win over earlier ones and over the rules', () => {
    const c = buildWorkingCalendar({
      fromYear: 2030,
      toYear: 2030,
      overrides: [
        { date: '2030-03-12', kind: 'holiday', name: 'Nghỉ của tỉnh' },
        { date: '2030-03-12', kind: 'workday', name: 'Đơn vị vẫn làm việc' },
        { date: '2030-03-16', kind: 'workday', name: 'Làm bù cho 15/03' },
        { date: '2030-03-15', kind: 'holiday', name: 'Nghỉ hoán đổi', reason: 'swapped' },
        { date: '2030-04-30', kind: 'workday', name: 'Ngày làm việc theo lịch chính thức' },
        { date: '2031-01-02', kind: 'holiday', name: 'Ngoài phạm vi' },
      ],
    });
    // The unit's own workday cancels the province's holiday.
    expect(c.describeDay('2030-03-12')).toEqual({
      date: '2030-03-12',
      working: true,
      reason: 'official_schedule',
      name: 'Đơn vị vẫn làm việc',
    });
    expect(c.describeDay('2030-03-15')).toMatchObject({ working: false, reason: 'swapped' });
    expect(c.describeDay('2030-03-16')).toEqual({
      date: '2030-03-16',
      working: true,
      reason: 'makeup',
      name: 'Làm bù cho 15/03',
    });
    expect(c.describeDay('2030-04-30')).toMatchObject({
      working: true,
      reason: 'official_schedule',
    });
    // Prefix sums follow the layering: March 2030 has 21 weekdays, +1 Saturday, −1 Friday.
    const march =
      c.cumMinutes[c.indexOfDate('2030-04-01')]! - c.cumMinutes[c.indexOfDate('2030-03-01')]!;
    expect(march).toBe(21 * 480);
  });

  it('exposes the day length and the range bounds', () => {
    expect(cal.dayMinutes).toBe(480);
    expect(cal.firstDate).toBe('2030-01-01');
    expect(cal.lastDate).toBe('2030-12-31');
    expect(cal.rangeStart).toBe(parseInstant('2030-01-01T00:00:00+07:00'));
    expect(cal.rangeEnd).toBe(parseInstant('2031-01-01T00:00:00+07:00'));
  });

  it('throws a clear RangeError outside the range or for a malformed date', () => {
    expect(() => cal.describeDay('2029-12-31')).toThrow(
      /2029-12-31 is outside the working calendar \(2030-01-01\.\.2030-12-31\)/,
    );
    expect(() => cal.isWorkingDay('2031-01-01')).toThrow(RangeError);
    expect(() => cal.describeDay('2030-02-30')).toThrow(RangeError);
    expect(() => cal.listDays('2030-03-10', '2030-03-01')).toThrow(RangeError);
  });

  it('takes custom sessions, and rejects overlapping ones', () => {
    const c = buildWorkingCalendar({
      fromYear: 2030,
      toYear: 2030,
      sessions: [
        { start: 420, end: 690 },
        { start: 780, end: 1020 },
      ],
    });
    expect(c.dayMinutes).toBe(510);
    expect(() =>
      buildWorkingCalendar({
        fromYear: 2030,
        toYear: 2030,
        sessions: [
          { start: 450, end: 700 },
          { start: 690, end: 1050 },
        ],
      }),
    ).toThrow(RangeError);
    expect(() =>
      buildWorkingCalendar({
        fromYear: 2030,
        toYear: 2030,
        sessions: [
          { start: 450, end: 690 },
          { start: 690, end: 1050 },
        ],
      }),
    ).toThrow(/break between sessions/);
    expect(() => buildWorkingCalendar({ fromYear: 2030, toYear: 2030, sessions: [] })).toThrow(
      RangeError,
    );
    expect(() => buildWorkingCalendar({ fromYear: 2030, toYear: 2029 })).toThrow(RangeError);
  });

  it('builds 2000–2100 with 11 statutory rest days a year at least', () => {
    const big = buildWorkingCalendar({ fromYear: 2000, toYear: 2100 });
    expect(big.dayCount).toBe(36890);
    const holidays = big.listDays('2000-01-01', '2100-12-31').filter((d) => d.reason === 'holiday');
    expect(holidays).toHaveLength(101 * 11);
  });
});
