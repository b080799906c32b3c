import { DomainError } from '../../core/errors.ts';
import { hasScopeOn, type Principal, requireScope } from '../../core/organisation/permissions.ts';
import type { Scope } from '../../core/organisation/roles.ts';
import { localDateOf } from '../../core/queue/booking-rules.ts';
import type { Executor } from '../../db/database.ts';
import { type CounterWithServices, findCounterById } from '../../db/repositories/queue.ts';
import { findUnitByCode, findUnitById } from '../../db/repositories/units.ts';
import type { UnitRow } from '../../db/schema.ts';

/** One-stop units that run a queue (Decree 118/2025 Art. 13). */
export const queueUnitKinds = ['service_centre', 'commune_centre', 'reception_point'] as const;

export function isQueueUnit(unit: UnitRow): boolean {
  return unit.isActive && (queueUnitKinds as readonly string[]).includes(unit.kind);
}

export async function getQueueUnit(db: Executor, code: string): Promise<UnitRow> {
  const unit = await findUnitByCode(db, code);
  if (!unit || !isQueueUnit(unit))
    throw new DomainError('NOT_FOUND', `Không có bộ phận một cửa mã ${code}.`, { field: 'unit' });
  return unit;
}

export async function getQueueUnitById(db: Executor, id: string): Promise<UnitRow> {
  const unit = await findUnitById(db, id);
  if (!unit) throw new DomainError('NOT_FOUND', 'Không có bộ phận một cửa này.');
  return unit;
}

/** The local (UTC+7) day of an instant: tickets are numbered and closed per day. */
export function queueDayOf(now: Date): string {
  return localDateOf(now.getTime());
}

export function requireAnyScope(principal: Principal, scopes: Scope[], unitId: string): void {
  if (scopes.some((s) => hasScopeOn(principal, s, unitId))) return;
  requireScope(principal, scopes[0]!, unitId);
}

/**
 * The counter the officer acts at: it must exist, be held by them and (unless `allowPaused`)
 * open. Locked for the transaction, so one counter takes one action at a time.
 */
export async function getOwnCounter(
  trx: Executor,
  principal: Principal,
  counterId: string,
  options: { allowPaused?: boolean } = {},
): Promise<CounterWithServices> {
  const counter = await findCounterById(trx, counterId, { lock: true });
  if (!counter?.isActive) throw new DomainError('NOT_FOUND', 'Không có quầy này.');
  requireScope(principal, 'queue.serve', counter.unitId);
  if (counter.officerId !== principal.userId || counter.status === 'closed')
    throw new DomainError(
      'RULE_VIOLATED',
      `Bạn chưa mở quầy số ${counter.number}; hãy mở quầy trước khi gọi số.`,
      { rule: 'counter_held', counterId },
    );
  if (counter.status === 'paused' && !options.allowPaused)
    throw new DomainError(
      'RULE_VIOLATED',
      `Quầy số ${counter.number} đang tạm nghỉ; mở lại quầy để tiếp tục.`,
      { rule: 'counter_open', counterId },
    );
  return counter;
}
