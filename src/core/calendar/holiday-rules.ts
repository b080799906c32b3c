// Public holidays computed by rule, before any official yearly schedule is applied.

import {
  civilFromDays,
  daysFromCivil,
  formatIsoDate,
  type IsoDate,
  isWeekend,
} from './civil-date.ts';
import { lunarToSolar, solarToLunar } from './lunar.ts';

export interface RuleHoliday {
  date: IsoDate;
  /** Vietnamese label of the day, e.g. 'Tết Âm lịch – Mùng 1'. */
  name: string;
  /** The holiday the day belongs to, e.g. 'Tết Âm lịch'. */
  occasion: string;
  kind: 'statutory' | 'compensatory';
}

interface StatutoryDay {
  days: number;
  occasion: string;
  detail?: string;
}

const TET = 'Tết Âm lịch';
const TET_DAY_LABELS = ['Mùng 1', 'Mùng 2', 'Mùng 3', 'Mùng 4'];

function collectStatutoryDays(year: number): StatutoryDay[] {
  const out: StatutoryDay[] = [];
  const fixed = (month: number, day: number, occasion: string, detail?: string) => {
    out.push({ days: daysFromCivil(year, month, day), occasion, ...(detail ? { detail } : {}) });
  };
  // Labour Code 2019 Art. 112.1.a: 1 January.
  fixed(1, 1, 'Tết Dương lịch');
  // Art. 112.1.b: five Tết days; by default New Year's eve and lunar 1–4 of Giêng.
  // The eve is the last day of lunar month 12, which has 29 or 30 days.
  const tet = lunarToSolar(1, 1, year);
  const tetDay = daysFromCivil(tet.year, tet.month, tet.day);
  const eveLabel = `${getLunarDayOfMonth(tetDay - 1)} tháng Chạp`;
  out.push({ days: tetDay - 1, occasion: TET, detail: eveLabel });
  TET_DAY_LABELS.forEach((label, i) => {
    out.push({ days: tetDay + i, occasion: TET, detail: label });
  });
  // Art. 112.1.e: Hùng Kings' commemoration, 10th day of the 3rd lunar month.
  const hung = lunarToSolar(10, 3, year);
  out.push({ days: daysFromCivil(hung.year, hung.month, hung.day), occasion: 'Giỗ Tổ Hùng Vương' });
  // Art. 112.1.c and 112.1.d.
  fixed(4, 30, 'Ngày Chiến thắng');
  fixed(5, 1, 'Ngày Quốc tế Lao động');
  // Art. 112.1.đ: 2 September plus the day before or after; the rule default takes 1/9,
  // the Prime Minister's yearly decision may pick 3/9 instead (an official schedule).
  fixed(9, 1, 'Quốc khánh', 'ngày liền kề');
  fixed(9, 2, 'Quốc khánh');
  return out;
}

/** Lunar day-of-month (1–30) of a solar day number. */
function getLunarDayOfMonth(days: number): number {
  const c = civilFromDays(days);
  return solarToLunar(c.year, c.month, c.day).day;
}

/** Sorted; two holidays on one date (Hùng Kings on 30/4, as in 1947) become one entry. */
function mergeSameDays(days: StatutoryDay[]): StatutoryDay[] {
  const out: StatutoryDay[] = [];
  for (const d of [...days].sort((a, b) => a.days - b.days)) {
    const last = out[out.length - 1];
    if (last && last.days === d.days) last.occasion = `${last.occasion} và ${d.occasion}`;
    else out.push({ ...d });
  }
  return out;
}

function nameOf(day: StatutoryDay): string {
  return day.detail ? `${day.occasion} – ${day.detail}` : day.occasion;
}

/**
 * The statutory holidays of a year plus their compensatory days, sorted, without duplicates.
 * Labour Code 2019 Art. 111.3: a holiday on the weekly rest day is taken on the next
 * working day, i.e. the next day that is neither a weekend day nor another holiday.
 */
export function computeRuleHolidays(year: number): RuleHoliday[] {
  const statutory = mergeSameDays(collectStatutoryDays(year));
  const taken = new Set(statutory.map((d) => d.days));
  const result: RuleHoliday[] = statutory.map((d) => ({
    date: formatIsoDate(d.days),
    name: nameOf(d),
    occasion: d.occasion,
    kind: 'statutory' as const,
  }));
  for (const d of statutory) {
    if (!isWeekend(d.days)) continue;
    let c = d.days + 1;
    while (isWeekend(c) || taken.has(c)) c++;
    taken.add(c);
    const label = d.detail && d.occasion === TET ? ` (${d.detail})` : '';
    result.push({
      date: formatIsoDate(c),
      name: `Nghỉ bù ${d.occasion}${label}`,
      occasion: d.occasion,
      kind: 'compensatory',
    });
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
