import { DomainError } from '../../core/errors.ts';
import type { Executor } from '../../db/database.ts';
import { findUnitByCode } from '../../db/repositories/units.ts';
import type { UnitRow } from '../../db/schema.ts';

/** A unit by its code, or NOT_FOUND naming the code. */
export async function getUnitByCode(db: Executor, code: string, field = 'org'): Promise<UnitRow> {
  const unit = await findUnitByCode(db, code);
  if (!unit?.isActive)
    throw new DomainError('NOT_FOUND', `Không tìm thấy đơn vị có mã ${code}.`, { field });
  return unit;
}

/**
 * The tenant of a public request: the unit's province when `org` is given, else the province of
 * this deployment (one province per installation today; the column is ready for more).
 */
export async function resolvePublicTenant(
  db: Executor,
  orgCode: string | undefined,
): Promise<{ tenantId: string; unit: UnitRow | undefined }> {
  if (orgCode) {
    const unit = await getUnitByCode(db, orgCode);
    return { tenantId: unit.tenantId, unit };
  }
  // The province (the tenant) of a database never changes once created: remember it per database.
  const known = publicTenants.get(db);
  if (known) return { tenantId: known, unit: undefined };
  const root = await db
    .selectFrom('units')
    .selectAll()
    .where('kind', '=', 'province')
    .where('parentId', 'is', null)
    .orderBy('createdAt')
    .executeTakeFirst();
  if (!root)
    throw new DomainError(
      'SERVICE_UNAVAILABLE',
      'Hệ thống chưa có dữ liệu tổ chức (chưa khởi tạo tỉnh).',
    );
  if (!db.isTransaction) publicTenants.set(db, root.tenantId);
  return { tenantId: root.tenantId, unit: undefined };
}

const publicTenants = new WeakMap<Executor, string>();
