import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import {
  type Principal,
  requireScope,
  unitsWithScope,
} from '../../core/organisation/permissions.ts';

export const reportPeriodSchema = z.object({
  from: z.iso.date({ error: 'Từ ngày dạng YYYY-MM-DD' }),
  to: z.iso.date({ error: 'Đến ngày dạng YYYY-MM-DD' }),
  format: z.enum(['json', 'xlsx']).default('json'),
});
export type ReportPeriodInput = z.infer<typeof reportPeriodSchema>;

/** A period of whole local days [from 00:00, to + 1 day 00:00) in Vietnam time, at most a year. */
export function toInstants(input: { from: string; to: string }): { from: Date; to: Date } {
  const from = new Date(`${input.from}T00:00:00+07:00`);
  const to = new Date(new Date(`${input.to}T00:00:00+07:00`).getTime() + 86_400_000);
  if (to <= from) {
    throw new DomainError('VALIDATION_FAILED', 'Đến ngày phải từ "Từ ngày" trở đi.', {
      field: 'to',
    });
  }
  if (to.getTime() - from.getTime() > 367 * 86_400_000) {
    throw new DomainError('VALIDATION_FAILED', 'Kỳ báo cáo tối đa một năm.', { field: 'to' });
  }
  return { from, to };
}

/** The units a reconciler covers; null for a province-wide one (no unit filter). */
export function reconcileScope(principal: Principal): string[] | null {
  requireScope(principal, 'payment.reconcile');
  const units = unitsWithScope(principal, 'payment.reconcile');
  return units.includes(principal.tenantId) ? null : units;
}
