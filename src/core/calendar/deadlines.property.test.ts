import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar } from './build-working-calendar.ts';
import { MS_PER_DAY, MS_PER_MINUTE } from './civil-date.ts';
import { computeDue, countWorkingMinutesBetween, resumeAfterPause } from './deadlines.ts';
import { parseInstant } from './instant.ts';
import { convertAllOfficialSchedules, type OfficialSchedules } from './official-schedule.ts';

const schedules = JSON.parse(
  readFileSync(
    new URL('../../../fixtures/calendar/official-schedules.json', import.meta.url),
    'utf8',
  ),
) as OfficialSchedules;
const cal = buildWorkingCalendar({
  fromYear: 2024,
  toYear: 2031, // room for 30 months after the last random start
  overrides: convertAllOfficialSchedules(schedules),
});
// A unit with three sessions, to keep the properties honest beyond the default day.
const odd = buildWorkingCalendar({
  fromYear: 2024,
  toYear: 2031, // room for 30 months after the last random start
  sessions: [
    { start: 420, end: 600 },
    { start: 615, end: 690 },
    { start: 780, end: 1005 },
  ],
});

const FROM = parseInstant('2025-01-01T00:00:00+07:00');
const TO = parseInstant('2027-12-31T00:00:00+07:00');
const BOUNDARIES = [0, 449, 450, 451, 690, 750, 810, 900, 1050, 1439];

/** Random instants, half of them on a session boundary or another minute that matters. */
const instant = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc
    .tuple(
      fc.integer({ min: 0, max: Math.floor((TO - FROM) / MS_PER_DAY) }),
      fc.constantFrom(...BOUNDARIES),
    )
    .map(([d, m]) => FROM + d * MS_PER_DAY + m * MS_PER_MINUTE),
);
const amount = fc.oneof(
  fc.integer({ min: 0, max: 30 }),
  fc.integer({ min: 1, max: 120 }).map((q) => q / 4),
);
const workingUnit = fc.constantFrom('working_days' as const, 'working_hours' as const);
const anyUnit = fc.constantFrom(
  'working_days' as const,
  'working_hours' as const,
  'calendar_days' as const,
  'months' as const,
  'same_day' as const,
);
// By name, so that a counterexample prints a word rather than the whole calendar.
const CALENDARS = { default: cal, threeSessions: odd };
const calendars = fc.constantFrom('default' as const, 'threeSessions' as const);
const RUNS = { numRuns: 1500 };

/** True when t lies inside a session of a working day, or exactly at a session's end. */
function isInsideOrAtEnd(c: typeof cal, t: number): boolean {
  const i = c.indexOfInstant(t);
  const m = (t - c.rangeStart - i * MS_PER_DAY) / MS_PER_MINUTE;
  return c.working[i] === 1 && c.sessions.some((s) => m > s.start && m <= s.end);
}

