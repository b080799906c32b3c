import { formatDate } from '../../lib/dates.ts';
import type { CalendarDay } from '../../lib/types.ts';

export const reasonLabels: Record<string, string> = {
  workday: 'Ngày làm việc',
  weekend: 'Nghỉ cuối tuần',
  holiday: 'Nghỉ lễ, Tết',
  compensatory: 'Nghỉ bù',
  swapped: 'Nghỉ hoán đổi',
  makeup: 'Làm bù (thứ Bảy)',
  official_schedule: 'Theo lịch chính thức',
};

/** The reasons shown in the legend, with a short mark drawn in the swatch. */
export const legendReasons = [
  'weekend',
  'holiday',
  'compensatory',
  'swapped',
  'makeup',
  'official_schedule',
];

/** "16/02/2026: Tết Âm lịch – 29 tháng Chạp năm Ất Tỵ (nghỉ)"; ordinary workdays stay short. */
export function describeDay(day: CalendarDay): string {
  const date = formatDate(day.date);
  if (day.reason === 'workday') return `${date}: Ngày làm việc`;
  return `${date}: ${day.name} (${day.working ? 'làm việc' : 'nghỉ'})`;
}

export const overrideKindLabels = {
  holiday: 'Ngày nghỉ',
  workday: 'Ngày làm việc (làm bù)',
} as const;

export const overrideSourceLabels = {
  official: 'Lịch chính thức do Nhà nước công bố',
  admin: 'Quản trị viên điều chỉnh',
} as const;

export const monthNames = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
export const weekdayShort = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
export const weekdayLong = [
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
  'Chủ nhật',
];
