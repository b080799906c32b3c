import { type DayDescription, parseIsoDate } from '../../core/calendar/index.ts';
import { DomainError } from '../../core/errors.ts';
import type { ServiceContext } from '../context.ts';
import { resolvePublicTenant } from '../organisation/resolve-unit.ts';
import { calendarYears } from './calendar-provider.ts';

const maxDays = 800;

/** GET /api/v1/calendar/days: each day with working flag, reason and name (DESIGN §2.2). */
export async function getCalendarDays(
  ctx: ServiceContext,
  input: { from: string; to: string; org?: string },
): Promise<DayDescription[]> {
  const from = parseIsoDate(input.from);
  const to = parseIsoDate(input.to);
  if (to < from)
    throw new DomainError('VALIDATION_FAILED', '"to" phải không sớm hơn "from".', { field: 'to' });
  if (to - from + 1 > maxDays) {
    throw new DomainError('VALIDATION_FAILED', `Tối đa ${maxDays} ngày mỗi lần tra cứu.`, {
      field: 'to',
    });
  }
  checkRange(input.from);
  checkRange(input.to);
  const { tenantId, unit } = await resolvePublicTenant(ctx.db, input.org);
  const calendar = await ctx.calendars.forUnit(ctx.db, tenantId, unit?.id ?? null);
  return calendar.listDays(input.from, input.to);
}

export function checkRange(date: string): void {
  const year = Number(date.slice(0, 4));
  if (year < calendarYears.from || year > calendarYears.to) {
    throw new DomainError(
      'CALENDAR_OUT_OF_RANGE',
      `Lịch làm việc chỉ tính cho các năm ${calendarYears.from}–${calendarYears.to}.`,
      { date },
    );
  }
}
