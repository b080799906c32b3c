import { findMissingComponents } from '../../core/catalogue/completeness.ts';
import {
  assertVersionAction,
  type VersionStatus,
  versionActionTarget,
} from '../../core/catalogue/version-lifecycle.ts';
import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import {
  deleteDraftVersion,
  findVersionByNo,
  supersedePublished,
  updateVersion,
} from '../../db/repositories/catalogue.ts';
import type { ProcedureRow, ProcedureVersionRow } from '../../db/schema.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { requireEdit, requireProvinceScope } from './catalogue-access.ts';
import type { PublishInput, VersionActionInput } from './catalogue-input.ts';
import { getProcedure, listAgencyIds, parseRecord } from './load-procedure.ts';
import { refreshProcedureProjection } from './refresh-projection.ts';

/**
 * Moves a version along its lifecycle (core/catalogue/version-lifecycle.ts): submit for review,
 * return with a reason, approve (by someone other than who submitted it), publish by decision,
 * or discard a draft. Every step is audited.
 */
export async function transitionVersion(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  versionNo: number,
  input: VersionActionInput,
) {
  return inTransaction(ctx, async (trx) => {
    const now = ctx.clock.now();
    const procedure = await getProcedure(trx, principal, code);
    const version = await findVersionByNo(trx, procedure.id, versionNo);
    if (!version)
      throw new DomainError('NOT_FOUND', `Thủ tục ${code} không có phiên bản ${versionNo}.`);
    const status = version.status as VersionStatus;
    assertVersionAction(status, input.action);
    switch (input.action) {
      case 'submit':
        requireEdit(principal, await listAgencyIds(trx, procedure.id));
        await move(trx, version, 'under_review', {
          submittedAt: now,
          submittedBy: principal.userId,
          reviewNote: null,
        });
        break;
      case 'return':
        requireProvinceScope(principal, 'catalogue.review');
        await move(trx, version, 'draft', {
          reviewedAt: now,
          reviewedBy: principal.userId,
          reviewNote: input.note,
        });
        break;
      case 'approve':
        requireProvinceScope(principal, 'catalogue.review');
        if (version.submittedBy === principal.userId) {
          throw new DomainError(
            'RULE_VIOLATED',
            'Người gửi kiểm soát không tự duyệt phiên bản của mình (hai người kiểm tra).',
            {
              rule: 'four_eyes',
            },
          );
        }
        await move(trx, version, versionActionTarget.approve, {
          reviewedAt: now,
          reviewedBy: principal.userId,
          reviewNote: input.note ?? null,
        });
        break;
      case 'publish':
        requireProvinceScope(principal, 'catalogue.publish');
        await publish(trx, principal, procedure, version, input, now);
        break;
      case 'discard':
        requireEdit(principal, await listAgencyIds(trx, procedure.id));
        await deleteDraftVersion(trx, version.id);
        if (version.versionNo === 1) await deleteNeverPublished(trx, procedure.id);
        break;
    }
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: `procedure.version_${input.action}`,
      targetType: 'procedure',
      targetId: code,
      details: { versionNo, from: status, ...input },
    });
    return { code, versionNo, action: input.action };
  });
}

async function move(
  trx: Trx,
  version: ProcedureVersionRow,
  to: VersionStatus,
  changes: Parameters<typeof updateVersion>[3],
) {
  const updated = await updateVersion(trx, version.id, version.status, { ...changes, status: to });
  if (!updated)
    throw new DomainError('CONFLICT', 'Phiên bản vừa được người khác cập nhật. Tải lại trang.');
}

async function publish(
  trx: Trx,
  principal: Principal,
  procedure: ProcedureRow,
  version: ProcedureVersionRow,
  input: PublishInput,
  now: Date,
) {
  const effectiveFrom = new Date(input.effectiveFrom);
  if (effectiveFrom.getTime() < now.getTime() - 60_000) {
    throw new DomainError(
      'RULE_VIOLATED',
      'Thời điểm hiệu lực không được sớm hơn thời điểm công bố.',
      {
        field: 'effectiveFrom',
        rule: 'no_retroactive_publication',
      },
    );
  }
  if (input.decisionDate > input.effectiveFrom.slice(0, 10)) {
    throw new DomainError('RULE_VIOLATED', 'Ngày quyết định công bố phải trước ngày hiệu lực.', {
      field: 'decisionDate',
    });
  }
  const missing = findMissingComponents(parseRecord(version));
  if (missing.length > 0 && version.changeKind !== 'abolished') {
    throw new DomainError(
      'RULE_VIOLATED',
      `Chưa đủ thành phần bắt buộc để công bố: ${missing.join(', ')}.`,
      {
        rule: 'complete_publication',
        missing,
      },
    );
  }
  if (input.decisionFileId) {
    const file = await trx
      .selectFrom('files')
      .select(['id', 'tenantId'])
      .where('id', '=', input.decisionFileId)
      .executeTakeFirst();
    if (!file || file.tenantId !== principal.tenantId)
      throw new DomainError('NOT_FOUND', 'Không có tệp quyết định này.', {
        field: 'decisionFileId',
      });
  }
  const status = version.changeKind === 'abolished' ? 'abolished' : 'published';
  await move(trx, version, status, {
    decisionNumber: input.decisionNumber,
    decisionDate: input.decisionDate,
    decisionSigner: input.decisionSigner,
    decisionFileId: input.decisionFileId ?? null,
    legalEffectiveOn: input.legalEffectiveOn ?? version.legalEffectiveOn,
    effectiveFrom,
    effectiveTo: null,
    publishedAt: now,
    publishedBy: principal.userId,
  });
  // The version it replaces stays in force until this one takes effect (a dossier received
  // before keeps the old version forever).
  await supersedePublished(trx, procedure.id, version.id, effectiveFrom);
  await refreshProcedureProjection(trx, procedure.id, now);
  if (effectiveFrom > now) {
    await trx
      .insertInto('jobs')
      .values({
        id: newId(),
        tenantId: principal.tenantId,
        kind: 'catalogue.activate_version',
        payload: JSON.stringify({ procedureId: procedure.id, versionId: version.id }),
        runAt: effectiveFrom,
        dedupeKey: `activate:${version.id}`,
      })
      .execute();
  }
}

async function deleteNeverPublished(trx: Trx, procedureId: string) {
  const others = await trx
    .selectFrom('procedureVersions')
    .select('id')
    .where('procedureId', '=', procedureId)
    .executeTakeFirst();
  if (others) return;
  await trx.deleteFrom('procedureAgencies').where('procedureId', '=', procedureId).execute();
  await trx.deleteFrom('internalProcesses').where('procedureId', '=', procedureId).execute();
  await trx.deleteFrom('procedures').where('id', '=', procedureId).execute();
}
