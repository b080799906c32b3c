import type { ChangeKind } from '../../core/catalogue/version-lifecycle.ts';
import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { newId } from '../../db/ids.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import {
  copyVersionFiles,
  findOpenVersion,
  insertVersion,
  nextVersionNo,
} from '../../db/repositories/catalogue.ts';
import { findVersionInForce } from '../../db/repositories/procedures.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { requireEdit } from './catalogue-access.ts';
import { getProcedure, listAgencyIds } from './load-procedure.ts';

/**
 * A change to a published procedure is a new draft version copied from the version in force:
 * amended (sửa đổi, bổ sung), replaced (thay thế) or abolished (bãi bỏ). The published version
 * stays untouched and in force until the new one takes effect.
 */
export async function startRevision(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  changeKind: Exclude<ChangeKind, 'new'>,
) {
  return inTransaction(ctx, async (trx) => {
    const procedure = await getProcedure(trx, principal, code);
    requireEdit(principal, await listAgencyIds(trx, procedure.id));
    const open = await findOpenVersion(trx, procedure.id);
    if (open) {
      throw new DomainError(
        'RULE_VIOLATED',
        `Thủ tục đang có phiên bản ${open.versionNo} chưa công bố; hoàn tất hoặc hủy nó trước.`,
        {
          rule: 'one_open_version',
          versionNo: open.versionNo,
        },
      );
    }
    const base = await findVersionInForce(trx, procedure.id, ctx.clock.now());
    if (!base)
      throw new DomainError(
        'RULE_VIOLATED',
        'Thủ tục chưa có phiên bản đang hiệu lực để sửa đổi.',
        { rule: 'version_in_force' },
      );
    const versionNo = await nextVersionNo(trx, procedure.id);
    const version = await insertVersion(trx, {
      id: newId(),
      tenantId: principal.tenantId,
      procedureId: procedure.id,
      versionNo,
      status: 'draft',
      changeKind,
      record: JSON.stringify(base.record),
      basedOnVersionId: base.id,
      createdBy: principal.userId,
    });
    await copyVersionFiles(trx, base.id, version.id);
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: 'procedure.revision_started',
      targetType: 'procedure',
      targetId: code,
      details: { versionNo, changeKind, basedOn: base.versionNo },
    });
    return { code, versionNo };
  });
}
