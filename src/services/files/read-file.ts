import { DomainError } from '../../core/errors.ts';
import { hasScopeAnywhere, type Principal } from '../../core/organisation/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { resolvePublicTenant } from '../organisation/resolve-unit.ts';

/** A catalogue file (publication decision, form) for officers who read the catalogue. */
export async function readCatalogueFile(ctx: ServiceContext, principal: Principal, id: string) {
  if (!hasScopeAnywhere(principal, 'catalogue.read'))
    throw new DomainError('FORBIDDEN', 'Bạn không có quyền xem tệp này.');
  const file = await ctx.db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
  if (
    !file ||
    file.tenantId !== principal.tenantId ||
    !['decision', 'form_template', 'import'].includes(file.purpose)
  ) {
    throw new DomainError('NOT_FOUND', 'Không có tệp này.');
  }
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: ctx.files.get(file.sha256) };
}

/** A form template of the version in force of a published procedure: public. */
export async function readPublicForm(ctx: ServiceContext, code: string, formName: string) {
  const { tenantId } = await resolvePublicTenant(ctx.db, undefined);
  const file = await ctx.db
    .selectFrom('procedures as p')
    .innerJoin('procedureVersionFiles as vf', 'vf.versionId', 'p.publishedVersionId')
    .innerJoin('files as f', 'f.id', 'vf.fileId')
    .select(['f.fileName', 'f.mimeType', 'f.sha256'])
    .where('p.tenantId', '=', tenantId)
    .where('p.code', '=', code)
    .where('vf.formName', '=', formName)
    .executeTakeFirst();
  if (!file) throw new DomainError('NOT_FOUND', `Thủ tục ${code} không có biểu mẫu "${formName}".`);
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: ctx.files.get(file.sha256) };
}
