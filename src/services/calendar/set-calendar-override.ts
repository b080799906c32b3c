import { parseIsoDate } from '../../core/calendar/index.ts';
import { DomainError } from '../../core/errors.ts';
import { type Principal, requireScope } from '../../core/organisation/permissions.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import { deleteOverride, upsertOverride } from '../../db/repositories/calendar.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { getUnitByCode } from '../organisation/resolve-unit.ts';
import { checkRange } from './get-calendar-days.ts';

export interface OverrideInput {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
  org?: string;
}

/**
 * PUT /api/v1/calendar/overrides/{date}: an administrator records a holiday or a make-up working
 * day, province-wide or for one unit (calendar.manage on that unit, or on the province).
 */
export async function setCalendarOverride(
  ctx: ServiceContext,
  principal: Principal,
  input: OverrideInput,
) {
  parseIsoDate(input.date);
  checkRange(input.date);
  const result = await inTransaction(ctx, async (trx) => {
    const target = await scopeTarget(trx, principal, input.org);
    await upsertOverride(trx, {
      tenantId: principal.tenantId,
      unitId: target.unitId,
      date: input.date,
      kind: input.kind,
      name: input.name.normalize('NFC'),
      reason: input.kind === 'holiday' ? 'holiday' : 'makeup',
      source: 'admin',
      updatedBy: principal.userId,
    });
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: 'calendar.override.set',
      targetType: 'calendar',
      targetId: `${input.org ?? 'province'}:${input.date}`,
      details: { ...input },
    });
    return { date: input.date, kind: input.kind, name: input.name, org: input.org ?? null };
  });
  ctx.calendars.invalidate(principal.tenantId);
  return result;
}

export async function deleteCalendarOverride(
  ctx: ServiceContext,
  principal: Principal,
  input: { date: string; org?: string },
): Promise<void> {
  parseIsoDate(input.date);
  await inTransaction(ctx, async (trx) => {
    const target = await scopeTarget(trx, principal, input.org);
    const removed = await deleteOverride(trx, principal.tenantId, target.unitId, input.date);
    if (removed === 0)
      throw new DomainError('NOT_FOUND', `Ngày ${input.date} không có điều chỉnh nào để xóa.`);
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: 'calendar.override.deleted',
      targetType: 'calendar',
      targetId: `${input.org ?? 'province'}:${input.date}`,
    });
  });
  ctx.calendars.invalidate(principal.tenantId);
}

async function scopeTarget(
  trx: Parameters<typeof getUnitByCode>[0],
  principal: Principal,
  org: string | undefined,
) {
  if (!org) {
    requireScope(principal, 'calendar.manage', principal.tenantId);
    return { unitId: null };
  }
  const unit = await getUnitByCode(trx, org);
  if (unit.tenantId !== principal.tenantId)
    throw new DomainError('NOT_FOUND', `Không tìm thấy đơn vị có mã ${org}.`);
  requireScope(principal, 'calendar.manage', unit.id);
  return { unitId: unit.id };
}
