import type { IsoDate } from './civil-date.ts';

/** An administrator's or an official schedule's decision about one day. */
export interface CalendarOverride {
  date: IsoDate;
  kind: 'holiday' | 'workday';
  /** Vietnamese label shown for the day. */
  name: string;
  /** e.g. 'statutory' | 'compensatory' | 'swapped' | 'makeup' | 'official_schedule'. */
  reason?: string;
  /** The holiday the day belongs to ('Tết Âm lịch'), used to name runs of days off. */
  occasion?: string;
}

/** One office session in minutes after local midnight, half-open [start, end). */
export interface OfficeSession {
  start: number;
  end: number;
}

export type OfficeSessions = OfficeSession[];

/** 07:30–11:30 and 13:30–17:30, Monday–Friday: the usual civil-service day (40 h week). */
export const DEFAULT_SESSIONS: readonly OfficeSession[] = Object.freeze([
  Object.freeze({ start: 450, end: 690 }),
  Object.freeze({ start: 810, end: 1050 }),
]);

export type DayReason =
  | 'workday'
  | 'weekend'
  | 'holiday'
  | 'compensatory'
  | 'swapped'
  | 'makeup'
  | 'official_schedule'
  | (string & {});

export interface DayDescription {
  date: IsoDate;
  working: boolean;
  reason: DayReason;
  /** Vietnamese: 'Ngày làm việc', 'Thứ Bảy', 'Chủ nhật', a holiday name, 'Làm bù cho …'. */
  name: string;
}

export interface BuildCalendarOptions {
  fromYear: number;
  toYear: number;
  /** Applied in order, later entries win: province overrides first, then the unit's own. */
  overrides?: readonly CalendarOverride[];
  sessions?: readonly OfficeSession[];
}

/**
 * Sessions must be whole minutes, ordered and separated by a break, inside one day. Touching
 * sessions must be merged: otherwise an instant would be both a session end and a start.
 */
export function validateSessions(sessions: readonly OfficeSession[]): void {
  if (sessions.length === 0) throw new RangeError('At least one office session is required');
  let previousEnd = -1;
  for (const s of sessions) {
    const ok =
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start > previousEnd &&
      s.start >= 0 &&
      s.end > s.start &&
      s.end <= 1440;
    if (!ok) {
      throw new RangeError(
        `Invalid office sessions ${JSON.stringify(sessions)}: need ordered whole minutes within 0..1440, with a break between sessions`,
      );
    }
    previousEnd = s.end;
  }
}
