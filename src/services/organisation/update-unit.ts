import type { Updateable } from 'kysely';
import { DomainError } from '../../core/errors.ts';
import { type Principal, requireScope } from '../../core/organisation/permissions.ts';
import { canNest, type UnitKind } from '../../core/organisation/unit-kinds.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import {
  findUnitByCode,
  isDescendant,
  rebuildClosure,
  updateUnit,
} from '../../db/repositories/units.ts';
import type { UnitTable } from '../../db/schema.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { presentUnit, type UnitView } from './present-unit.ts';
import type { UnitPatch } from './unit-input.ts';

/**
 * Edits a unit: rename, move, close (valid_to / inactive), sessions, published contacts. Dossiers
 * refer to units by id, so renaming or merging communes keeps every dossier's history.
 */
export async function updateUnitByCode(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  patch: UnitPatch,
): Promise<UnitView> {
  const result = await inTransaction(ctx, async (trx) => {
    const unit = await findUnitByCode(trx, code);
    if (!unit || unit.tenantId !== principal.tenantId) {
      throw new DomainError('NOT_FOUND', `Không tìm thấy đơn vị ${code}.`);
    }
    requireScope(principal, 'org.manage', unit.id);
    const changes: Updateable<UnitTable> = {};
    let parentCode: string | null = null;
    let moved = false;
    if (patch.parentCode !== undefined && patch.parentCode !== null) {
      const parent = await findUnitByCode(trx, patch.parentCode);
      if (!parent || parent.tenantId !== principal.tenantId) {
        throw new DomainError('NOT_FOUND', `Không tìm thấy đơn vị cấp trên ${patch.parentCode}.`, {
          field: 'parentCode',
        });
      }
      if (await isDescendant(trx, unit.id, parent.id)) {
        throw new DomainError(
          'RULE_VIOLATED',
          'Không thể chuyển đơn vị vào chính cây con của nó.',
          { field: 'parentCode' },
        );
      }
      requireScope(principal, 'org.manage', parent.id);
      changes.parentId = parent.id;
      parentCode = parent.code;
      moved = parent.id !== unit.parentId;
    }
    const kind = (patch.kind ?? unit.kind) as UnitKind;
    if (patch.kind !== undefined || moved) {
      const parentKind = parentCode
        ? ((await findUnitByCode(trx, parentCode))?.kind as UnitKind)
        : unit.parentId
          ? ((
              await trx
                .selectFrom('units')
                .select('kind')
                .where('id', '=', unit.parentId)
                .executeTakeFirst()
            )?.kind as UnitKind)
          : null;
      if (!canNest(kind, parentKind ?? null)) {
        throw new DomainError('RULE_VIOLATED', 'Loại đơn vị không phù hợp với đơn vị cấp trên.', {
          field: 'kind',
        });
      }
    }
    if (patch.code !== undefined && patch.code !== unit.code) {
      if (await findUnitByCode(trx, patch.code)) {
        throw new DomainError('DUPLICATE', `Mã định danh ${patch.code} đã được dùng.`, {
          field: 'code',
        });
      }
      changes.code = patch.code;
    }
    if (patch.name !== undefined) changes.name = patch.name.normalize('NFC');
    if (patch.shortName !== undefined)
      changes.shortName = patch.shortName?.normalize('NFC') ?? null;
    if (patch.kind !== undefined) changes.kind = patch.kind;
    if (patch.gsoCode !== undefined) changes.gsoCode = patch.gsoCode;
    if (patch.address !== undefined) changes.address = patch.address;
    if (patch.phone !== undefined) changes.phone = patch.phone;
    if (patch.email !== undefined) changes.email = patch.email;
    if (patch.website !== undefined) changes.website = patch.website;
    if (patch.contacts !== undefined) changes.contacts = JSON.stringify(patch.contacts);
    if (patch.openingHours !== undefined) changes.openingHours = patch.openingHours;
    if (patch.officeSessions !== undefined) {
      changes.officeSessions = patch.officeSessions ? JSON.stringify(patch.officeSessions) : null;
    }
    if (patch.sortOrder !== undefined) changes.sortOrder = patch.sortOrder;
    if (patch.validFrom !== undefined) changes.validFrom = patch.validFrom;
    if (patch.validTo !== undefined) changes.validTo = patch.validTo;
    if (patch.isActive !== undefined) changes.isActive = patch.isActive;
    const updated = await updateUnit(trx, unit.id, changes);
    if (!updated) throw new DomainError('CONFLICT', 'Đơn vị vừa bị thay đổi; tải lại và thử lại.');
    if (moved) await rebuildClosure(trx, principal.tenantId);
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: 'unit.updated',
      targetType: 'unit',
      targetId: unit.id,
      details: { code, changes: patch },
    });
    const finalParent = updated.parentId
      ? await trx
          .selectFrom('units')
          .select('code')
          .where('id', '=', updated.parentId)
          .executeTakeFirst()
      : undefined;
    return presentUnit(updated, finalParent?.code ?? null);
  });
  ctx.principals.clear(); // a move changes the subtrees that roles cover
  if (patch.officeSessions !== undefined || patch.parentCode !== undefined)
    ctx.calendars.invalidate(principal.tenantId);
  return result;
}
