import { formatInstant } from '../../core/calendar/index.ts';
import { procedureRecordSchema } from '../../core/catalogue/procedure-record.ts';
import { maskAddress } from '../../core/notifications/addresses.ts';
import { hasScopeOn, type Principal } from '../../core/organisation/permissions.ts';
import { composeDocumentCode, listResultTypes } from '../../core/results/document-code.ts';
import { findDossierByCode } from '../../db/repositories/dossiers.ts';
import { findVersionById } from '../../db/repositories/procedures.ts';
import {
  findFileRow,
  findReturnAction,
  listDossierNotices,
  listResults,
} from '../../db/repositories/results.ts';
import type { ServiceContext } from '../context.ts';
import { requireRead } from '../dossiers/dossier-access.ts';
import { earlyReturnTemplate } from './notify-early-return.ts';
import { presentResult } from './present-results.ts';

const methodLabels: Record<string, string> = {
  in_person: 'Trực tiếp tại nơi tiếp nhận',
  postal: 'Qua dịch vụ bưu chính công ích',
  electronic: 'Bản điện tử',
};
const signatureLabels: Record<string, string> = {
  canvas: 'Ký trên bảng ký điện tử',
  paper: 'Ký nhận trên sổ giấy',
  none: 'Chưa ghi nhận chữ ký',
};

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * The result side of a dossier for the officers' page (Decree 118/2025 Art. 22): its result
 * documents with their document codes, the result types of the procedure (with the code a new
 * upload would get), how it was returned (from the return_result action) and the advance notice of
 * an early return.
 */
export async function getDossierResults(ctx: ServiceContext, principal: Principal, code: string) {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  const [rows, version, returned, notices] = await Promise.all([
    listResults(ctx.db, dossier.id),
    findVersionById(ctx.db, dossier.procedureVersionId),
    findReturnAction(ctx.db, dossier.id),
    listDossierNotices(ctx.db, dossier.id, earlyReturnTemplate),
  ]);
  const types = version ? listResultTypes(procedureRecordSchema.parse(version.record)) : [];
  const p = (returned?.payload ?? {}) as Record<string, unknown>;
  return {
    code: dossier.code,
    dueAt: dossier.dueAt ? formatInstant(dossier.dueAt.getTime()) : null,
    results: rows.map((r) => presentResult(dossier.code, r)),
    resultTypes: types.map((t) => ({
      ...t,
      documentCode: composeDocumentCode(dossier.applicantIdNumber, t.code),
    })),
    canIssue:
      ['approved', 'result_ready'].includes(dossier.status) &&
      (hasScopeOn(principal, 'dossier.process', dossier.handlingUnitId) ||
        hasScopeOn(principal, 'dossier.return', dossier.receivingUnitId)),
    returned: returned
      ? {
          at: formatInstant(returned.at.getTime()),
          by: returned.actorName,
          method: str(p.method),
          methodLabel: methodLabels[str(p.method) ?? ''] ?? null,
          collectedBy: str(p.collectedBy),
          collectorIdNumber: str(p.collectorIdNumber),
          collectorIsApplicant:
            typeof p.collectorIsApplicant === 'boolean' ? p.collectorIsApplicant : null,
          authorisationNote: str(p.authorisationNote),
          signature: str(p.signature),
          signatureLabel: signatureLabels[str(p.signature) ?? ''] ?? null,
          signatureUrl: str(p.signatureFileId)
            ? `/api/v1/dossiers/${encodeURIComponent(dossier.code)}/return-signature`
            : null,
          postalTrackingNumber: str(p.postalTrackingNumber),
          postedOn: str(p.postedOn),
          note: str(p.note),
        }
      : null,
    earlyReturnNotices: notices.map((n) => ({
      channel: n.channel,
      status: n.status,
      recipient: maskAddress(n.channel, n.recipientAddress),
      createdAt: formatInstant(n.createdAt.getTime()),
      sentAt: n.sentAt ? formatInstant(n.sentAt.getTime()) : null,
    })),
  };
}

/** The collector's signature drawn at the counter (PNG), for officers who may see the dossier. */
export async function getReturnSignature(ctx: ServiceContext, principal: Principal, code: string) {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  const returned = await findReturnAction(ctx.db, dossier.id);
  const fileId = str((returned?.payload as Record<string, unknown> | undefined)?.signatureFileId);
  const file = fileId ? await findFileRow(ctx.db, fileId) : undefined;
  if (!file) return undefined;
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: ctx.files.get(file.sha256) };
}
