import { diffRecords } from '../../core/catalogue/record-diff.ts';
import type { VersionStatus } from '../../core/catalogue/version-lifecycle.ts';
import { assertVersionAction } from '../../core/catalogue/version-lifecycle.ts';
import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import { findVersionByNo, updateVersion } from '../../db/repositories/catalogue.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { requireEdit } from './catalogue-access.ts';
import type { EditDraftInput } from './catalogue-input.ts';
import { getProcedure, listAgencyIds } from './load-procedure.ts';

/** Saves a draft's record; only drafts are edited, and every change is audited field by field. */
export async function editDraft(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  versionNo: number,
  input: EditDraftInput,
) {
  return inTransaction(ctx, async (trx) => {
    const procedure = await getProcedure(trx, principal, code);
    requireEdit(principal, await listAgencyIds(trx, procedure.id));
    const version = await findVersionByNo(trx, procedure.id, versionNo);
    if (!version)
      throw new DomainError('NOT_FOUND', `Thủ tục ${code} không có phiên bản ${versionNo}.`);
    assertVersionAction(version.status as VersionStatus, 'edit');
    if (input.record.code !== code) {
      throw new DomainError('RULE_VIOLATED', 'Không đổi mã thủ tục trong một phiên bản.', {
        field: 'record.code',
      });
    }
    if (
      input.expectedUpdatedAt &&
      new Date(input.expectedUpdatedAt).getTime() !== version.updatedAt.getTime()
    ) {
      throw new DomainError(
        'CONFLICT',
        'Dự thảo vừa được người khác lưu. Tải lại để xem bản mới nhất.',
      );
    }
    const changes = diffRecords(version.record, input.record);
    const updated = await updateVersion(trx, version.id, 'draft', {
      record: JSON.stringify(input.record),
      ...(input.legalEffectiveOn !== undefined ? { legalEffectiveOn: input.legalEffectiveOn } : {}),
    });
    if (!updated) throw new DomainError('CONFLICT', 'Dự thảo vừa đổi trạng thái. Tải lại trang.');
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: 'procedure.draft_edited',
      targetType: 'procedure',
      targetId: code,
      details: { versionNo, changes: changes.slice(0, 200), changeCount: changes.length },
    });
    return { code, versionNo, changes: changes.length, updatedAt: updated.updatedAt.toISOString() };
  });
}
