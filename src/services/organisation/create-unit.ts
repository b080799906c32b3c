import { DomainError } from '../../core/errors.ts';
import { type Principal, requireScope } from '../../core/organisation/permissions.ts';
import { canNest, type UnitKind, unitKindLabels } from '../../core/organisation/unit-kinds.ts';
import { newId } from '../../db/ids.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import { findUnitByCode, insertUnits, rebuildClosure } from '../../db/repositories/units.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { presentUnit, type UnitView } from './present-unit.ts';
import type { UnitInput } from './unit-input.ts';

/** Adds a unit under a parent the administrator manages (org.manage on the parent). */
export async function createUnit(
  ctx: ServiceContext,
  principal: Principal,
  input: UnitInput,
): Promise<UnitView> {
  return inTransaction(ctx, async (trx) => {
    if (!input.parentCode) {
      throw new DomainError(
        'RULE_VIOLATED',
        'Đơn vị mới phải thuộc một đơn vị cấp trên (parentCode).',
        { field: 'parentCode' },
      );
    }
    const parent = await findUnitByCode(trx, input.parentCode);
    if (!parent || parent.tenantId !== principal.tenantId) {
      throw new DomainError('NOT_FOUND', `Không tìm thấy đơn vị cấp trên ${input.parentCode}.`, {
        field: 'parentCode',
      });
    }
    requireScope(principal, 'org.manage', parent.id);
    if (!canNest(input.kind, parent.kind as UnitKind)) {
      throw new DomainError(
        'RULE_VIOLATED',
        `Không thể đặt "${unitKindLabels[input.kind]}" dưới "${unitKindLabels[parent.kind as UnitKind]}".`,
        { field: 'kind' },
      );
    }
    if (await findUnitByCode(trx, input.code)) {
      throw new DomainError('DUPLICATE', `Mã định danh ${input.code} đã được dùng.`, {
        field: 'code',
      });
    }
    const id = newId();
    const row = {
      id,
      tenantId: principal.tenantId,
      parentId: parent.id,
      code: input.code,
      name: input.name.normalize('NFC'),
      shortName: input.shortName?.normalize('NFC') ?? null,
      kind: input.kind,
      gsoCode: input.gsoCode ?? null,
      address: input.address ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      website: input.website ?? null,
      contacts: JSON.stringify(input.contacts ?? []),
      openingHours: input.openingHours ?? null,
      officeSessions: input.officeSessions ? JSON.stringify(input.officeSessions) : null,
      sortOrder: input.sortOrder ?? 0,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
      isActive: input.isActive ?? true,
    };
    await insertUnits(trx, [row]);
    await rebuildClosure(trx, principal.tenantId);
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: 'unit.created',
      targetType: 'unit',
      targetId: id,
      details: { code: input.code, name: input.name },
    });
    const created = await trx
      .selectFrom('units')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return presentUnit(created, parent.code);
  }).finally(() => ctx.principals.clear()); // the tree changed: subtrees covered by roles too
}
