import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import type { Executor } from '../../db/database.ts';
import { findDossierByCode } from '../../db/repositories/dossiers.ts';
import { findResult, listResults } from '../../db/repositories/results.ts';
import type { DossierRow } from '../../db/schema.ts';
import type { ServiceContext } from '../context.ts';
import { requireRead } from '../dossiers/dossier-access.ts';
import { findDossierForCitizen } from './citizen-access.ts';

export interface ResultFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  documentCode: string;
}

async function readResultFile(
  ctx: ServiceContext,
  db: Executor,
  dossier: DossierRow,
  resultId: string,
): Promise<ResultFile> {
  const result = /^[0-9a-f-]{36}$/i.test(resultId)
    ? await findResult(db, dossier.id, resultId)
    : undefined;
  if (!result?.fileId || !result.sha256)
    throw new DomainError('NOT_FOUND', 'Không có tệp kết quả này.');
  return {
    fileName: result.fileName ?? `${result.documentCode}.pdf`,
    mimeType: result.mimeType ?? 'application/pdf',
    bytes: ctx.files.get(result.sha256),
    documentCode: result.documentCode,
  };
}

/** An officer who may see the dossier downloads its result file. */
export async function getResultFileForOfficer(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  resultId: string,
): Promise<ResultFile> {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  return readResultFile(ctx, ctx.db, dossier, resultId);
}

/**
 * The citizen downloads an electronic result after the second factor (Decree 118/2025 Art. 22):
 * the dossier code plus the last 4 digits of the phone or the identity number. A wrong factor
 * and an unknown code get the same NOT_FOUND. For the public look-up page (issue #5 item 5):
 * `GET /api/v1/public/dossiers/{code}/results/{resultId}?check=…` serves it; `listResultsForCitizen`
 * lists what may be downloaded.
 */
export async function getResultFileForCitizen(
  ctx: ServiceContext,
  input: { code: string; check: string; resultId: string },
): Promise<ResultFile> {
  const dossier = await findDossierForCitizen(ctx.db, input.code, input.check, ctx.clock.now());
  if (!citizenVisibleStatuses.has(dossier.status))
    throw new DomainError('NOT_FOUND', 'Kết quả chưa được trả; chưa tải được.');
  return readResultFile(ctx, ctx.db, dossier, input.resultId);
}

/** A result reaches the citizen once it is ready to return (before that it is still being issued). */
const citizenVisibleStatuses = new Set(['result_ready', 'returned']);

/** Where the citizen downloads one result (append `?check=` with the second factor). */
export const citizenResultPath = (code: string, resultId: string) =>
  `/api/v1/public/dossiers/${encodeURIComponent(code)}/results/${resultId}`;

/** The results a citizen may download, for the look-up page (after the second factor). */
export async function listResultsForCitizen(
  ctx: ServiceContext,
  input: { code: string; check: string },
) {
  const dossier = await findDossierForCitizen(ctx.db, input.code, input.check, ctx.clock.now());
  if (!citizenVisibleStatuses.has(dossier.status)) return { code: dossier.code, results: [] };
  const rows = await listResults(ctx.db, dossier.id);
  return {
    code: dossier.code,
    results: rows
      .filter((r) => r.fileId)
      .map((r) => ({
        id: r.id,
        name: r.name,
        documentCode: r.documentCode,
        documentNumber: r.documentNumber,
        validFrom: r.validFrom,
        validUntil: r.validUntil,
        downloadPath: citizenResultPath(dossier.code, r.id),
      })),
  };
}
