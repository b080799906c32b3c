import { formatIsoDate, parseIsoDate, type WorkingCalendar } from '../calendar/index.ts';

/**
 * The publication-timeliness measures of the 766 index, group 1 (QĐ 766/QĐ-TTg; domain.md §9) for
 * a province:
 *  1.1 the publication decision is dated at least 5 working days before the legal text it
 *      implements takes effect (ministries: 20);
 *  1.2 the procedure is made public within 5 working days of the decision (ministries: 10);
 *  1.3 the record has every required component (completeness.ts).
 * Working days are counted on the province's working calendar, strictly between the two dates
 * for 1.1 and up to and including the publication day for 1.2.
 */
export const provinceDecisionLeadDays = 5;
export const provincePublicationDays = 5;

export interface VersionDates {
  decisionDate: string | null;
  legalEffectiveOn: string | null;
  publishedOn: string | null;
}

export type MeasureOutcome = 'on_time' | 'late' | 'unknown';

export interface PublicationMeasures {
  decisionLeadWorkingDays: number | null;
  decisionOnTime: MeasureOutcome;
  publicationWorkingDays: number | null;
  publishedOnTime: MeasureOutcome;
}

export function countWorkingDaysBetween(
  cal: WorkingCalendar,
  fromExclusive: string,
  toInclusive: string,
): number {
  const from = parseIsoDate(fromExclusive);
  const to = parseIsoDate(toInclusive);
  const sign = to >= from ? 1 : -1;
  let count = 0;
  for (let day = from + sign; sign > 0 ? day <= to : day > to; day += sign) {
    if (cal.isWorkingDay(formatIsoDate(day))) count += 1;
  }
  return sign * count;
}

export function measurePublication(cal: WorkingCalendar, dates: VersionDates): PublicationMeasures {
  let decisionLeadWorkingDays: number | null = null;
  let decisionOnTime: MeasureOutcome = 'unknown';
  if (dates.decisionDate && dates.legalEffectiveOn) {
    // Strictly between: the working days before the effective day itself.
    const dayBefore = formatIsoDate(parseIsoDate(dates.legalEffectiveOn) - 1);
    decisionLeadWorkingDays =
      dates.legalEffectiveOn > dates.decisionDate
        ? countWorkingDaysBetween(cal, dates.decisionDate, dayBefore)
        : 0;
    decisionOnTime = decisionLeadWorkingDays >= provinceDecisionLeadDays ? 'on_time' : 'late';
  }
  let publicationWorkingDays: number | null = null;
  let publishedOnTime: MeasureOutcome = 'unknown';
  if (dates.decisionDate && dates.publishedOn) {
    publicationWorkingDays = Math.max(
      0,
      countWorkingDaysBetween(cal, dates.decisionDate, dates.publishedOn),
    );
    publishedOnTime = publicationWorkingDays <= provincePublicationDays ? 'on_time' : 'late';
  }
  return { decisionLeadWorkingDays, decisionOnTime, publicationWorkingDays, publishedOnTime };
}

/**
 * An agency's score for one measure over a period: the share of its procedures whose every
 * publication in the period was on time ("any one late amendment makes the whole period late"),
 * times the measure's maximum points (1.1: 6, 1.2: 4, 1.3: 2). Unknown outcomes are left out of
 * both numerator and denominator and reported separately.
 */
export function scoreMeasure(
  outcomesByProcedure: ReadonlyMap<string, readonly MeasureOutcome[]>,
  maxPoints: number,
): {
  onTime: number;
  counted: number;
  unknown: number;
  ratio: number | null;
  points: number | null;
} {
  let onTime = 0;
  let counted = 0;
  let unknown = 0;
  for (const outcomes of outcomesByProcedure.values()) {
    const known = outcomes.filter((o) => o !== 'unknown');
    if (known.length === 0) {
      unknown += 1;
      continue;
    }
    counted += 1;
    if (known.every((o) => o === 'on_time')) onTime += 1;
  }
  const ratio = counted ? onTime / counted : null;
  return {
    onTime,
    counted,
    unknown,
    ratio,
    points: ratio === null ? null : Math.round(ratio * maxPoints * 100) / 100,
  };
}
