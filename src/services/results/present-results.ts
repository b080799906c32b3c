import { formatInstant } from '../../core/calendar/index.ts';
import type { findResult } from '../../db/repositories/results.ts';

type ResultRow = NonNullable<Awaited<ReturnType<typeof findResult>>>;

/** Officers download through the dossier; citizens through the public route with the second factor. */
export const officerResultFilePath = (code: string, resultId: string) =>
  `/api/v1/dossiers/${encodeURIComponent(code)}/results/${resultId}/file`;

export function presentResult(code: string, r: ResultRow) {
  return {
    id: r.id,
    name: r.name,
    resultTypeCode: r.resultTypeCode,
    holderIdNumber: r.holderIdNumber,
    documentCode: r.documentCode,
    documentNumber: r.documentNumber,
    summary: r.summary,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
    issuedAt: formatInstant(r.issuedAt.getTime()),
    issuedBy: r.issuedByName,
    file: r.fileId
      ? {
          id: r.fileId,
          fileName: r.fileName,
          sizeBytes: r.sizeBytes === null ? null : Number(r.sizeBytes),
          sha256: r.sha256,
          url: officerResultFilePath(code, r.id),
        }
      : null,
  };
}
export type ResultView = ReturnType<typeof presentResult>;
