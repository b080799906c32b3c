// Vietnamese wording shared by the deadline explanations: dates as dd/mm/yyyy, weekday names,
// and the explanation item type.

import {
  civilFromDays,
  formatIsoDate,
  getWeekday,
  type IsoDate,
  WEEKDAY_NAMES_VI,
} from './civil-date.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import { getMinuteOfDay } from './working-time.ts';

export type ExplanationKind =
  | 'clock_start'
  | 'start_shifted'
  | 'non_working'
  | 'makeup_day'
  | 'cutoff_15h'
  | 'session_start_rule'
  | 'rest_day_shift'
  | 'pause'
  | 'restart'
  | 'due';

export interface ExplanationItem {
  kind: ExplanationKind;
  from?: IsoDate;
  to?: IsoDate;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDmy(cal: WorkingCalendar, i: number): string {
  const c = civilFromDays(cal.firstDay + i);
  return `${pad(c.day)}/${pad(c.month)}/${c.year}`;
}

export function formatWeekday(cal: WorkingCalendar, i: number): string {
  return WEEKDAY_NAMES_VI[getWeekday(cal.firstDay + i)]!;
}

/** '09:00 13/02/2026 (Thứ Sáu)' */
export function formatMoment(cal: WorkingCalendar, ms: number): string {
  const i = cal.indexOfInstant(ms);
  const m = Math.floor(getMinuteOfDay(cal, i, ms));
  const time = `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
  return `${time} ${formatDmy(cal, i)} (${formatWeekday(cal, i)})`;
}

export const isoOf = (cal: WorkingCalendar, i: number) => formatIsoDate(cal.firstDay + i);

export function formatDuration(minutes: number): string {
  const total = Math.round(minutes);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h > 0 ? `${h} giờ${m ? ` ${m} phút` : ''}` : `${m} phút`;
}
