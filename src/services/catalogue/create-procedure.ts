import { findMissingComponents } from '../../core/catalogue/completeness.ts';
import { projectProcedure } from '../../core/catalogue/procedure-projection.ts';
import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { newId } from '../../db/ids.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import { insertProcedure, insertVersion } from '../../db/repositories/catalogue.ts';
import { findProcedureByCode } from '../../db/repositories/procedures.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { requireEdit } from './catalogue-access.ts';
import type { CreateProcedureInput } from './catalogue-input.ts';
import { resolveAgencies } from './resolve-agencies.ts';

/**
 * A new procedure enters the catalogue as draft version 1 (change kind "new"). It is not public
 * and no dossier can be received under it until a version is published.
 */
export async function createProcedure(
  ctx: ServiceContext,
  principal: Principal,
  input: CreateProcedureInput,
) {
  return inTransaction(ctx, async (trx) => {
    if (await findProcedureByCode(trx, principal.tenantId, input.record.code)) {
      throw new DomainError('DUPLICATE', `Mã thủ tục ${input.record.code} đã có trong danh mục.`, {
        field: 'record.code',
      });
    }
    const agencies = await resolveAgencies(trx, principal.tenantId, input);
    requireEdit(
      principal,
      agencies.map((a) => a.unitId),
    );
    const procedureId = newId();
    const projection = projectProcedure(input.record);
    await insertProcedure(trx, {
      id: procedureId,
      tenantId: principal.tenantId,
      code: input.record.code,
      ...projection,
      onlineLevel: projection.onlineLevel,
      reviewDueOn: input.reviewDueOn ?? null,
    });
    const version = await insertVersion(trx, {
      id: newId(),
      tenantId: principal.tenantId,
      procedureId,
      versionNo: 1,
      status: 'draft',
      changeKind: 'new',
      record: JSON.stringify(input.record),
      createdBy: principal.userId,
    });
    if (agencies.length > 0) {
      await trx
        .insertInto('procedureAgencies')
        .values(
          agencies.map((a) => ({
            procedureId,
            tenantId: principal.tenantId,
            unitId: a.unitId,
            handlingUnitId: a.handlingUnitId,
          })),
        )
        .execute();
    }
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: 'procedure.created',
      targetType: 'procedure',
      targetId: input.record.code,
      details: {
        versionNo: 1,
        agencies: agencies.length,
        missing: findMissingComponents(input.record),
      },
    });
    return { code: input.record.code, versionNo: version.versionNo };
  });
}
