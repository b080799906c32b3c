import { DomainError } from '../../core/errors.ts';
import { type Principal, requireScope } from '../../core/organisation/permissions.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import {
  type DossierDocumentWithFile,
  insertDossierDocuments,
  listDossierDocuments,
  markDossierDocumentsRemoved,
} from '../../db/repositories/dossier-documents.ts';
import { findDossierByCode, updateDossierIfVersion } from '../../db/repositories/dossiers.ts';
import type { DossierRow, DossierUpdate } from '../../db/schema.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { requireRead } from './dossier-access.ts';
import { loadIntakeView, loadRequirements } from './dossier-documents.ts';
import {
  buildChecklist,
  checkAttachableFiles,
  type DocumentDraft,
  toDocumentRows,
} from './intake-documents.ts';
import { explainCorrectable } from './intake-view.ts';
import type { CorrectIntakeInput, DocumentForm } from './receive-input.ts';
import { loadState } from './workflow-state.ts';

/**
 * Corrects an intake mistake before the first processing step (wrong phone, the wrong case, a
 * paper ticked by mistake, the delivery address): the changed columns, the checklist (rows no
 * longer right are marked removed, never deleted), the row's version bumped, and one audit event
 * with the reason and the before/after values — in one transaction. The receipt (form 01) is then
 * printed again from the corrected dossier. The workflow has no action for this (the log records
 * processing, not typing errors), so the audit trail is where the correction lives.
 */
export async function correctIntake(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  input: CorrectIntakeInput,
) {
  return inTransaction(ctx, async (trx) => {
    const dossier = requireRead(principal, await findDossierByCode(trx, code), code);
    requireScope(principal, 'dossier.receive', dossier.receivingUnitId);
    const refusal = explainCorrectable(dossier, loadState(dossier));
    if (refusal)
      throw new DomainError('ACTION_NOT_ALLOWED', refusal, { rule: 'intake_correctable' });
    if (input.expectedVersion !== undefined && input.expectedVersion !== dossier.version) {
      throw new DomainError('CONFLICT', 'Hồ sơ vừa được người khác cập nhật. Tải lại rồi sửa.', {
        currentVersion: dossier.version,
      });
    }
    const { changes, before, after } = diffColumns(dossier, input);
    const current = (await listDossierDocuments(trx, dossier.id)).filter(
      (d) => d.removedAt === null && (d.source === 'counter' || d.source === 'postal'),
    );
    const documents = await planDocuments(trx, principal, dossier, input, current);
    if (Object.keys(changes).length === 0 && !documents.changed) {
      return { changed: false, ...(await loadIntakeView(trx, dossier)) };
    }
    const now = ctx.clock.now();
    if (!(await updateDossierIfVersion(trx, dossier.id, dossier.version, changes))) {
      throw new DomainError('CONFLICT', 'Hồ sơ vừa được người khác cập nhật. Tải lại rồi sửa.');
    }
    await markDossierDocumentsRemoved(
      trx,
      dossier.id,
      documents.removed.map((d) => d.id),
      principal.userId,
      now,
    );
    await insertDossierDocuments(
      trx,
      toDocumentRows(documents.added, {
        dossierId: dossier.id,
        tenantId: dossier.tenantId,
        source: dossier.submissionSource === 'postal' ? 'postal' : 'counter',
        addedBy: principal.userId,
        at: now,
      }),
    );
    await insertAuditEvent(trx, {
      tenantId: dossier.tenantId,
      actorId: principal.userId,
      action: 'dossier.intake_corrected',
      targetType: 'dossier',
      targetId: dossier.id,
      at: now,
      details: {
        code,
        reason: input.reason,
        before,
        after,
        documentsRemoved: documents.removed.map(describeDocument),
        documentsAdded: documents.added.map(describeDocument),
        version: { from: dossier.version, to: dossier.version + 1 },
      },
    });
    const updated = (await findDossierByCode(trx, code))!;
    return { changed: true, ...(await loadIntakeView(trx, updated)) };
  });
}

const applicantColumns = {
  kind: 'applicantKind',
  fullName: 'applicantName',
  idNumber: 'applicantIdNumber',
  phone: 'applicantPhone',
  email: 'applicantEmail',
  address: 'applicantAddress',
} as const;

