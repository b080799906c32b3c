// Official yearly schedules (the Prime Minister's decision on Tết, National Day and swaps,
// announced by the Ministry of Home Affairs) turned into calendar overrides.

import type { CalendarOverride } from './calendar-types.ts';
import { isWeekend, parseIsoDate } from './civil-date.ts';
import { computeRuleHolidays } from './holiday-rules.ts';

/** The subset of the official-schedules.json shape that the conversion reads. */
export interface OfficialHolidayEntry {
  date: string;
  name: string;
  occasion?: string;
  kind: 'statutory' | 'compensatory' | 'swapped' | 'weekend' | 'proposed' | string;
  confirmed: boolean;
}

export interface OfficialMakeUpWorkday {
  date: string;
  name: string;
  confirmed: boolean;
}

export interface OfficialYearSchedule {
  holidays: OfficialHolidayEntry[];
  makeUpWorkdays: OfficialMakeUpWorkday[];
}

/** Keyed by the year as a string, e.g. { "2026": { holidays, makeUpWorkdays, … } }. */
export type OfficialSchedules = Record<string, OfficialYearSchedule>;

const HOLIDAY_KINDS = new Set(['statutory', 'compensatory', 'swapped']);

export const OFFICIAL_WORKDAY_NAME = 'Ngày làm việc theo lịch chính thức';

/**
 * Overrides for one year: where a year has an official schedule, it alone decides,
 * so weekday rule holidays it does not list become working days. A year absent from
 * the schedules gives no overrides (the rules apply).
 */
export function convertOfficialSchedule(json: OfficialSchedules, year: number): CalendarOverride[] {
  const schedule = json[String(year)];
  if (!schedule) return [];
  const out: CalendarOverride[] = [];
  const listed = new Set<string>();
  for (const h of schedule.holidays) {
    if (!h.confirmed) continue; // e.g. 24/11 "proposed": not law until Art. 112 is amended
    listed.add(h.date);
    // Weekend days inside an announced block are rest days anyway; they are kept so that the
    // day carries the block's name ("Nghỉ hằng tuần trước Tết…"), as the official notice does.
    if (!HOLIDAY_KINDS.has(h.kind) && h.kind !== 'weekend') continue;
    out.push({
      date: h.date,
      kind: 'holiday',
      name: h.name,
      reason: h.kind,
      ...(h.occasion ? { occasion: h.occasion } : {}),
    });
  }
  for (const m of schedule.makeUpWorkdays) {
    if (!m.confirmed) continue;
    out.push({ date: m.date, kind: 'workday', name: m.name, reason: 'makeup' });
  }
  for (const r of computeRuleHolidays(year)) {
    if (listed.has(r.date) || isWeekend(parseIsoDate(r.date))) continue;
    out.push({
      date: r.date,
      kind: 'workday',
      name: OFFICIAL_WORKDAY_NAME,
      reason: 'official_schedule',
    });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Overrides for every year the schedules contain, in date order. */
export function convertAllOfficialSchedules(json: OfficialSchedules): CalendarOverride[] {
  return Object.keys(json)
    .filter((y) => /^\d{4}$/.test(y))
    .sort()
    .flatMap((y) => convertOfficialSchedule(json, Number(y)));
}
