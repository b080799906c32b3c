import {
  checkProcessFitsDeadlines,
  type ProcessStep,
  totalProcessMinutes,
} from '../../core/catalogue/internal-process.ts';
import { DomainError } from '../../core/errors.ts';
import { type Principal, requireScope } from '../../core/organisation/permissions.ts';
import { newId } from '../../db/ids.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import { findOpenVersion } from '../../db/repositories/catalogue.ts';
import { findVersionInForce } from '../../db/repositories/procedures.ts';
import { findUnitByCode } from '../../db/repositories/units.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { requireEdit } from './catalogue-access.ts';
import { getProcedure, listAgencyIds, parseRecord } from './load-procedure.ts';

/**
 * Internal processes per procedure and implementing agency (DESIGN §2.3). The province root as
 * the unit means "the default for every agency" (useful for commune procedures). Each save is a
 * new draft version; activating one retires the previous; a process that does not fit the legal
 * deadline is refused with the reason.
 */
export async function listProcesses(ctx: ServiceContext, principal: Principal, code: string) {
  requireScope(principal, 'catalogue.read');
  const procedure = await getProcedure(ctx.db, principal, code);
  const rows = await ctx.db
    .selectFrom('internalProcesses as ip')
    .innerJoin('units as u', 'u.id', 'ip.unitId')
    .select([
      'ip.versionNo',
      'ip.status',
      'ip.steps',
      'ip.totalMinutes',
      'ip.createdAt',
      'ip.activatedAt',
      'u.code as unitCode',
      'u.name as unitName',
    ])
    .where('ip.procedureId', '=', procedure.id)
    .orderBy('u.code')
    .orderBy('ip.versionNo', 'desc')
    .execute();
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    activatedAt: r.activatedAt?.toISOString() ?? null,
  }));
}

export async function saveProcessDraft(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  input: { unitCode: string; steps: ProcessStep[] },
) {
  return inTransaction(ctx, async (trx) => {
    const procedure = await getProcedure(trx, principal, code);
    const agencyIds = await listAgencyIds(trx, procedure.id);
    requireEdit(principal, agencyIds);
    const unit = await findUnitByCode(trx, input.unitCode);
    if (
      !unit ||
      unit.tenantId !== principal.tenantId ||
      (unit.id !== principal.tenantId && !agencyIds.includes(unit.id))
    ) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `${input.unitCode} không phải cơ quan thực hiện thủ tục này.`,
        {
          fields: [{ field: 'unitCode', message: 'không phải cơ quan thực hiện' }],
        },
      );
    }
    for (const [i, step] of input.steps.entries()) {
      if (step.unitCode && !(await findUnitByCode(trx, step.unitCode))) {
        throw new DomainError(
          'VALIDATION_FAILED',
          `Bước ${i + 1}: không có đơn vị ${step.unitCode}.`,
          {
            fields: [{ field: `steps.${i}.unitCode`, message: 'không có đơn vị này' }],
          },
        );
      }
    }
    const version =
      (await findVersionInForce(trx, procedure.id, ctx.clock.now())) ??
      (await findOpenVersion(trx, procedure.id));
    if (!version)
      throw new DomainError('RULE_VIOLATED', 'Thủ tục chưa có nội dung để đối chiếu thời hạn.', {
        rule: 'version_exists',
      });
    const deadlines = parseRecord(version).channels.flatMap((c) =>
      c.deadline ? [c.deadline] : [],
    );
    const problems = checkProcessFitsDeadlines(input.steps, deadlines);
    if (problems.length > 0) {
      throw new DomainError('RULE_VIOLATED', problems.map((p) => p.message).join(' '), {
        rule: 'process_fits_deadline',
        fields: problems,
      });
    }
    const last = await trx
      .selectFrom('internalProcesses')
      .select((eb) => eb.fn.max('versionNo').as('max'))
      .where('procedureId', '=', procedure.id)
      .where('unitId', '=', unit.id)
      .executeTakeFirst();
    const versionNo = Number(last?.max ?? 0) + 1;
    const totalMinutes = totalProcessMinutes(input.steps);
    await trx
      .insertInto('internalProcesses')
      .values({
        id: newId(),
        tenantId: principal.tenantId,
        procedureId: procedure.id,
        unitId: unit.id,
        versionNo,
        status: 'draft',
        steps: JSON.stringify(input.steps),
        totalMinutes,
        createdBy: principal.userId,
      })
      .execute();
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: 'process.saved',
      targetType: 'procedure',
      targetId: code,
      details: { unitCode: input.unitCode, versionNo, steps: input.steps.length, totalMinutes },
    });
    return { code, unitCode: input.unitCode, versionNo, totalMinutes, status: 'draft' };
  });
}

export async function activateProcess(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  unitCode: string,
  versionNo: number,
) {
  return inTransaction(ctx, async (trx) => {
    const procedure = await getProcedure(trx, principal, code);
    requireEdit(principal, await listAgencyIds(trx, procedure.id));
    const unit = await findUnitByCode(trx, unitCode);
    const process = unit
      ? await trx
          .selectFrom('internalProcesses')
          .selectAll()
          .where('procedureId', '=', procedure.id)
          .where('unitId', '=', unit.id)
          .where('versionNo', '=', versionNo)
          .executeTakeFirst()
      : undefined;
    if (!unit || !process)
      throw new DomainError(
        'NOT_FOUND',
        `Không có quy trình phiên bản ${versionNo} của ${unitCode}.`,
      );
    if (process.status !== 'draft') {
      throw new DomainError(
        'ACTION_NOT_ALLOWED',
        'Chỉ kích hoạt được quy trình ở trạng thái dự thảo.',
        { status: process.status },
      );
    }
    await trx
      .updateTable('internalProcesses')
      .set({ status: 'retired' })
      .where('procedureId', '=', procedure.id)
      .where('unitId', '=', unit.id)
      .where('status', '=', 'active')
      .execute();
    await trx
      .updateTable('internalProcesses')
      .set({ status: 'active', activatedAt: ctx.clock.now() })
      .where('id', '=', process.id)
      .execute();
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: 'process.activated',
      targetType: 'procedure',
      targetId: code,
      details: { unitCode, versionNo },
    });
    return { code, unitCode, versionNo, status: 'active' };
  });
}