/** The changed columns, with the values before and after under the API's field names. */
function diffColumns(dossier: DossierRow, input: CorrectIntakeInput) {
  const wanted: Record<string, { column: keyof DossierRow; value: unknown }> = {};
  if (input.applicant) {
    const a = input.applicant;
    const normalised = {
      kind: a.kind,
      fullName: a.fullName.normalize('NFC'),
      idNumber: a.idNumber.toUpperCase(),
      phone: a.phone.replace(/[ .]/g, ''),
      email: a.email ?? null,
      address: a.address.normalize('NFC'),
    };
    for (const [field, column] of Object.entries(applicantColumns))
      wanted[`applicant.${field}`] = {
        column,
        value: normalised[field as keyof typeof normalised],
      };
  }
  if (input.caseName !== undefined)
    wanted.caseName = { column: 'caseName', value: input.caseName || null };
  if (input.setsCount !== undefined)
    wanted.setsCount = { column: 'setsCount', value: input.setsCount };
  if (input.deliveryMethod !== undefined)
    wanted.deliveryMethod = { column: 'deliveryMethod', value: input.deliveryMethod };
  if (input.deliveryAddress !== undefined)
    wanted.deliveryAddress = {
      column: 'deliveryAddress',
      value: input.deliveryAddress?.normalize('NFC') ?? null,
    };
  const changes: Record<string, unknown> = {};
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [field, { column, value }] of Object.entries(wanted)) {
    if (dossier[column] === value) continue;
    changes[column] = value;
    before[field] = dossier[column];
    after[field] = value;
  }
  const method = (changes.deliveryMethod ?? dossier.deliveryMethod) as string;
  const address = 'deliveryAddress' in changes ? changes.deliveryAddress : dossier.deliveryAddress;
  // Decree 118/2025 Art. 22: a result sent by post needs the address it goes to.
  if (method === 'postal' && !address) {
    throw new DomainError('VALIDATION_FAILED', 'Trả kết quả qua bưu chính: ghi địa chỉ nhận.', {
      fields: [{ field: 'deliveryAddress', message: 'Ghi địa chỉ nhận kết quả' }],
    });
  }
  return { changes: changes as DossierUpdate, before, after };
}

const keyOf = (d: {
  requirementNo: number | null;
  name: string;
  form: string;
  quantity: number;
  fileId: string | null;
}) => `${d.requirementNo ?? `x:${d.name}`}|${d.form}|${d.quantity}|${d.fileId ?? ''}`;

/**
 * The corrected checklist, checked as at reception (required lines for the possibly new case),
 * and what differs from the current one. Unchanged lines stay as they are.
 */
async function planDocuments(
  trx: Parameters<typeof loadRequirements>[0],
  principal: Principal,
  dossier: DossierRow,
  input: CorrectIntakeInput,
  current: DossierDocumentWithFile[],
) {
  const caseChanged = input.caseName !== undefined && (input.caseName || null) !== dossier.caseName;
  if (!input.documents && !input.extraDocuments && !caseChanged)
    return { changed: false, removed: [], added: [] as DocumentDraft[] };
  const caseName = input.caseName !== undefined ? input.caseName || null : dossier.caseName;
  const lines = current.filter((d) => d.requirementNo !== null);
  const hadChecklist = current.length > 0;
  const documents =
    input.documents ??
    (hadChecklist
      ? lines.map((d) => ({
          requirementNo: d.requirementNo!,
          form: d.form as DocumentForm,
          quantity: d.quantity,
          fileId: d.fileId ?? undefined,
        }))
      : undefined);
  const extras =
    input.extraDocuments ??
    current
      .filter((d) => d.requirementNo === null)
      .map((d) => ({
        name: d.name,
        form: d.form as DocumentForm,
        quantity: d.quantity,
        fileId: d.fileId ?? undefined,
      }));
  const requirements = await loadRequirements(trx, dossier);
  const drafts = buildChecklist(requirements, caseName, documents, extras);
  await checkAttachableFiles(
    trx,
    principal,
    dossier.id,
    drafts.map((d) => d.fileId),
  );
  const remaining = current.map((d) => keyOf(d));
  const added: DocumentDraft[] = [];
  for (const draft of drafts) {
    const at = remaining.indexOf(keyOf(draft));
    if (at >= 0) remaining[at] = '';
    else added.push(draft);
  }
  const removed = current.filter((_d, i) => remaining[i] !== '');
  return { changed: added.length > 0 || removed.length > 0, removed, added };
}

function describeDocument(d: {
  requirementNo: number | null;
  name: string;
  form: string;
  quantity: number;
  fileId: string | null;
}) {
  return {
    requirementNo: d.requirementNo,
    name: d.name,
    form: d.form,
    quantity: d.quantity,
    fileId: d.fileId,
  };
}
