import type { ActionInput } from '../../core/dossiers/action-inputs.ts';
import type { DossierState } from '../../core/dossiers/state.ts';
import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import type { Executor } from '../../db/database.ts';
import { insertDossierDocuments } from '../../db/repositories/dossier-documents.ts';
import type { DossierRow } from '../../db/schema.ts';
import { appliesToCase, defaultForm } from './document-requirements.ts';
import { loadRequirements } from './dossier-documents.ts';
import { checkAttachableFiles, type DocumentDraft, toDocumentRows } from './intake-documents.ts';

type SupplementInput = Extract<ActionInput, { type: 'supplement_received' }>;

/**
 * The papers and scans handed in with a supplement (`supplement_received` with `attachments`),
 * recorded as the dossier's documents with source `supplement` and the round they answer
 * (Decree 118/2025 Art. 16.3, 19: the complete supplement restarts the clock). Written in the
 * action's transaction: if the action fails, no document remains.
 */
export async function recordSupplementDocuments(
  trx: Executor,
  principal: Principal,
  dossier: DossierRow,
  state: DossierState,
  input: SupplementInput,
  now: Date,
): Promise<void> {
  const attachments = input.attachments ?? [];
  if (attachments.length === 0) return;
  const requirements = await loadRequirements(trx, dossier);
  const drafts: DocumentDraft[] = attachments.map((a, index) => {
    const line =
      a.requirementNo === undefined
        ? undefined
        : requirements.find((r) => r.no === a.requirementNo);
    if (a.requirementNo !== undefined && (!line || !appliesToCase(line, dossier.caseName))) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Thành phần hồ sơ số ${a.requirementNo} không có trong danh mục của hồ sơ này.`,
        { fields: [{ field: `attachments.${index}.requirementNo`, message: 'Không có' }] },
      );
    }
    return {
      requirementNo: line?.no ?? null,
      name: line?.name ?? (a.name ?? '').normalize('NFC'),
      form: a.form ?? (line ? defaultForm(line) : 'copy'),
      quantity: a.quantity ?? 1,
      fileId: a.fileId ?? null,
    };
  });
  await checkAttachableFiles(
    trx,
    principal,
    dossier.id,
    drafts.map((d) => d.fileId),
  );
  await insertDossierDocuments(
    trx,
    toDocumentRows(drafts, {
      dossierId: dossier.id,
      tenantId: dossier.tenantId,
      source: 'supplement',
      supplementRound: state.supplements.length,
      addedBy: principal.userId,
      at: now,
    }),
  );
}
