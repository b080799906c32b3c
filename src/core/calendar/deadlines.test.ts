import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar } from './build-working-calendar.ts';
import {
  computeDue,
  countWorkingMinutesBetween,
  type DeadlineUnit,
  resumeAfterPause,
} from './deadlines.ts';
import { formatInstant, parseInstant } from './instant.ts';
import { convertAllOfficialSchedules, type OfficialSchedules } from './official-schedule.ts';

const schedules = JSON.parse(
  readFileSync(
    new URL('../../../fixtures/calendar/official-schedules.json', import.meta.url),
    'utf8',
  ),
) as OfficialSchedules;
const cal = buildWorkingCalendar({
  fromYear: 2024,
  toYear: 2029,
  overrides: convertAllOfficialSchedules(schedules),
});

const due = (start: string, amount: number, unit: DeadlineUnit) =>
  formatInstant(computeDue(cal, { start: parseInstant(start), amount, unit }).due);
const explain = (start: string, amount: number, unit: DeadlineUnit) =>
  computeDue(cal, { start: parseInstant(start), amount, unit, explain: true }).explanation;

describe('computeDue: working days and hours', () => {
  it.each([
    // Friday 09:00: 390 min left that day, Tết 14–22/2, then 480 + 480 + 90.
    ['2026-02-13T09:00+07:00', 3, 'working_days', '2026-02-25T09:00:00+07:00'],
    // A due on a session start is the end of the previous session.
    ['2026-03-02T07:30+07:00', 3, 'working_days', '2026-03-04T17:30:00+07:00'],
    ['2026-03-02T07:30+07:00', 4, 'working_hours', '2026-03-02T11:30:00+07:00'],
    ['2026-03-02T10:00+07:00', 5, 'working_hours', '2026-03-02T17:00:00+07:00'],
    ['2026-03-02T07:30+07:00', 0.5, 'working_days', '2026-03-02T11:30:00+07:00'],
    ['2026-03-02T12:00+07:00', 0, 'working_days', '2026-03-02T13:30:00+07:00'],
    // After hours on Friday: the clock starts Monday 07:30.
    ['2026-03-06T18:00+07:00', 1, 'working_days', '2026-03-09T17:30:00+07:00'],
    ['2026-03-06T17:30+07:00', 1, 'working_hours', '2026-03-09T08:30:00+07:00'],
    // Make-up Saturday 10/1/2026 counts.
    ['2026-01-09T09:00+07:00', 1, 'working_days', '2026-01-10T09:00:00+07:00'],
    // Fractional amounts ending on a session end: 110.4 + 0.27 × 480 = 240 min, so 11:30.
    ['2026-03-02T09:20:24+07:00', 0.27, 'working_days', '2026-03-02T11:30:00+07:00'],
    ['2026-03-02T09:20:24+07:00', 2.16, 'working_hours', '2026-03-02T11:30:00+07:00'],
    // Seconds are kept.
    ['2026-03-02T09:00:30+07:00', 1, 'working_hours', '2026-03-02T10:00:30+07:00'],
  ] as const)('%s + %s %s → %s', (start, amount, unit, expected) => {
    expect(due(start, amount, unit)).toBe(expected);
  });

  it('reports the shifted clock start', () => {
    const r = computeDue(cal, {
      start: parseInstant('2026-03-07T10:00+07:00'),
      amount: 1,
      unit: 'working_days',
    });
    expect(formatInstant(r.clockStart)).toBe('2026-03-09T07:30:00+07:00');
    const inside = computeDue(cal, {
      start: parseInstant('2026-03-09T08:00+07:00'),
      amount: 1,
      unit: 'working_days',
    });
    expect(formatInstant(inside.clockStart)).toBe('2026-03-09T08:00:00+07:00');
  });
});

