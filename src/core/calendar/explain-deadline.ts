// Vietnamese explanations of computed deadlines: which days were skipped and why. Built only
// on request, so the deadline fast path never allocates strings.

import { getWeekday } from './civil-date.ts';
import {
  type ExplanationItem,
  formatDmy,
  formatMoment,
  formatWeekday,
  isoOf,
} from './format-explanation.ts';
import { REASON_WEEKEND, type WorkingCalendar } from './working-calendar.ts';
import { getMinuteOfDay } from './working-time.ts';

export type SameDayCase = 'before_cutoff' | 'after_cutoff' | 'after_hours' | 'non_working_day';

export interface DueFacts {
  start: number;
  clockStart: number;
  due: number;
  amount: number;
  unit: string;
  sameDay: SameDayCase | undefined;
  /** Day index where a calendar_days/months period nominally ends, else -1. */
  nominalDay: number;
}

export function explainDue(cal: WorkingCalendar, f: DueFacts): ExplanationItem[] {
  const items: ExplanationItem[] = [];
  const i0 = cal.indexOfInstant(f.start);
  const iDue = cal.indexOfInstant(f.due);
  if (f.clockStart === f.start) {
    items.push({
      kind: 'clock_start',
      from: isoOf(cal, i0),
      text: `Nhận lúc ${formatMoment(cal, f.start)}, bắt đầu tính thời hạn.`,
    });
  } else {
    const why = cal.working[i0] ? 'ngoài giờ làm việc' : `vào ngày nghỉ (${describeRest(cal, i0)})`;
    items.push({
      kind: 'clock_start',
      from: isoOf(cal, i0),
      text: `Nhận lúc ${formatMoment(cal, f.start)}, ${why}.`,
    });
    const iClock = cal.indexOfInstant(f.clockStart);
    items.push({
      kind: 'start_shifted',
      from: isoOf(cal, i0),
      to: isoOf(cal, iClock),
      text: `Thời hạn bắt đầu tính từ ${formatMoment(cal, f.clockStart)}, đầu buổi làm việc tiếp theo.`,
    });
  }
  if (f.sameDay === 'before_cutoff') {
    items.push({
      kind: 'cutoff_15h',
      from: isoOf(cal, i0),
      text: 'Nhận trước 15:00 của ngày làm việc: giải quyết trong ngày (Điều 18 Nghị định 118/2025/NĐ-CP).',
    });
  } else if (f.sameDay === 'after_cutoff' || f.sameDay === 'after_hours') {
    items.push({
      kind: 'cutoff_15h',
      from: isoOf(cal, i0),
      text: 'Nhận từ 15:00 trở đi: hạn là cuối ngày làm việc tiếp theo (Điều 18 Nghị định 118/2025/NĐ-CP).',
    });
  }
  const isCalendarUnit = f.unit === 'calendar_days' || f.unit === 'months';
  if (isCalendarUnit) {
    // Rest days count in a calendar period; only a period ending on one is moved.
    if (f.nominalDay >= 0 && f.nominalDay !== iDue) {
      items.push({
        kind: 'rest_day_shift',
        from: isoOf(cal, f.nominalDay),
        to: isoOf(cal, iDue),
        text: `Thời hạn kết thúc vào ${formatDmy(cal, f.nominalDay)} (${formatWeekday(cal, f.nominalDay)}) là ngày nghỉ (${describeRest(cal, f.nominalDay)}), nên chuyển sang cuối ngày làm việc tiếp theo (Điều 148 Bộ luật Dân sự 2015).`,
      });
    }
  } else {
    pushSkippedDays(cal, i0, iDue, items);
  }
  const dueMinute = getMinuteOfDay(cal, iDue, f.due);
  if (!isCalendarUnit && f.unit !== 'same_day' && f.amount > 0 && isSessionEnd(cal, dueMinute)) {
    items.push({
      kind: 'session_start_rule',
      from: isoOf(cal, iDue),
      text: 'Hạn rơi đúng đầu buổi làm việc kế tiếp nên được ghi là cuối buổi làm việc trước đó.',
    });
  }
  items.push({ kind: 'due', to: isoOf(cal, iDue), text: `Hạn trả: ${formatMoment(cal, f.due)}` });
  return items;
}

/** A due at a session end is where the raw count would have reached the next session start. */
function isSessionEnd(cal: WorkingCalendar, minute: number): boolean {
  return cal.sessionEnds.includes(minute);
}

/** 'Tết Âm lịch' for a holiday, 'Chủ nhật' for a weekend day. */
function describeRest(cal: WorkingCalendar, i: number): string {
  return findHolidayLabel(cal, i) ?? cal.names[cal.nameIndex[i]!]!;
}

function findHolidayLabel(cal: WorkingCalendar, i: number): string | null {
  if (cal.reasonCodes[i] === REASON_WEEKEND) return null;
  const occasion = cal.findOccasion(i);
  if (occasion) return occasion;
  const name = cal.names[cal.nameIndex[i]!]!;
  return name.split(' – ')[0] ?? name;
}

/** One item per run of non-working days, and one per make-up working Saturday/Sunday. */
function pushSkippedDays(
  cal: WorkingCalendar,
  from: number,
  to: number,
  items: ExplanationItem[],
): void {
  let i = from;
  while (i <= to) {
    if (cal.working[i]) {
      const w = getWeekday(cal.firstDay + i);
      if (w === 0 || w === 6) {
        const name = cal.names[cal.nameIndex[i]!]!;
        items.push({
          kind: 'makeup_day',
          from: isoOf(cal, i),
          to: isoOf(cal, i),
          text: `${formatWeekday(cal, i)} ${formatDmy(cal, i)}: ${name} (tính là ngày làm việc)`,
        });
      }
      i++;
      continue;
    }
    let j = i;
    while (j + 1 <= to && !cal.working[j + 1]) j++;
    items.push({
      kind: 'non_working',
      from: isoOf(cal, i),
      to: isoOf(cal, j),
      text: describeRun(cal, i, j),
    });
    i = j + 1;
  }
}

function describeRun(cal: WorkingCalendar, a: number, b: number): string {
  const labels: string[] = [];
  for (let i = a; i <= b; i++) {
    const label = findHolidayLabel(cal, i);
    if (label && !labels.includes(label)) labels.push(label);
  }
  if (labels.length === 0) {
    const days: string[] = [];
    for (let i = a; i <= b; i++) days.push(`${formatWeekday(cal, i)} ${formatDmy(cal, i)}`);
    return `${days.join(', ')}: nghỉ cuối tuần`;
  }
  const joined = labels.join(' và ');
  const what = /^nghỉ /i.test(joined) ? `n${joined.slice(1)}` : `nghỉ ${joined}`;
  const when =
    a === b
      ? `${formatDmy(cal, a)} (${formatWeekday(cal, a)})`
      : `${formatDmy(cal, a)}–${formatDmy(cal, b)}`;
  return `${when}: ${what} (không tính)`;
}
