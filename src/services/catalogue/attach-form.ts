import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import { attachVersionFile, findVersionByNo } from '../../db/repositories/catalogue.ts';
import type { ServiceContext } from '../context.ts';
import { requireEdit } from './catalogue-access.ts';
import { getProcedure, listAgencyIds } from './load-procedure.ts';

/** Attaches an uploaded form template to a draft, under the form name the record cites. */
export async function attachForm(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  versionNo: number,
  formName: string,
  fileId: string,
) {
  const procedure = await getProcedure(ctx.db, principal, code);
  requireEdit(principal, await listAgencyIds(ctx.db, procedure.id));
  const version = await findVersionByNo(ctx.db, procedure.id, versionNo);
  if (!version)
    throw new DomainError('NOT_FOUND', `Thủ tục ${code} không có phiên bản ${versionNo}.`);
  if (version.status !== 'draft') {
    throw new DomainError('ACTION_NOT_ALLOWED', 'Chỉ đính kèm biểu mẫu vào dự thảo.', {
      status: version.status,
    });
  }
  const file = await ctx.db
    .selectFrom('files')
    .select(['id', 'tenantId', 'purpose'])
    .where('id', '=', fileId)
    .executeTakeFirst();
  if (!file || file.tenantId !== principal.tenantId || file.purpose !== 'form_template') {
    throw new DomainError('NOT_FOUND', 'Không có tệp biểu mẫu này.', { field: 'fileId' });
  }
  await attachVersionFile(ctx.db, version.id, fileId, formName);
  await insertAuditEvent(ctx.db, {
    tenantId: principal.tenantId,
    actorId: principal.userId,
    action: 'procedure.form_attached',
    targetType: 'procedure',
    targetId: code,
    details: { versionNo, formName, fileId },
  });
  return { code, versionNo, formName, fileId };
}
