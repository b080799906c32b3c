// The working-minute axis: position(t) = working minutes from the start of the calendar to t.
// It is flat outside sessions and on rest days, so adding N working minutes is one prefix-sum
// look-up and one search, never a walk over days.

import { MS_PER_DAY, MS_PER_MINUTE } from './civil-date.ts';
import type { WorkingCalendar } from './working-calendar.ts';

/** Working minutes of a working day that lie before minute-of-day m. */
function countMinutesBefore(cal: WorkingCalendar, m: number): number {
  const starts = cal.sessionStarts;
  const ends = cal.sessionEnds;
  for (let k = 0; k < starts.length; k++) {
    if (m < ends[k]!) {
      const s = starts[k]!;
      return m > s ? cal.sessionOffsets[k]! + m - s : cal.sessionOffsets[k]!;
    }
  }
  return cal.dayMinutes;
}

/** Instant of minute-of-day `minute` on day index i. */
export function getInstantOfDay(cal: WorkingCalendar, i: number, minute: number): number {
  return cal.rangeStart + i * MS_PER_DAY + minute * MS_PER_MINUTE;
}

/** Minute of the local day (fractional) of an instant that lies on day index i. */
export function getMinuteOfDay(cal: WorkingCalendar, i: number, ms: number): number {
  return (ms - cal.rangeStart - i * MS_PER_DAY) / MS_PER_MINUTE;
}

/** End of the last session of day index i. */
export function getDayEnd(cal: WorkingCalendar, i: number): number {
  return getInstantOfDay(cal, i, cal.sessionEnds[cal.sessionEnds.length - 1]!);
}

export function getWorkingPosition(cal: WorkingCalendar, ms: number): number {
  const i = cal.indexOfInstant(ms);
  const base = cal.cumMinutes[i]!;
  return cal.working[i] ? base + countMinutesBefore(cal, getMinuteOfDay(cal, i, ms)) : base;
}

/** Index of the first working day at or after day index i; RangeError when none in range. */
export function findWorkingDayFrom(cal: WorkingCalendar, i: number): number {
  const j = i >= cal.dayCount ? cal.dayCount : cal.nextWorking[i]!;
  if (j >= cal.dayCount) {
    throw new RangeError(`No working day after ${cal.lastDate} in the working calendar`);
  }
  return j;
}

/**
 * When the clock starts for something received at `ms`: `ms` itself inside a session,
 * otherwise the next session start (DESIGN §2.2; Decree 118/2025 Art. 17.3).
 */
export function getClockStart(cal: WorkingCalendar, ms: number): number {
  const i = cal.indexOfInstant(ms);
  if (cal.working[i]) {
    const m = getMinuteOfDay(cal, i, ms);
    for (let k = 0; k < cal.sessionEnds.length; k++) {
      if (m < cal.sessionEnds[k]!) {
        return m >= cal.sessionStarts[k]! ? ms : getInstantOfDay(cal, i, cal.sessionStarts[k]!);
      }
    }
  }
  return getInstantOfDay(cal, findWorkingDayFrom(cal, i + 1), cal.sessionStarts[0]!);
}

/**
 * The earliest instant whose position reaches w. Taking the earliest is what turns a due
 * landing exactly on a session start into the end of the previous session.
 * The search runs on whole milliseconds, so float noise in w (0.13 day = 62.400000000000006
 * min) can never push a due from a session end over to the next session start.
 * `hint` is a day index at or before the answer, to keep the search short.
 */
export function getInstantAtPosition(cal: WorkingCalendar, w: number, hint = 0): number {
  const cum = cal.cumMinutes;
  const n = cal.dayCount;
  const target = Math.round(w * MS_PER_MINUTE);
  if (target <= 0) return cal.rangeStart;
  if (target > cum[n]! * MS_PER_MINUTE) {
    throw new RangeError(`Deadline falls after ${cal.lastDate}, outside the working calendar`);
  }
  // Find the smallest j in 1..n with cum[j] reaching the target; the answer lies on day j - 1.
  // Gallop forward from the hint (deadlines are usually days away), then bisect.
  let lo = hint >= 0 && hint < n ? hint + 1 : 1;
  if (lo > 1 && cum[lo - 1]! * MS_PER_MINUTE >= target) lo = 1; // the hint was past the answer
  let hi = lo;
  let step = 1;
  while (cum[hi]! * MS_PER_MINUTE < target) {
    lo = hi + 1;
    hi = Math.min(n, hi + step);
    step *= 2;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! * MS_PER_MINUTE >= target) hi = mid;
    else lo = mid + 1;
  }
  const d = lo - 1;
  const r = target - cum[d]! * MS_PER_MINUTE;
  const k = findSessionEndingAtOrAfter(cal, r);
  const offset = r - cal.sessionOffsets[k]! * MS_PER_MINUTE;
  return getInstantOfDay(cal, d, cal.sessionStarts[k]!) + offset;
}

/** The session in which the r-th working millisecond of a day ends (its end included). */
function findSessionEndingAtOrAfter(cal: WorkingCalendar, r: number): number {
  const last = cal.sessionStarts.length - 1;
  for (let k = 0; k < last; k++) {
    const end = cal.sessionOffsets[k]! + cal.sessionEnds[k]! - cal.sessionStarts[k]!;
    if (end * MS_PER_MINUTE >= r) return k;
  }
  return last;
}

/** Signed working minutes from a to b (negative when b is before a). O(1). */
export function countWorkingMinutesBetween(cal: WorkingCalendar, a: number, b: number): number {
  return getWorkingPosition(cal, b) - getWorkingPosition(cal, a);
}
