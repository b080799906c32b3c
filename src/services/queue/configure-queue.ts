import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import { type Principal, requireScope } from '../../core/organisation/permissions.ts';
import { prefixPattern } from '../../core/queue/display-code.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import {
  findCounterById,
  findServiceById,
  insertCounter,
  insertService,
  listCountersOfUnit,
  listServicesOfUnit,
  setCounterServices,
  updateCounter,
  updateService,
} from '../../db/repositories/queue.ts';
import { findUnitByCode } from '../../db/repositories/units.ts';
import type { UnitRow } from '../../db/schema.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { getQueueUnit, getQueueUnitById } from './queue-access.ts';
import { publishQueueChange } from './queue-bus.ts';

export const serviceInputSchema = z.object({
  prefix: z.string().trim().toUpperCase().regex(prefixPattern, 'Chữ cái đầu số: 1–2 chữ in hoa'),
  name: z.string().trim().min(2, 'Nhập tên dịch vụ').max(200),
  fields: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  averageServiceMinutes: z.number().int().min(1).max(240).default(10),
  bookingEnabled: z.boolean().default(true),
  slotMinutes: z.number().int().min(5).max(240).default(30),
  slotCapacity: z.number().int().min(1).max(100).default(4),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
  isActive: z.boolean().default(true),
});

export const counterInputSchema = z.object({
  number: z.number().int().min(1, 'Số quầy từ 1').max(999),
  name: z.string().trim().min(2, 'Nhập tên quầy').max(200),
  serviceIds: z.array(z.uuid('Mã dịch vụ không hợp lệ')).min(1, 'Chọn ít nhất một dịch vụ').max(50),
  isPriority: z.boolean().default(false),
  counterUnitCode: z.string().trim().max(80).nullable().optional(),
  isActive: z.boolean().default(true),
});

function requireManage(principal: Principal, unit: UnitRow) {
  requireScope(principal, 'queue.manage', unit.id);
}

async function checkUnique(run: () => Promise<unknown>, message: string): Promise<void> {
  try {
    await run();
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new DomainError('DUPLICATE', message);
    throw error;
  }
}

async function resolveServices(trx: Executor, unit: UnitRow, ids: string[]): Promise<string[]> {
  const own = new Set((await listServicesOfUnit(trx, unit.id)).map((s) => s.id));
  const unknown = ids.filter((id) => !own.has(id));
  if (unknown.length > 0)
    throw new DomainError('VALIDATION_FAILED', 'Có dịch vụ không thuộc đơn vị này.', {
      fields: [{ field: 'serviceIds', message: 'Có dịch vụ không thuộc đơn vị này.' }],
    });
  return [...new Set(ids)];
}

async function resolveCounterUnit(trx: Executor, unit: UnitRow, code: string | null | undefined) {
  if (!code) return null;
  const found = await findUnitByCode(trx, code);
  if (found?.kind !== 'counter' || found.parentId !== unit.id)
    throw new DomainError('NOT_FOUND', `Không có quầy mã ${code} thuộc ${unit.name}.`, {
      field: 'counterUnitCode',
    });
  return found.id;
}

/** Services and counters of a unit, for its configuration page and the counter panel. */
export async function getQueueConfig(ctx: ServiceContext, principal: Principal, unitCode: string) {
  const unit = await getQueueUnit(ctx.db, unitCode);
  requireScope(principal, 'queue.manage', unit.id);
  return {
    unit: { code: unit.code, name: unit.name },
    services: await listServicesOfUnit(ctx.db, unit.id),
    counters: await listCountersOfUnit(ctx.db, unit.id),
  };
}

export async function createQueueService(
  ctx: ServiceContext,
  principal: Principal,
  unitCode: string,
  input: z.infer<typeof serviceInputSchema>,
) {
  return inTransaction(ctx, async (trx) => {
    const unit = await getQueueUnit(trx, unitCode);
    requireManage(principal, unit);
    const id = newId();
    await checkUnique(
      () => insertService(trx, { id, tenantId: unit.tenantId, unitId: unit.id, ...input }),
      `Chữ cái ${input.prefix} đã dùng cho dịch vụ khác của đơn vị.`,
    );
    return (await findServiceById(trx, id))!;
  });
}

export async function updateQueueService(
  ctx: ServiceContext,
  principal: Principal,
  serviceId: string,
  input: Partial<z.infer<typeof serviceInputSchema>>,
) {
  const service = await inTransaction(ctx, async (trx) => {
    const found = await findServiceById(trx, serviceId);
    if (!found) throw new DomainError('NOT_FOUND', 'Không có dịch vụ này.');
    requireManage(principal, await getQueueUnitById(trx, found.unitId));
    await checkUnique(
      () => updateService(trx, serviceId, input),
      `Chữ cái ${input.prefix} đã dùng cho dịch vụ khác của đơn vị.`,
    );
    return (await findServiceById(trx, serviceId))!;
  });
  publishQueueChange(service.unitId);
  return service;
}

export async function createQueueCounter(
  ctx: ServiceContext,
  principal: Principal,
  unitCode: string,
  input: z.infer<typeof counterInputSchema>,
) {
  const counter = await inTransaction(ctx, async (trx) => {
    const unit = await getQueueUnit(trx, unitCode);
    requireManage(principal, unit);
    const serviceIds = await resolveServices(trx, unit, input.serviceIds);
    const counterUnitId = await resolveCounterUnit(trx, unit, input.counterUnitCode);
    const id = newId();
    await checkUnique(
      () =>
        insertCounter(trx, {
          id,
          tenantId: unit.tenantId,
          unitId: unit.id,
          counterUnitId,
          number: input.number,
          name: input.name,
          isPriority: input.isPriority,
          isActive: input.isActive,
        }),
      `Quầy số ${input.number} đã có.`,
    );
    await setCounterServices(trx, id, serviceIds);
    return (await findCounterById(trx, id))!;
  });
  publishQueueChange(counter.unitId);
  return counter;
}

export async function updateQueueCounter(
  ctx: ServiceContext,
  principal: Principal,
  counterId: string,
  input: Partial<z.infer<typeof counterInputSchema>>,
) {
  const counter = await inTransaction(ctx, async (trx) => {
    const found = await findCounterById(trx, counterId, { lock: true });
    if (!found) throw new DomainError('NOT_FOUND', 'Không có quầy này.');
    const unit = await getQueueUnitById(trx, found.unitId);
    requireManage(principal, unit);
    const { serviceIds, counterUnitCode, ...fields } = input;
    const counterUnitId =
      counterUnitCode === undefined
        ? undefined
        : await resolveCounterUnit(trx, unit, counterUnitCode);
    await checkUnique(
      () =>
        updateCounter(trx, counterId, {
          ...fields,
          ...(counterUnitId !== undefined ? { counterUnitId } : {}),
        }),
      `Quầy số ${input.number} đã có.`,
    );
    if (serviceIds)
      await setCounterServices(trx, counterId, await resolveServices(trx, unit, serviceIds));
    return (await findCounterById(trx, counterId))!;
  });
  publishQueueChange(counter.unitId);
  return counter;
}
