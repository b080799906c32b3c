import { findMissingComponents } from '../../core/catalogue/completeness.ts';
import { diffRecords } from '../../core/catalogue/record-diff.ts';
import {
  type VersionStatus,
  versionStatusLabels,
  versionTransitions,
} from '../../core/catalogue/version-lifecycle.ts';
import { DomainError } from '../../core/errors.ts';
import { type Principal, requireScope } from '../../core/organisation/permissions.ts';
import {
  findVersionByNo,
  listVersionFiles,
  listVersions,
} from '../../db/repositories/catalogue.ts';
import { listProcedureAgencies } from '../../db/repositories/procedures.ts';
import type { ProcedureVersionRow } from '../../db/schema.ts';
import type { ServiceContext } from '../context.ts';
import { canEdit } from './catalogue-access.ts';
import { getProcedure, parseRecord } from './load-procedure.ts';
import { measureVersion } from './measure-publication.ts';

function presentVersion(v: ProcedureVersionRow) {
  return {
    versionNo: v.versionNo,
    status: v.status,
    statusLabel: versionStatusLabels[v.status as VersionStatus] ?? v.status,
    changeKind: v.changeKind,
    effectiveFrom: v.effectiveFrom?.toISOString() ?? null,
    effectiveTo: v.effectiveTo?.toISOString() ?? null,
    decisionNumber: v.decisionNumber,
    decisionDate: v.decisionDate,
    decisionSigner: v.decisionSigner,
    decisionFileId: v.decisionFileId,
    legalEffectiveOn: v.legalEffectiveOn,
    publishedAt: v.publishedAt?.toISOString() ?? null,
    submittedAt: v.submittedAt?.toISOString() ?? null,
    // The reviewer must be someone else (four eyes): the app offers "Duyệt" to others only.
    submittedBy: v.submittedBy,
    reviewedAt: v.reviewedAt?.toISOString() ?? null,
    reviewNote: v.reviewNote,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

/** A procedure for catalogue officers: every version, the agencies, and what the caller may do. */
export async function getCatalogueProcedure(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
) {
  requireScope(principal, 'catalogue.read');
  const procedure = await getProcedure(ctx.db, principal, code);
  const [versions, agencies] = await Promise.all([
    listVersions(ctx.db, procedure.id),
    listProcedureAgencies(ctx.db, procedure.id),
  ]);
  const editable = canEdit(
    principal,
    agencies.map((a) => a.unitId),
  );
  return {
    code: procedure.code,
    name: procedure.name,
    field: procedure.field,
    lifecycle: procedure.lifecycle,
    isFictional: procedure.isFictional,
    reviewDueOn: procedure.reviewDueOn,
    agencies: agencies.map((a) => ({
      code: a.code,
      name: a.name,
      handlingCode: a.handlingCode,
      handlingName: a.handlingName,
    })),
    canEdit: editable,
    versions: await Promise.all(
      versions.map(async (v) => ({
        ...presentVersion(v),
        allowedActions: versionTransitions[v.status as VersionStatus] ?? [],
        measures: await measureVersion(ctx, procedure.tenantId, v),
      })),
    ),
  };
}

/** One version's full record, its forms and missing components. */
export async function getCatalogueVersion(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  versionNo: number,
) {
  requireScope(principal, 'catalogue.read');
  const procedure = await getProcedure(ctx.db, principal, code);
  const version = await findVersionByNo(ctx.db, procedure.id, versionNo);
  if (!version)
    throw new DomainError('NOT_FOUND', `Thủ tục ${code} không có phiên bản ${versionNo}.`);
  const record = parseRecord(version);
  return {
    ...presentVersion(version),
    allowedActions: versionTransitions[version.status as VersionStatus] ?? [],
    record,
    missingComponents: findMissingComponents(record),
    forms: (await listVersionFiles(ctx.db, version.id)).map((f) => ({
      name: f.formName,
      fileId: f.id,
      fileName: f.fileName,
      size: f.sizeBytes,
    })),
  };
}

/** Two versions side by side: both records and the changed paths. */
export async function compareVersions(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  a: number,
  b: number,
) {
  const [left, right] = await Promise.all([
    getCatalogueVersion(ctx, principal, code, a),
    getCatalogueVersion(ctx, principal, code, b),
  ]);
  return { left, right, changes: diffRecords(left.record, right.record) };
}
