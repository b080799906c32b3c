// Public API of the working-time calendar and deadline arithmetic (pure, no I/O).

export { buildWorkingCalendar } from './build-working-calendar.ts';
export {
  type BuildCalendarOptions,
  type CalendarOverride,
  type DayDescription,
  type DayReason,
  DEFAULT_SESSIONS,
  type OfficeSession,
  type OfficeSessions,
} from './calendar-types.ts';
export { formatIsoDate, type IsoDate, parseIsoDate, WEEKDAY_NAMES_VI } from './civil-date.ts';
export {
  CUTOFF_MINUTE,
  computeDue,
  countWorkingMinutesBetween,
  type DeadlineUnit,
  type DueRequest,
  type DueResult,
  type PauseRequest,
  type PauseResult,
  resumeAfterPause,
} from './deadlines.ts';
export type { ExplanationItem, ExplanationKind } from './format-explanation.ts';
export { computeRuleHolidays, type RuleHoliday } from './holiday-rules.ts';
export { formatInstant, parseInstant, VN_OFFSET_MS } from './instant.ts';
export { type LunarDate, lunarToSolar, type SolarDate, solarToLunar } from './lunar.ts';
export {
  convertAllOfficialSchedules,
  convertOfficialSchedule,
  OFFICIAL_WORKDAY_NAME,
  type OfficialHolidayEntry,
  type OfficialMakeUpWorkday,
  type OfficialSchedules,
  type OfficialYearSchedule,
} from './official-schedule.ts';
export { WorkingCalendar } from './working-calendar.ts';
