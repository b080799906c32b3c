// Layering, lowest first: Monday–Friday work and Saturday/Sunday rest; rule holidays
// (Labour Code 2019 Arts. 111.3 and 112); then overrides in the order given, later winning.

import {
  type BuildCalendarOptions,
  type CalendarOverride,
  DEFAULT_SESSIONS,
  validateSessions,
} from './calendar-types.ts';
import {
  daysFromCivil,
  getWeekday,
  isWeekend,
  parseIsoDate,
  WEEKDAY_NAMES_VI,
} from './civil-date.ts';
import { computeRuleHolidays } from './holiday-rules.ts';
import { BASE_REASONS, REASON_WEEKEND, WorkingCalendar } from './working-calendar.ts';

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
const WORKDAY_NAME = 'Ngày làm việc';

/** Interns strings so each day stores a small integer instead of a string. */
class StringTable {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[] = []) {
    for (const v of initial) this.intern(v);
  }
  intern(value: string): number {
    const found = this.index.get(value);
    if (found !== undefined) return found;
    this.values.push(value);
    this.index.set(value, this.values.length - 1);
    return this.values.length - 1;
  }
}

export function buildWorkingCalendar(options: BuildCalendarOptions): WorkingCalendar {
  const { fromYear, toYear, overrides = [], sessions = DEFAULT_SESSIONS } = options;
  const yearsOk =
    Number.isInteger(fromYear) &&
    Number.isInteger(toYear) &&
    fromYear <= toYear &&
    fromYear >= MIN_YEAR &&
    toYear <= MAX_YEAR;
  if (!yearsOk) {
    throw new RangeError(
      `Invalid calendar range ${fromYear}..${toYear} (allowed ${MIN_YEAR}..${MAX_YEAR})`,
    );
  }
  validateSessions(sessions);
  const firstDay = daysFromCivil(fromYear, 1, 1);
  const n = daysFromCivil(toYear + 1, 1, 1) - firstDay;
  const working = new Uint8Array(n);
  const reasonCodes = new Uint16Array(n);
  const nameIndex = new Uint32Array(n);
  const occasionIndex = new Int32Array(n).fill(-1);
  const reasons = new StringTable(BASE_REASONS);
  const names = new StringTable([WORKDAY_NAME, ...WEEKDAY_NAMES_VI]);
  const occasions = new StringTable();

  for (let i = 0; i < n; i++) {
    const w = getWeekday(firstDay + i);
    if (w === 0 || w === 6) {
      reasonCodes[i] = REASON_WEEKEND;
      nameIndex[i] = names.intern(WEEKDAY_NAMES_VI[w]!);
    } else {
      working[i] = 1;
      nameIndex[i] = names.intern(WORKDAY_NAME);
    }
  }

  for (let year = fromYear; year <= toYear; year++) {
    for (const h of computeRuleHolidays(year)) {
      const i = parseIsoDate(h.date) - firstDay;
      working[i] = 0;
      reasonCodes[i] = reasons.intern(h.kind === 'statutory' ? 'holiday' : 'compensatory');
      nameIndex[i] = names.intern(h.name);
      occasionIndex[i] = occasions.intern(h.occasion);
    }
  }

  for (const o of overrides) {
    const i = parseIsoDate(o.date) - firstDay;
    if (i < 0 || i >= n) continue; // another year's decision: irrelevant to this range
    const reason = resolveReason(o, working[i] === 1, isWeekend(firstDay + i));
    working[i] = o.kind === 'workday' ? 1 : 0;
    reasonCodes[i] = reasons.intern(reason);
    nameIndex[i] = names.intern(o.name.trim() || defaultName(o.kind, reason));
    occasionIndex[i] = o.kind === 'holiday' && o.occasion ? occasions.intern(o.occasion) : -1;
  }

  return new WorkingCalendar({
    fromYear,
    toYear,
    firstDay,
    sessions,
    working,
    reasonCodes,
    reasons: reasons.values,
    nameIndex,
    names: names.values,
    occasionIndex,
    occasions: occasions.values,
  });
}

function resolveReason(o: CalendarOverride, wasWorking: boolean, isWeekendDay: boolean): string {
  if (o.kind === 'holiday') {
    // A statutory day off is reported with the generic reason 'holiday'.
    return !o.reason || o.reason === 'statutory' ? 'holiday' : o.reason;
  }
  if (o.kind !== 'workday') throw new RangeError(`Invalid override kind '${String(o.kind)}'`);
  if (o.reason) return o.reason;
  if (isWeekendDay) return 'makeup';
  return wasWorking ? 'workday' : 'official_schedule';
}

function defaultName(kind: CalendarOverride['kind'], reason: string): string {
  if (kind === 'holiday') return 'Ngày nghỉ';
  return reason === 'makeup' ? 'Ngày làm bù' : WORKDAY_NAME;
}
