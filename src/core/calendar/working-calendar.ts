// The working-day model: every day of a year range precomputed into typed arrays, with
// prefix sums of working minutes so deadline arithmetic never walks day by day.

import type { DayDescription, OfficeSession } from './calendar-types.ts';
import { formatIsoDate, type IsoDate, parseIsoDate } from './civil-date.ts';
import { formatInstant, getLocalDay, getLocalMidnight } from './instant.ts';

/** Reason codes 0..6 are fixed; custom override reasons are appended after them. */
export const BASE_REASONS = [
  'workday',
  'weekend',
  'holiday',
  'compensatory',
  'swapped',
  'makeup',
  'official_schedule',
] as const;
export const REASON_WEEKEND = 1;
export const REASON_MAKEUP = 5;

/** The arrays a calendar is made of; built by buildWorkingCalendar. */
export interface CalendarData {
  fromYear: number;
  toYear: number;
  firstDay: number;
  sessions: readonly OfficeSession[];
  working: Uint8Array;
  reasonCodes: Uint16Array;
  reasons: readonly string[];
  nameIndex: Uint32Array;
  names: readonly string[];
  occasionIndex: Int32Array;
  occasions: readonly string[];
}

export class WorkingCalendar {
  readonly fromYear: number;
  readonly toYear: number;
  /** Day number (days since 1970-01-01) of fromYear-01-01. */
  readonly firstDay: number;
  readonly dayCount: number;
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  /** Local midnight starting firstDate (inclusive bound of the range, epoch ms). */
  readonly rangeStart: number;
  /** Local midnight after lastDate (exclusive bound, epoch ms). */
  readonly rangeEnd: number;
  readonly sessions: readonly OfficeSession[];
  readonly sessionStarts: Int32Array;
  readonly sessionEnds: Int32Array;
  /** Working minutes of a working day that precede session k. */
  readonly sessionOffsets: Int32Array;
  /** Length of a standard working day: the sum of the sessions (480 by default). */
  readonly dayMinutes: number;
  readonly working: Uint8Array;
  /** cumMinutes[i] = working minutes in days 0..i-1 (length dayCount + 1). */
  readonly cumMinutes: Int32Array;
  /** nextWorking[i] = index of the first working day ≥ i, or dayCount when there is none. */
  readonly nextWorking: Int32Array;
  readonly reasonCodes: Uint16Array;
  readonly reasons: readonly string[];
  readonly nameIndex: Uint32Array;
  readonly names: readonly string[];
  /** Index into occasions, or -1 when the day belongs to no named holiday. */
  readonly occasionIndex: Int32Array;
  readonly occasions: readonly string[];

  constructor(data: CalendarData) {
    this.fromYear = data.fromYear;
    this.toYear = data.toYear;
    this.firstDay = data.firstDay;
    this.dayCount = data.working.length;
    this.firstDate = formatIsoDate(this.firstDay);
    this.lastDate = formatIsoDate(this.firstDay + this.dayCount - 1);
    this.rangeStart = getLocalMidnight(this.firstDay);
    this.rangeEnd = getLocalMidnight(this.firstDay + this.dayCount);
    this.sessions = data.sessions.map((s) => Object.freeze({ start: s.start, end: s.end }));
    const n = data.sessions.length;
    this.sessionStarts = new Int32Array(n);
    this.sessionEnds = new Int32Array(n);
    this.sessionOffsets = new Int32Array(n);
    let total = 0;
    data.sessions.forEach((s, k) => {
      this.sessionStarts[k] = s.start;
      this.sessionEnds[k] = s.end;
      this.sessionOffsets[k] = total;
      total += s.end - s.start;
    });
    this.dayMinutes = total;
    this.working = data.working;
    this.reasonCodes = data.reasonCodes;
    this.reasons = data.reasons;
    this.nameIndex = data.nameIndex;
    this.names = data.names;
    this.occasionIndex = data.occasionIndex;
    this.occasions = data.occasions;
    this.cumMinutes = new Int32Array(this.dayCount + 1);
    for (let i = 0; i < this.dayCount; i++) {
      this.cumMinutes[i + 1] = this.cumMinutes[i]! + (this.working[i] ? total : 0);
    }
    this.nextWorking = new Int32Array(this.dayCount + 1);
    this.nextWorking[this.dayCount] = this.dayCount;
    for (let i = this.dayCount - 1; i >= 0; i--) {
      this.nextWorking[i] = this.working[i] ? i : this.nextWorking[i + 1]!;
    }
  }

  /** Index of a date in the arrays; RangeError outside the built range. */
  indexOfDate(date: IsoDate): number {
    return this.checkIndex(parseIsoDate(date) - this.firstDay, date);
  }

  /** Index of the local day containing an instant; RangeError outside the built range. */
  indexOfInstant(ms: number): number {
    if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant ${ms}`);
    const i = getLocalDay(ms) - this.firstDay;
    if (i >= 0 && i < this.dayCount) return i;
    throw this.outOfRange(formatInstant(ms));
  }

  describeIndex(i: number): DayDescription {
    return {
      date: formatIsoDate(this.firstDay + i),
      working: this.working[i] === 1,
      reason: this.reasons[this.reasonCodes[i]!]!,
      name: this.names[this.nameIndex[i]!]!,
    };
  }

  describeDay(date: IsoDate): DayDescription {
    return this.describeIndex(this.indexOfDate(date));
  }

  /** Every day from `from` to `to`, both included. */
  listDays(from: IsoDate, to: IsoDate): DayDescription[] {
    const a = this.indexOfDate(from);
    const b = this.indexOfDate(to);
    if (b < a) throw new RangeError(`listDays: '${to}' is before '${from}'`);
    const out: DayDescription[] = [];
    for (let i = a; i <= b; i++) out.push(this.describeIndex(i));
    return out;
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.working[this.indexOfDate(date)] === 1;
  }

  /** The holiday a day belongs to, e.g. 'Tết Âm lịch'; null for a plain day. */
  findOccasion(i: number): string | null {
    const k = this.occasionIndex[i]!;
    return k >= 0 ? this.occasions[k]! : null;
  }

  private checkIndex(i: number, label: string): number {
    if (i >= 0 && i < this.dayCount) return i;
    throw this.outOfRange(label);
  }

  private outOfRange(label: string): RangeError {
    return new RangeError(
      `${label} is outside the working calendar (${this.firstDate}..${this.lastDate})`,
    );
  }
}