describe('computeDue: same day (Decree 118/2025 Art. 18, 15:00 rule)', () => {
  it.each([
    ['2026-03-02T14:59+07:00', '2026-03-02T17:30:00+07:00'],
    ['2026-03-02T06:00+07:00', '2026-03-02T17:30:00+07:00'],
    ['2026-03-02T15:00+07:00', '2026-03-03T17:30:00+07:00'],
    ['2026-03-02T18:00+07:00', '2026-03-03T17:30:00+07:00'],
    ['2026-03-06T15:30+07:00', '2026-03-09T17:30:00+07:00'],
    ['2026-03-07T09:00+07:00', '2026-03-09T17:30:00+07:00'],
  ])('received %s → due %s', (start, expected) => {
    expect(due(start, 0, 'same_day')).toBe(expected);
  });

  it('explains both sides of the cutoff', () => {
    expect(
      explain('2026-03-02T14:59+07:00', 0, 'same_day').find((e) => e.kind === 'cutoff_15h')?.text,
    ).toMatch(/^Nhận trước 15:00/);
    expect(
      explain('2026-03-02T15:00+07:00', 0, 'same_day').find((e) => e.kind === 'cutoff_15h')?.text,
    ).toMatch(/^Nhận từ 15:00 trở đi.*Điều 18 Nghị định 118\/2025/);
  });
});

describe('computeDue: calendar days and months (Civil Code 2015 Art. 148)', () => {
  it('a period ending on Sunday moves to the end of Monday, and says so', () => {
    expect(due('2026-03-04T09:00+07:00', 4, 'calendar_days')).toBe('2026-03-09T17:30:00+07:00');
    expect(due('2026-03-04T09:00+07:00', 6, 'calendar_days')).toBe('2026-03-10T17:30:00+07:00');
    const shift = explain('2026-03-04T09:00+07:00', 4, 'calendar_days').find(
      (e) => e.kind === 'rest_day_shift',
    );
    expect(shift).toMatchObject({ from: '2026-03-08', to: '2026-03-09' });
    expect(shift?.text).toContain('08/03/2026 (Chủ nhật)');
  });

  it('31 January + 1 month is the last day of February', () => {
    expect(due('2029-01-31T09:00+07:00', 1, 'months')).toBe('2029-02-28T17:30:00+07:00');
    expect(due('2024-01-31T09:00+07:00', 1, 'months')).toBe('2024-02-29T17:30:00+07:00');
    // 31/1/2028 is a compensatory Tết day: the clock starts 1/2, so the month ends 1/3.
    expect(due('2028-01-31T09:00+07:00', 1, 'months')).toBe('2028-03-01T17:30:00+07:00');
  });

  it('a month ending on 30/4 moves past the holidays and the weekend', () => {
    expect(due('2026-03-30T09:00+07:00', 1, 'months')).toBe('2026-05-04T17:30:00+07:00');
  });

  it('needs whole amounts', () => {
    expect(() => due('2026-03-04T09:00+07:00', 1.5, 'calendar_days')).toThrow(RangeError);
  });
});

describe('computeDue: explanation', () => {
  it('names Tết for the 2026 break and gives the due in Vietnamese', () => {
    expect(explain('2026-02-13T09:00+07:00', 3, 'working_days')).toEqual([
      {
        kind: 'clock_start',
        from: '2026-02-13',
        text: 'Nhận lúc 09:00 13/02/2026 (Thứ Sáu), bắt đầu tính thời hạn.',
      },
      {
        kind: 'non_working',
        from: '2026-02-14',
        to: '2026-02-22',
        text: '14/02/2026–22/02/2026: nghỉ Tết Âm lịch (không tính)',
      },
      { kind: 'due', to: '2026-02-25', text: 'Hạn trả: 09:00 25/02/2026 (Thứ Tư)' },
    ]);
  });

  it('names a run of weekend and Tết days after Tết (2025: 25/1–2/2)', () => {
    const items = explain('2025-01-24T09:00+07:00', 1, 'working_days');
    expect(items.filter((e) => e.kind === 'non_working')).toEqual([
      {
        kind: 'non_working',
        from: '2025-01-25',
        to: '2025-02-02',
        text: '25/01/2025–02/02/2025: nghỉ Tết Âm lịch (không tính)',
      },
    ]);
  });

  it('lists plain weekends by day', () => {
    const items = explain('2026-02-27T09:00+07:00', 1, 'working_days');
    expect(items.find((e) => e.kind === 'non_working')?.text).toBe(
      'Thứ Bảy 28/02/2026, Chủ nhật 01/03/2026: nghỉ cuối tuần',
    );
  });

  it('explains an after-hours start, the session-start rule and a make-up day', () => {
    const kinds = explain('2026-03-06T18:00+07:00', 1, 'working_days').map((e) => e.kind);
    expect(kinds).toEqual([
      'clock_start',
      'start_shifted',
      'non_working',
      'session_start_rule',
      'due',
    ]);
    const makeup = explain('2026-01-09T09:00+07:00', 1, 'working_days').find(
      (e) => e.kind === 'makeup_day',
    );
    expect(makeup?.text).toBe(
      'Thứ Bảy 10/01/2026: Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/01/2026 (tính là ngày làm việc)',
    );
  });

  it('is empty unless asked for', () => {
    expect(
      computeDue(cal, {
        start: parseInstant('2026-02-13T09:00+07:00'),
        amount: 3,
        unit: 'working_days',
      }).explanation,
    ).toEqual([]);
  });
});

