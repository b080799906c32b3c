import {
  type ProcedureRecord,
  procedureRecordSchema,
} from '../../core/catalogue/procedure-record.ts';
import {
  listCases,
  listRequirements,
  type Requirement,
} from '../../core/citizens/draft-documents.ts';
import { DomainError } from '../../core/errors.ts';
import type { Executor } from '../../db/database.ts';
import { findDraft } from '../../db/repositories/citizen-drafts.ts';
import { findVersionById, listProcedureAgencies } from '../../db/repositories/procedures.ts';
import type { CitizenDraftRow } from '../../db/schema-citizens.ts';
import type { CitizenPrincipal } from './citizen-sessions.ts';

const collator = new Intl.Collator('vi');

export interface LoadedDraft {
  draft: CitizenDraftRow;
  record: ProcedureRecord;
  requirements: Requirement[];
  cases: string[];
  /** Agencies that may decide it (a commune procedure: every commune), sorted by name. */
  agencies: Array<{ code: string; name: string }>;
}

/**
 * A draft of the signed-in citizen with the catalogue version it was started under. Another
 * citizen's draft answers 404, exactly as one that does not exist.
 */
export async function loadDraft(
  db: Executor,
  citizen: CitizenPrincipal,
  id: string,
  options: { forUpdate?: boolean; open?: boolean } = {},
): Promise<LoadedDraft> {
  const draft = /^[0-9a-f-]{36}$/.test(id)
    ? await findDraft(db, citizen.citizenId, id, options)
    : undefined;
  if (!draft || draft.status === 'discarded')
    throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ nháp này.');
  if (options.open && draft.status !== 'draft') {
    throw new DomainError('CONFLICT', 'Hồ sơ này đã được nộp; không sửa được nữa.', {
      rule: 'draft_submitted',
    });
  }
  const version = await findVersionById(db, draft.procedureVersionId);
  if (!version)
    throw new DomainError('NOT_FOUND', 'Không tìm thấy phiên bản thủ tục của hồ sơ nháp.');
  const record = procedureRecordSchema.parse(version.record);
  const agencies = (await listProcedureAgencies(db, draft.procedureId))
    .map((a) => ({ code: a.code, name: a.name }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return {
    draft,
    record,
    requirements: listRequirements(record, draft.caseName),
    cases: listCases(record),
    agencies,
  };
}
