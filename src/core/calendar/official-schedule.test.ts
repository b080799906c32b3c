import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar } from './build-working-calendar.ts';
import {
  convertAllOfficialSchedules,
  convertOfficialSchedule,
  type OfficialSchedules,
} from './official-schedule.ts';

// Tests may read files; the module itself only takes the parsed object.
const schedules = JSON.parse(
  readFileSync(
    new URL('../../../fixtures/calendar/official-schedules.json', import.meta.url),
    'utf8',
  ),
) as OfficialSchedules;

const cal = buildWorkingCalendar({
  fromYear: 2024,
  toYear: 2027,
  overrides: convertAllOfficialSchedules(schedules),
});

describe('convertOfficialSchedule', () => {
  it('2026: Tết is 14–22 February, 23 February is a working day', () => {
    const days = cal.listDays('2026-02-10', '2026-02-25');
    const off = days.filter((d) => !d.working).map((d) => d.date);
    expect(off).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    expect(cal.describeDay('2026-02-16')).toEqual({
      date: '2026-02-16',
      working: false,
      reason: 'holiday',
      name: 'Tết Âm lịch – 29 tháng Chạp năm Ất Tỵ',
    });
    // Every day of the announced block 14–22/2 carries a Tết name, weekends included.
    expect(days.filter((d) => d.name.includes('Tết'))).toHaveLength(9);
    expect(cal.describeDay('2026-02-23')).toMatchObject({ working: true, reason: 'workday' });
  });

  it('2026: 2 January is swapped off for Saturday 10 January', () => {
    expect(cal.describeDay('2026-01-02')).toMatchObject({ working: false, reason: 'swapped' });
    expect(cal.describeDay('2026-01-10')).toEqual({
      date: '2026-01-10',
      working: true,
      reason: 'makeup',
      name: 'Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/01/2026',
    });
  });

  it('2026: Saturday 22 August is worked, Monday 31 August is off', () => {
    expect(cal.describeDay('2026-08-22')).toMatchObject({ working: true, reason: 'makeup' });
    expect(cal.describeDay('2026-08-31')).toMatchObject({ working: false, reason: 'swapped' });
  });

  it('skips unconfirmed entries: 24/11/2026 (proposed) stays a working day', () => {
    expect(convertOfficialSchedule(schedules, 2026).some((o) => o.date === '2026-11-24')).toBe(
      false,
    );
    expect(cal.isWorkingDay('2026-11-24')).toBe(true);
  });

  it('keeps listed weekend days with the block name of the official notice', () => {
    const weekend = convertOfficialSchedule(schedules, 2026).find((o) => o.date === '2026-02-14');
    expect(weekend).toMatchObject({ kind: 'holiday', reason: 'weekend', occasion: 'Tết Âm lịch' });
    expect(cal.describeDay('2026-02-14')).toEqual({
      date: '2026-02-14',
      working: false,
      reason: 'weekend',
      name: 'Nghỉ hằng tuần trước Tết (27 tháng Chạp năm Ất Tỵ)',
    });
  });

  it('2025: the rule compensatory day 3/2 is cancelled, the official 27/1 added', () => {
    const overrides = convertOfficialSchedule(schedules, 2025);
    expect(overrides.find((o) => o.date === '2025-02-03')).toEqual({
      date: '2025-02-03',
      kind: 'workday',
      name: 'Ngày làm việc theo lịch chính thức',
      reason: 'official_schedule',
    });
    expect(cal.describeDay('2025-02-03')).toMatchObject({
      working: true,
      reason: 'official_schedule',
    });
    expect(cal.describeDay('2025-01-27')).toMatchObject({ working: false, reason: 'holiday' });
  });

  it('2024: 3/9 is official (National Day adjacent day), the rule 3/9 stays off', () => {
    expect(cal.describeDay('2024-09-03')).toEqual({
      date: '2024-09-03',
      working: false,
      reason: 'holiday',
      name: 'Quốc khánh – ngày liền kề',
    });
    // The rule compensatory 15/2 for Tết is not in the official schedule.
    expect(cal.describeDay('2024-02-15')).toMatchObject({
      working: true,
      reason: 'official_schedule',
    });
  });

  it('gives no overrides for a year without a schedule, and sorts by date', () => {
    expect(convertOfficialSchedule(schedules, 2027)).toEqual([]);
    const all = convertAllOfficialSchedules(schedules).map((o) => o.date);
    expect(all).toEqual([...all].sort());
  });
});