describe('computeDue properties', () => {
  it('due ≥ clock start ≥ start', () => {
    fc.assert(
      fc.property(calendars, instant, amount, anyUnit, (k, start, a, unit) => {
        const c = CALENDARS[k];
        const whole = unit === 'calendar_days' || unit === 'months' ? Math.round(a) : a;
        const r = computeDue(c, { start, amount: whole, unit });
        expect(r.clockStart).toBeGreaterThanOrEqual(start);
        expect(r.due).toBeGreaterThanOrEqual(r.clockStart);
      }),
      RUNS,
    );
  });

  it('is monotonic in the amount and in the start', () => {
    fc.assert(
      fc.property(
        calendars,
        instant,
        instant,
        amount,
        amount,
        anyUnit,
        (k, s1, s2, a1, a2, unit) => {
          const c = CALENDARS[k];
          const round = unit === 'calendar_days' || unit === 'months';
          const [lo, hi] = [Math.min(a1, a2), Math.max(a1, a2)].map((x) =>
            round ? Math.round(x) : x,
          ) as [number, number];
          const [early, late] = [Math.min(s1, s2), Math.max(s1, s2)] as [number, number];
          expect(computeDue(c, { start: early, amount: lo, unit }).due).toBeLessThanOrEqual(
            computeDue(c, { start: early, amount: hi, unit }).due,
          );
          expect(computeDue(c, { start: early, amount: lo, unit }).due).toBeLessThanOrEqual(
            computeDue(c, { start: late, amount: lo, unit }).due,
          );
        },
      ),
      RUNS,
    );
  });

  it('counts exactly the amount in working minutes from clock start to due', () => {
    fc.assert(
      fc.property(calendars, instant, amount, workingUnit, (k, start, a, unit) => {
        const c = CALENDARS[k];
        const r = computeDue(c, { start, amount: a, unit });
        const expected = a * (unit === 'working_days' ? c.dayMinutes : 60);
        expect(countWorkingMinutesBetween(c, r.clockStart, r.due)).toBeCloseTo(expected, 6);
      }),
      RUNS,
    );
  });

  it('never gives a session start: the due is inside or at the end of a session of a working day', () => {
    fc.assert(
      fc.property(
        calendars,
        instant,
        amount.filter((a) => a > 0),
        anyUnit,
        (k, start, a, unit) => {
          const c = CALENDARS[k];
          const whole =
            unit === 'calendar_days' || unit === 'months' ? Math.max(1, Math.round(a)) : a;
          const { due } = computeDue(c, { start, amount: whole, unit });
          expect(isInsideOrAtEnd(c, due)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('gives the same result with and without the explanation, which covers every day off', () => {
    fc.assert(
      fc.property(instant, amount, workingUnit, (start, a, unit) => {
        const fast = computeDue(cal, { start, amount: a, unit });
        const slow = computeDue(cal, { start, amount: a, unit, explain: true });
        expect([slow.due, slow.clockStart]).toEqual([fast.due, fast.clockStart]);
        expect(slow.explanation.at(-1)?.kind).toBe('due');
        let listed = 0;
        for (const e of slow.explanation) {
          if (e.kind === 'non_working')
            listed += cal.indexOfDate(e.to!) - cal.indexOfDate(e.from!) + 1;
        }
        let off = 0;
        for (let i = cal.indexOfInstant(start); i <= cal.indexOfInstant(fast.due); i++)
          off += cal.working[i] ? 0 : 1;
        expect(listed).toBe(off);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the 2000–2100 range', () => {
  const century = buildWorkingCalendar({
    fromYear: 2000,
    toYear: 2100,
    overrides: convertAllOfficialSchedules(schedules),
  });
  const first = parseInstant('2000-01-01T00:00:00+07:00');
  const last = parseInstant('2100-10-01T00:00:00+07:00');

  it('computes exact working-time deadlines anywhere in the century', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), amount, workingUnit, (start, a, unit) => {
        const r = computeDue(century, { start, amount: a, unit });
        const expected = a * (unit === 'working_days' ? century.dayMinutes : 60);
        expect(r.due).toBeGreaterThanOrEqual(r.clockStart);
        expect(countWorkingMinutesBetween(century, r.clockStart, r.due)).toBeCloseTo(expected, 6);
      }),
      RUNS,
    );
  });
});

describe('resumeAfterPause properties', () => {
  it('restart never ends before the pause ends; shift never moves the due earlier', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 20 * MS_PER_DAY }),
        fc.integer({ min: 0, max: 10 * MS_PER_DAY }),
        amount,
        workingUnit,
        (start, lag, length, a, unit) => {
          const { due } = computeDue(cal, { start, amount: a, unit });
          const pauseStart = start + lag;
          const pauseEnd = pauseStart + length;
          const common = { due, pauseStart, pauseEnd, amount: a, unit };
          const restart = resumeAfterPause(cal, { ...common, mode: 'restart' });
          expect(restart.due).toBeGreaterThanOrEqual(pauseEnd);
          const shift = resumeAfterPause(cal, { ...common, mode: 'shift' });
          expect(shift.due).toBeGreaterThanOrEqual(due);
          expect(countWorkingMinutesBetween(cal, due, shift.due)).toBeCloseTo(
            shift.pausedMinutes,
            6,
          );
        },
      ),
      RUNS,
    );
  });
});
