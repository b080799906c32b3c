import { formatInstant } from '../../core/calendar/index.ts';
import type { ActionInput } from '../../core/dossiers/action-inputs.ts';
import { checkReturnDetails, type ReturnDetails } from '../../core/results/return-details.ts';
import type { Executor } from '../../db/database.ts';
import { findFileRow, listResultFileIds } from '../../db/repositories/results.ts';
import type { DossierRow } from '../../db/schema.ts';

type ReturnInput = Extract<ActionInput, { type: 'return_result' }>;

/**
 * The checks of a return that need the database (Decree 118/2025 Art. 22), called while the
 * return_result payload is built (action-payloads.ts): the collector against the applicant, the
 * signature file, a result file for an electronic return. Returns what the action log keeps.
 */
export async function buildReturnDetails(
  db: Executor,
  dossier: DossierRow,
  input: ReturnInput,
  now: Date,
): Promise<ReturnDetails> {
  const signature = input.signatureFileId
    ? await findFileRow(db, input.signatureFileId)
    : undefined;
  return checkReturnDetails(input, {
    applicantName: dossier.applicantName,
    applicantIdNumber: dossier.applicantIdNumber,
    resultFileIds: input.method === 'electronic' ? await listResultFileIds(db, dossier.id) : [],
    signatureFileValid: input.signatureFileId
      ? signature?.purpose === 'return_signature' && signature.tenantId === dossier.tenantId
      : null,
    today: formatInstant(now.getTime()).slice(0, 10),
  });
}
