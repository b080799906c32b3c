import {
  computeDue,
  type DeadlineUnit,
  type ExplanationItem,
  formatInstant,
  formatIsoDate,
} from '../../core/calendar/index.ts';
import type { ServiceContext } from '../context.ts';
import { resolvePublicTenant } from '../organisation/resolve-unit.ts';
import { checkRange } from './get-calendar-days.ts';

export interface DueAnswer {
  due: string;
  clockStart: string;
  explanation: ExplanationItem[];
}

/** GET /api/v1/calendar/due: the due instant of a period and why (DESIGN §2.2). */
export async function computeDueDate(
  ctx: ServiceContext,
  input: { start: number; amount: number; unit: DeadlineUnit; org?: string },
): Promise<DueAnswer> {
  checkRange(formatIsoDate(Math.floor((input.start + 7 * 3_600_000) / 86_400_000)));
  const { tenantId, unit } = await resolvePublicTenant(ctx.db, input.org);
  const calendar = await ctx.calendars.forUnit(ctx.db, tenantId, unit?.id ?? null);
  const result = computeDue(calendar, {
    start: input.start,
    amount: input.amount,
    unit: input.unit,
    explain: true,
  });
  return {
    due: formatInstant(result.due),
    clockStart: formatInstant(result.clockStart),
    explanation: result.explanation,
  };
}
