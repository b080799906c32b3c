import { formatInstant } from '../../core/calendar/index.ts';
import { findChannelDeadline } from '../../core/catalogue/procedure-record.ts';
import { assessDraft } from '../../core/citizens/draft-documents.ts';
import { assessFees } from '../../core/payments/fee-schedule.ts';
import type { Executor } from '../../db/database.ts';
import { listUploads } from '../../db/repositories/citizen-drafts.ts';
import type { DraftApplicant } from '../../db/schema-citizens.ts';
import type { ServiceContext } from '../context.ts';
import type { CitizenPrincipal } from './citizen-sessions.ts';
import { type LoadedDraft, loadDraft } from './load-draft.ts';
import { describeApplicantProblems } from './save-draft.ts';

/**
 * A draft as the wizard shows it: the applicant, the dynamic document list of the version and
 * case with the files attached to each, the result delivery, the online deadline and fees, and
 * what still stops submission.
 */
export async function getDraft(ctx: ServiceContext, citizen: CitizenPrincipal, id: string) {
  return presentDraft(ctx.db, await loadDraft(ctx.db, citizen, id));
}

export async function presentDraft(db: Executor, loaded: LoadedDraft) {
  const { draft, record, requirements, agencies } = loaded;
  const uploads = await listUploads(db, { draftId: draft.id });
  const applicant = draft.applicant as DraftApplicant;
  const problems = describeApplicantProblems(applicant);
  const needsCompetentUnit = agencies.length > 1;
  const readiness = assessDraft({
    applicantProblems: Object.values(problems),
    deliveryMethod: draft.deliveryMethod,
    deliveryAddress: draft.deliveryAddress,
    needsCompetentUnit,
    competentUnitCode: draft.competentUnitCode,
    requirements,
    uploadedRequirementNos: uploads.map((u) => u.requirementNo),
  });
  const fees = assessFees(record, 'online');
  return {
    id: draft.id,
    status: draft.status,
    step: draft.step,
    procedure: {
      code: draft.procedureCode,
      name: draft.procedureName,
      versionId: draft.procedureVersionId,
      deadline: findChannelDeadline(record, 'online') ?? null,
      fees: { totalVnd: fees.totalVnd, lines: fees.lines, text: fees.text, free: fees.free },
    },
    applicant,
    applicantProblems: problems,
    cases: loaded.cases,
    caseName: draft.caseName,
    agencies: needsCompetentUnit ? agencies : [],
    competentUnitCode:
      draft.competentUnitCode ?? (agencies.length === 1 ? agencies[0]!.code : null),
    documents: requirements.map((r) => ({
      ...r,
      files: uploads
        .filter((u) => u.requirementNo === r.no)
        .map((u) => ({ id: u.id, fileName: u.fileName, mimeType: u.mimeType, size: u.sizeBytes })),
    })),
    deliveryMethod: draft.deliveryMethod,
    deliveryAddress: draft.deliveryAddress,
    blocking: readiness.blocking,
    missingDocuments: readiness.missingDocuments.map((r) => r.name),
    updatedAt: formatInstant(draft.updatedAt.getTime()),
  };
}
export type DraftView = Awaited<ReturnType<typeof presentDraft>>;
