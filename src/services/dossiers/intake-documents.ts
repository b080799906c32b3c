import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import {
  findAttachableFiles,
  type NewDossierDocument,
} from '../../db/repositories/dossier-documents.ts';
import {
  appliesToCase,
  defaultForm,
  findMissingRequirements,
  type Requirement,
} from './document-requirements.ts';
import type { DocumentForm, ExtraDocument, ProvidedDocument } from './receive-input.ts';

/** A document about to be written: a checklist line (requirementNo) or an extra paper. */
export interface DocumentDraft {
  requirementNo: number | null;
  name: string;
  form: DocumentForm;
  quantity: number;
  fileId: string | null;
}

export const dossierDocumentPurpose = 'dossier_document';
const shorten = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

/**
 * The checklist ticked at the counter, checked against the version's document list for the case:
 * each line known and applicable, none ticked twice, and nothing required missing — an incomplete
 * dossier is not received (Decree 118/2025 Art. 17.1); the 422 names every missing document so
 * the counter can print the guidance (form 02).
 */
export function buildChecklist(
  requirements: Requirement[],
  caseName: string | null,
  /** Undefined: the caller records no checklist (older integrations); nothing is enforced. */
  documents: ProvidedDocument[] | undefined,
  extras: ExtraDocument[],
): DocumentDraft[] {
  const seen = new Set<number>();
  const drafts: DocumentDraft[] = [];
  for (const [index, doc] of (documents ?? []).entries()) {
    const line = requirements.find((r) => r.no === doc.requirementNo);
    if (!line || !appliesToCase(line, caseName)) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Thành phần hồ sơ số ${doc.requirementNo} không có trong danh mục của thủ tục${caseName ? ` cho trường hợp "${caseName}"` : ''}.`,
        {
          fields: [
            {
              field: `documents.${index}.requirementNo`,
              message: 'Không có trong danh mục giấy tờ',
            },
          ],
        },
      );
    }
    if (seen.has(line.no)) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Thành phần hồ sơ "${shorten(line.name)}" được đánh dấu hai lần.`,
        { fields: [{ field: `documents.${index}.requirementNo`, message: 'Đánh dấu hai lần' }] },
      );
    }
    seen.add(line.no);
    drafts.push({
      requirementNo: line.no,
      name: line.name,
      form: doc.form ?? defaultForm(line),
      quantity: doc.quantity,
      fileId: doc.fileId ?? null,
    });
  }
  const missing = documents ? findMissingRequirements(requirements, caseName, seen) : [];
  if (missing.length > 0) {
    throw new DomainError(
      'RULE_VIOLATED',
      `Hồ sơ chưa đủ thành phần nên chưa được tiếp nhận (Nghị định 118/2025, Điều 17.1). Còn thiếu: ${missing
        .map((m, i) => `${i + 1}) ${shorten(m.name)}`)
        .join('; ')}. Hướng dẫn người nộp bổ sung (mẫu 02).`,
      { rule: 'dossier_complete', article: 'Nghị định 118/2025/NĐ-CP, Điều 17.1', missing },
    );
  }
  for (const extra of extras) {
    drafts.push({
      requirementNo: null,
      name: extra.name.normalize('NFC'),
      form: extra.form,
      quantity: extra.quantity,
      fileId: extra.fileId ?? null,
    });
  }
  return drafts;
}

/**
 * Scans may be attached only by the officer who uploaded them, as dossier documents, to one
 * dossier: a guessed file id cannot pull someone else's upload into a dossier.
 */
export async function checkAttachableFiles(
  db: Executor,
  principal: Principal,
  dossierId: string | null,
  fileIds: Array<string | null>,
): Promise<void> {
  const ids = [...new Set(fileIds.filter((id): id is string => id !== null))];
  if (fileIds.filter((id) => id !== null).length !== ids.length) {
    throw new DomainError('VALIDATION_FAILED', 'Một tệp quét được gắn cho hai giấy tờ.', {
      field: 'fileId',
    });
  }
  const files = await findAttachableFiles(db, ids);
  for (const id of ids) {
    const file = files.find((f) => f.id === id);
    const usable =
      file &&
      file.tenantId === principal.tenantId &&
      file.purpose === dossierDocumentPurpose &&
      file.uploadedBy === principal.userId;
    if (!usable) {
      throw new DomainError(
        'NOT_FOUND',
        'Không có tệp quét này (tệp phải do chính bạn tải lên cho hồ sơ).',
        { field: 'fileId', fileId: id },
      );
    }
    if (file.attachedTo && file.attachedTo !== dossierId) {
      throw new DomainError('RULE_VIOLATED', 'Tệp quét này đã được gắn vào một hồ sơ khác.', {
        field: 'fileId',
        fileId: id,
        rule: 'file_in_one_dossier',
      });
    }
  }
}

export function toDocumentRows(
  drafts: DocumentDraft[],
  base: {
    dossierId: string;
    tenantId: string;
    source: 'counter' | 'postal' | 'supplement' | 'online' | 'reused';
    supplementRound?: number | null;
    addedBy: string | null;
    at: Date;
  },
): NewDossierDocument[] {
  return drafts.map((d) => ({
    id: newId(base.at.getTime()),
    tenantId: base.tenantId,
    dossierId: base.dossierId,
    requirementNo: d.requirementNo,
    name: d.name,
    form: d.form,
    quantity: d.quantity,
    fileId: d.fileId,
    source: base.source,
    supplementRound: base.supplementRound ?? null,
    addedBy: base.addedBy,
    addedAt: base.at,
  }));
}
