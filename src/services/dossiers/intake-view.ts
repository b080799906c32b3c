import { formatInstant } from '../../core/calendar/index.ts';
import type { DossierState } from '../../core/dossiers/state.ts';
import type { DossierDocumentWithFile } from '../../db/repositories/dossier-documents.ts';
import type { DossierRow } from '../../db/schema.ts';
import {
  appliesToCase,
  findMissingRequirements,
  type Requirement,
} from './document-requirements.ts';

/**
 * Whether the intake may still be corrected, and why not: only before the first processing step
 * — the dossier received at a counter or by post and nothing done since (its log holds only the
 * reception). Later changes go through the workflow (supplements, Decree 118/2025 Art. 19).
 */
export function explainCorrectable(dossier: DossierRow, state: DossierState): string | null {
  if (!['counter', 'postal'].includes(dossier.submissionSource))
    return 'Chỉ sửa được hồ sơ tiếp nhận tại quầy hoặc qua bưu chính.';
  if (state.status !== 'received' || state.version !== 0) {
    return 'Hồ sơ đã chuyển sang bước xử lý; không sửa thông tin tiếp nhận được nữa. Nếu hồ sơ thiếu, dùng yêu cầu bổ sung.';
  }
  return null;
}

export function presentDocument(d: DossierDocumentWithFile, dossierCode: string) {
  return {
    id: d.id,
    requirementNo: d.requirementNo,
    name: d.name,
    form: d.form,
    quantity: d.quantity,
    source: d.source,
    supplementRound: d.supplementRound,
    file: d.fileId
      ? {
          id: d.fileId,
          fileName: d.fileName,
          mimeType: d.mimeType,
          size: d.sizeBytes === null ? null : Number(d.sizeBytes),
          url: `/api/v1/dossiers/${encodeURIComponent(dossierCode)}/documents/${d.id}/file`,
        }
      : null,
    addedAt: formatInstant(d.addedAt.getTime()),
    addedBy: d.addedBy,
    addedByName: d.addedByName,
    removedAt: d.removedAt ? formatInstant(d.removedAt.getTime()) : null,
  };
}
export type DocumentView = ReturnType<typeof presentDocument>;

/**
 * The intake as the counter and the dossier page show it: how it came in, how the result goes
 * back, the fees due, the version-bound checklist with what was provided, and whether it can
 * still be corrected.
 */
export function presentIntake(
  dossier: DossierRow,
  state: DossierState,
  requirements: Requirement[],
  documents: DossierDocumentWithFile[],
) {
  const views = documents.map((d) => presentDocument(d, dossier.code));
  const current = views.filter((d) => d.removedAt === null);
  const provided = new Set(current.map((d) => d.requirementNo).filter((n) => n !== null));
  const notCorrectable = explainCorrectable(dossier, state);
  return {
    code: dossier.code,
    version: dossier.version,
    procedureVersionId: dossier.procedureVersionId,
    caseName: dossier.caseName,
    submissionSource: dossier.submissionSource,
    ticketId: dossier.ticketId,
    deliveryMethod: dossier.deliveryMethod,
    deliveryAddress: dossier.deliveryAddress,
    setsCount: dossier.setsCount,
    feeTotal: Number(dossier.feeTotal),
    feePaid: Number(dossier.feePaid),
    requirements: requirements
      .filter((r) => appliesToCase(r, dossier.caseName))
      .map((r) => ({ ...r, documents: current.filter((d) => d.requirementNo === r.no) })),
    /** Every line of the version, whatever the case: a correction may change the case. */
    versionRequirements: requirements,
    extras: current.filter((d) => d.requirementNo === null),
    missing:
      documents.length === 0
        ? []
        : findMissingRequirements(requirements, dossier.caseName, provided),
    documents: views,
    correctable: notCorrectable === null,
    notCorrectableReason: notCorrectable,
  };
}
export type IntakeView = ReturnType<typeof presentIntake>;
