// Deadline arithmetic (DESIGN §2.2). All instants are epoch milliseconds; local time is UTC+7.

import { civilFromDays, daysFromCivil, getDaysInMonth } from './civil-date.ts';
import { explainDue, type SameDayCase } from './explain-deadline.ts';
import { explainPause } from './explain-pause.ts';
import type { ExplanationItem } from './format-explanation.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import {
  countWorkingMinutesBetween,
  findWorkingDayFrom,
  getClockStart,
  getDayEnd,
  getInstantAtPosition,
  getMinuteOfDay,
  getWorkingPosition,
} from './working-time.ts';

export type DeadlineUnit =
  | 'working_days'
  | 'working_hours'
  | 'calendar_days'
  | 'months'
  | 'same_day';

export interface DueRequest {
  /** Reception instant, epoch ms. */
  start: number;
  amount: number;
  unit: DeadlineUnit;
  explain?: boolean;
}

export interface DueResult {
  due: number;
  clockStart: number;
  explanation: ExplanationItem[];
}

export interface PauseRequest {
  /** The due instant computed before the pause. */
  due: number;
  pauseStart: number;
  pauseEnd: number;
  mode: 'restart' | 'shift';
  amount: number;
  unit: DeadlineUnit;
  explain?: boolean;
}

export interface PauseResult {
  due: number;
  /** Working minutes inside the paused interval. */
  pausedMinutes: number;
  explanation: ExplanationItem[];
}

/** Decree 118/2025 Art. 18: a dossier received at or after 15:00 counts from the next working day. */
export const CUTOFF_MINUTE = 15 * 60;

export { countWorkingMinutesBetween };

export function computeDue(cal: WorkingCalendar, req: DueRequest): DueResult {
  const { start, amount, unit } = req;
  if (!Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`Invalid deadline amount ${amount}: expected a finite number ≥ 0`);
  }
  const clockStart = getClockStart(cal, start);
  let due: number;
  let sameDay: SameDayCase | undefined;
  let nominalDay = -1;
  switch (unit) {
    case 'working_hours':
      due = addWorkingMinutes(cal, clockStart, amount * 60);
      break;
    case 'working_days':
      due = addWorkingMinutes(cal, clockStart, amount * cal.dayMinutes);
      break;
    case 'calendar_days':
      requireWholeAmount(amount, unit);
      nominalDay = cal.indexOfInstant(clockStart) + amount;
      due = getDayEnd(cal, findWorkingDayFrom(cal, nominalDay));
      break;
    case 'months':
      requireWholeAmount(amount, unit);
      nominalDay = addMonths(cal, cal.indexOfInstant(clockStart), amount);
      due = getDayEnd(cal, findWorkingDayFrom(cal, nominalDay));
      break;
    case 'same_day': {
      const i = cal.indexOfInstant(start);
      sameDay = classifySameDay(cal, i, start);
      due = getDayEnd(cal, sameDay === 'before_cutoff' ? i : findWorkingDayFrom(cal, i + 1));
      break;
    }
    default:
      throw new RangeError(`Unknown deadline unit '${String(unit)}'`);
  }
  const explanation = req.explain
    ? explainDue(cal, { start, clockStart, due, amount, unit, sameDay, nominalDay })
    : [];
  return { due, clockStart, explanation };
}

function addWorkingMinutes(cal: WorkingCalendar, clockStart: number, minutes: number): number {
  if (minutes === 0) return clockStart;
  const from = getWorkingPosition(cal, clockStart);
  return getInstantAtPosition(cal, from + minutes, cal.indexOfInstant(clockStart));
}

function requireWholeAmount(amount: number, unit: DeadlineUnit): void {
  if (!Number.isInteger(amount)) {
    throw new RangeError(`A deadline in ${unit} needs a whole amount, got ${amount}`);
  }
}

/**
 * Civil Code 2015 Art. 147–148: a period in months ends on the same day of the last month;
 * when that month is shorter, on its last day.
 */
function addMonths(cal: WorkingCalendar, dayIndex: number, months: number): number {
  const c = civilFromDays(cal.firstDay + dayIndex);
  const total = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(c.day, getDaysInMonth(year, month));
  return daysFromCivil(year, month, day) - cal.firstDay;
}

function classifySameDay(cal: WorkingCalendar, i: number, start: number): SameDayCase {
  if (!cal.working[i]) return 'non_working_day';
  const m = getMinuteOfDay(cal, i, start);
  const lastEnd = cal.sessionEnds[cal.sessionEnds.length - 1]!;
  if (m >= lastEnd) return 'after_hours';
  return m < CUTOFF_MINUTE ? 'before_cutoff' : 'after_cutoff';
}

/**
 * After a supplement pause. 'restart': Decree 118/2025 Art. 19, the handling period starts
 * again from zero when the complete supplement arrives. 'shift': the QĐ 766/QĐ-TTg index
 * measure, the old due moved later by the working time spent paused.
 */
export function resumeAfterPause(cal: WorkingCalendar, req: PauseRequest): PauseResult {
  const { due, pauseStart, pauseEnd, mode } = req;
  if (!(pauseEnd >= pauseStart)) {
    throw new RangeError('The pause must end at or after its start');
  }
  const pausedMinutes = countWorkingMinutesBetween(cal, pauseStart, pauseEnd);
  let newDue: number;
  let tail: ExplanationItem[] = [];
  if (mode === 'restart') {
    const r = computeDue(cal, {
      start: pauseEnd,
      amount: req.amount,
      unit: req.unit,
      explain: req.explain,
    });
    newDue = r.due;
    tail = r.explanation;
  } else if (mode === 'shift') {
    newDue =
      pausedMinutes > 0
        ? getInstantAtPosition(
            cal,
            getWorkingPosition(cal, due) + pausedMinutes,
            cal.indexOfInstant(due),
          )
        : due;
  } else {
    throw new RangeError(`Unknown pause mode '${String(mode)}'`);
  }
  const explanation = req.explain
    ? explainPause(cal, { mode, pauseStart, pauseEnd, pausedMinutes, due: newDue }, tail)
    : [];
  return { due: newDue, pausedMinutes, explanation };
}
