import { procedureRecordSchema } from '../../core/catalogue/procedure-record.ts';
import { DomainError } from '../../core/errors.ts';
import {
  findProcedureByCode,
  findVersionInForce,
  searchPublishedProcedures,
} from '../../db/repositories/procedures.ts';
import type { ServiceContext } from '../context.ts';
import { resolvePublicTenant } from '../organisation/resolve-unit.ts';

/** Published procedures whose code or name (diacritics ignored) contains `q`. */
export async function searchProcedures(
  ctx: ServiceContext,
  input: { q?: string; page: number; pageSize: number },
) {
  const { tenantId } = await resolvePublicTenant(ctx.db, undefined);
  const rows = await searchPublishedProcedures(
    ctx.db,
    tenantId,
    input.q,
    input.page * input.pageSize + 1,
  );
  const start = (input.page - 1) * input.pageSize;
  return { items: rows.slice(start, start + input.pageSize), total: rows.length };
}

/** The published record of a procedure in force now. */
export async function getPublishedProcedure(ctx: ServiceContext, code: string) {
  const { tenantId } = await resolvePublicTenant(ctx.db, undefined);
  const procedure = await findProcedureByCode(ctx.db, tenantId, code);
  const version = procedure
    ? await findVersionInForce(ctx.db, procedure.id, ctx.clock.now())
    : undefined;
  if (!procedure || !version)
    throw new DomainError('NOT_FOUND', `Không có thủ tục đang hiệu lực mã ${code}.`);
  return {
    ...procedureRecordSchema.parse(version.record),
    version: version.versionNo,
    effectiveFrom: version.effectiveFrom?.toISOString() ?? null,
    isFictional: procedure.isFictional,
  };
}
