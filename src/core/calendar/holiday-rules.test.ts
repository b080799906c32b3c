import { describe, expect, it } from 'vitest';
import { computeRuleHolidays } from './holiday-rules.ts';

const brief = (year: number) =>
  computeRuleHolidays(year).map((h) => `${h.date} ${h.kind} ${h.name}`);

describe('computeRuleHolidays', () => {
  it('2026: Hùng Kings on Sunday 26/4 gives a compensatory Monday 27/4', () => {
    const list = computeRuleHolidays(2026);
    expect(list.find((h) => h.date === '2026-04-26')).toEqual({
      date: '2026-04-26',
      name: 'Giỗ Tổ Hùng Vương',
      occasion: 'Giỗ Tổ Hùng Vương',
      kind: 'statutory',
    });
    expect(list.find((h) => h.date === '2026-04-27')).toEqual({
      date: '2026-04-27',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      occasion: 'Giỗ Tổ Hùng Vương',
      kind: 'compensatory',
    });
  });

  it('2026: the full list, with Tết from 29 Chạp (the month has 29 days)', () => {
    expect(brief(2026)).toEqual([
      '2026-01-01 statutory Tết Dương lịch',
      '2026-02-16 statutory Tết Âm lịch – 29 tháng Chạp',
      '2026-02-17 statutory Tết Âm lịch – Mùng 1',
      '2026-02-18 statutory Tết Âm lịch – Mùng 2',
      '2026-02-19 statutory Tết Âm lịch – Mùng 3',
      '2026-02-20 statutory Tết Âm lịch – Mùng 4',
      '2026-04-26 statutory Giỗ Tổ Hùng Vương',
      '2026-04-27 compensatory Nghỉ bù Giỗ Tổ Hùng Vương',
      '2026-04-30 statutory Ngày Chiến thắng',
      '2026-05-01 statutory Ngày Quốc tế Lao động',
      '2026-09-01 statutory Quốc khánh – ngày liền kề',
      '2026-09-02 statutory Quốc khánh',
    ]);
  });

  it('2024: Tết from 30 Chạp; Mùng 1 and 2 on the weekend are compensated after Mùng 4', () => {
    expect(brief(2024).filter((s) => s.includes('Tết Âm lịch'))).toEqual([
      '2024-02-09 statutory Tết Âm lịch – 30 tháng Chạp',
      '2024-02-10 statutory Tết Âm lịch – Mùng 1',
      '2024-02-11 statutory Tết Âm lịch – Mùng 2',
      '2024-02-12 statutory Tết Âm lịch – Mùng 3',
      '2024-02-13 statutory Tết Âm lịch – Mùng 4',
      '2024-02-14 compensatory Nghỉ bù Tết Âm lịch (Mùng 1)',
      '2024-02-15 compensatory Nghỉ bù Tết Âm lịch (Mùng 2)',
    ]);
  });

  it('2024: National Day eve on Sunday 1/9 is compensated on Tuesday 3/9, after 2/9', () => {
    expect(brief(2024).slice(-3)).toEqual([
      '2024-09-01 statutory Quốc khánh – ngày liền kề',
      '2024-09-02 statutory Quốc khánh',
      '2024-09-03 compensatory Nghỉ bù Quốc khánh',
    ]);
  });

  it('2028: 30/4 on Sunday is compensated on Tuesday 2/5, since Monday 1/5 is a holiday', () => {
    const list = computeRuleHolidays(2028);
    expect(
      list.find((h) => h.kind === 'compensatory' && h.occasion === 'Ngày Chiến thắng')?.date,
    ).toBe('2028-05-02');
  });

  it('is sorted, without duplicates, with 11 statutory days, for every year 2000–2100', () => {
    for (let year = 2000; year <= 2100; year++) {
      const list = computeRuleHolidays(year);
      const dates = list.map((h) => h.date);
      expect(dates).toEqual([...new Set(dates)].sort());
      expect(list.filter((h) => h.kind === 'statutory')).toHaveLength(11);
      expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
    }
  });

  it('writes names in NFC', () => {
    for (const h of computeRuleHolidays(2026)) expect(h.name).toBe(h.name.normalize('NFC'));
  });
});