describe('resumeAfterPause', () => {
  // Monday 07:30 + 5 working days → Friday 17:30; paused Tuesday 10:00 → Thursday 10:00.
  const start = parseInstant('2026-03-02T07:30+07:00');
  const base = computeDue(cal, { start, amount: 5, unit: 'working_days' }).due;
  const pause = {
    due: base,
    pauseStart: parseInstant('2026-03-03T10:00+07:00'),
    pauseEnd: parseInstant('2026-03-05T10:00+07:00'),
    amount: 5,
    unit: 'working_days' as const,
  };

  it("'restart' counts the whole period again from the supplement (Decree 118/2025 Art. 19)", () => {
    const r = resumeAfterPause(cal, { ...pause, mode: 'restart', explain: true });
    expect(formatInstant(r.due)).toBe('2026-03-12T10:00:00+07:00');
    expect(r.pausedMinutes).toBe(960);
    expect(r.explanation.map((e) => e.kind).slice(0, 2)).toEqual(['pause', 'restart']);
    expect(r.explanation.at(-1)?.text).toBe('Hạn trả: 10:00 12/03/2026 (Thứ Năm)');
  });

  it("'shift' moves the due by the paused working time (QĐ 766 measure)", () => {
    expect(formatInstant(base)).toBe('2026-03-06T17:30:00+07:00');
    const r = resumeAfterPause(cal, { ...pause, mode: 'shift', explain: true });
    expect(formatInstant(r.due)).toBe('2026-03-10T17:30:00+07:00');
    expect(r.explanation[0]?.text).toContain('16 giờ làm việc');
  });

  it('rejects a pause that ends before it starts', () => {
    expect(() =>
      resumeAfterPause(cal, { ...pause, pauseEnd: pause.pauseStart - 1, mode: 'shift' }),
    ).toThrow(RangeError);
  });
});

describe('countWorkingMinutesBetween', () => {
  it('counts only minutes inside sessions of working days', () => {
    const a = parseInstant('2026-02-13T09:00+07:00');
    const b = parseInstant('2026-02-25T09:00+07:00');
    expect(countWorkingMinutesBetween(cal, a, b)).toBe(1440);
    expect(countWorkingMinutesBetween(cal, b, a)).toBe(-1440);
    expect(
      countWorkingMinutesBetween(
        cal,
        parseInstant('2026-03-02T11:00+07:00'),
        parseInstant('2026-03-02T14:00+07:00'),
      ),
    ).toBe(60);
  });
});

describe('errors', () => {
  it('rejects bad amounts, units and instants outside the calendar', () => {
    const start = parseInstant('2026-03-02T09:00+07:00');
    expect(() => computeDue(cal, { start, amount: -1, unit: 'working_days' })).toThrow(RangeError);
    expect(() => computeDue(cal, { start, amount: Number.NaN, unit: 'working_days' })).toThrow(
      RangeError,
    );
    expect(() => computeDue(cal, { start, amount: 1, unit: 'fortnights' as DeadlineUnit })).toThrow(
      RangeError,
    );
    expect(() =>
      computeDue(cal, {
        start: parseInstant('2023-12-31T09:00+07:00'),
        amount: 1,
        unit: 'working_days',
      }),
    ).toThrow(/outside the working calendar/);
    expect(() =>
      computeDue(cal, {
        start: parseInstant('2029-12-31T09:00+07:00'),
        amount: 5,
        unit: 'working_days',
      }),
    ).toThrow(RangeError);
  });
});
