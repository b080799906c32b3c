import { formatInstant } from '../../core/calendar/instant.ts';
import { statusInfo } from '../../core/dossiers/statuses.ts';
import { formTitles, listCitizenForms } from '../../core/forms/form-availability.ts';
import { describePublicStatus } from '../../core/lookup/public-status.ts';
import { buildPublicTimeline } from '../../core/lookup/public-timeline.ts';
import { listUnitNames } from '../../db/repositories/dossier-forms.ts';
import { findDossierByCode, listDossierActions } from '../../db/repositories/dossiers.ts';
import { listResults } from '../../db/repositories/results.ts';
import type { DossierRow } from '../../db/schema.ts';
import type { ServiceContext } from '../context.ts';
import { loadState } from '../dossiers/workflow-state.ts';
import { citizenPaymentPath } from '../payments/get-dossier-payments.ts';
import { citizenResultPath } from '../results/get-result-file.ts';
import { recordFailedCheck, requireNotLocked } from './check-attempts.ts';
import { describeDeadline, describeNeeded } from './present-lookup.ts';
import { lookupNotFound, normaliseDossierCode, verifySecondFactor } from './second-factor.ts';

const iso = (d: Date | null) => (d ? formatInstant(d.getTime()) : null);

export interface LookupInput {
  code: string;
  check: string | undefined;
}

/**
 * The dossier for whoever gave its code and the second factor; the same NOT_FOUND for an unknown
 * code and a missing or wrong factor. Wrong factors count against the code (check-attempts.ts).
 */
export async function findDossierByCheck(
  ctx: ServiceContext,
  input: LookupInput,
): Promise<DossierRow> {
  const code = normaliseDossierCode(input.code);
  const now = ctx.clock.now();
  requireNotLocked(code, now);
  const dossier = await findDossierByCode(ctx.db, code);
  if (!verifySecondFactor(dossier, input.check)) {
    if (input.check) recordFailedCheck(code, now);
    throw lookupNotFound();
  }
  return dossier!;
}

/** Where the public pages link a citizen's form (the second factor goes along). */
export const publicFormPath = (code: string, formNo: string, check: string) =>
  `/api/v1/public/dossiers/${encodeURIComponent(code)}/forms/${formNo}.pdf?check=${encodeURIComponent(check)}`;

/**
 * The public look-up (issue #5 item 5; Decree 118/2025 Art. 17.5: the applicant follows the
 * dossier by its code): status in plain words and the national status, the procedure and the
 * receiving unit, received and due instants with the deadline explained, the steps done, what is
 * needed from the citizen, the results issued and the forms addressed to them. No officer names,
 * no internal notes, and none of the applicant's personal data in the view itself; the forms and
 * results it links are the applicant's own papers and carry them (hence the second factor).
 */
export async function lookUpDossier(ctx: ServiceContext, input: LookupInput) {
  const dossier = await findDossierByCheck(ctx, input);
  const check = input.check!;
  const state = loadState(dossier);
  const [actions, units, results] = await Promise.all([
    listDossierActions(ctx.db, dossier.id),
    listUnitNames(ctx.db, [dossier.receivingUnitId, dossier.competentUnitId]),
    ['result_ready', 'returned'].includes(dossier.status) ? listResults(ctx.db, dossier.id) : [],
  ]);
  const unit = (id: string) => units.find((u) => u.id === id);
  const receiving = unit(dossier.receivingUnitId);
  const accepted = actions.find((a) => a.type === 'accept_online');
  const now = ctx.clock.now();
  const unpaid = Math.max(0, Number(dossier.feeTotal) - Number(dossier.feePaid));
  return {
    code: dossier.code,
    status: describePublicStatus(state),
    procedure: { code: dossier.procedureCode, name: dossier.procedureName },
    caseName: dossier.caseName,
    receivingUnit: {
      name: receiving?.name ?? '',
      address: receiving?.address ?? null,
      phone: receiving?.phone ?? null,
    },
    competentUnit: { name: unit(dossier.competentUnitId)?.name ?? '' },
    submittedAt: iso(dossier.submittedAt),
    receivedAt: iso(dossier.receivedAt ?? accepted?.at ?? null),
    dueAt: iso(dossier.dueAt),
    originalDueAt: iso(dossier.originalDueAt),
    returnedAt: iso(dossier.returnedAt),
    overdue:
      !!dossier.dueAt &&
      statusInfo[state.status].clockRuns &&
      now.getTime() > dossier.dueAt.getTime(),
    deadline: describeDeadline(dossier, state),
    steps: buildPublicTimeline(
      actions.map((a) => ({
        type: a.type,
        at: a.at.toISOString(),
        payload: (a.payload ?? {}) as Record<string, unknown>,
      })),
      () => null,
    ),
    needed: describeNeeded(state, {
      unpaid,
      paymentUrl: ctx.adapters.payments.isConfigured ? citizenPaymentPath(dossier.code) : null,
    }),
    fees: { total: Number(dossier.feeTotal), paid: Number(dossier.feePaid), unpaid },
    results: results.map((r) => ({
      id: r.id,
      name: r.name,
      documentNumber: r.documentNumber,
      documentCode: r.documentCode,
      issuedAt: iso(r.issuedAt),
      validFrom: r.validFrom,
      validUntil: r.validUntil,
      downloadUrl: r.fileId
        ? `${citizenResultPath(dossier.code, r.id)}?check=${encodeURIComponent(check)}`
        : null,
    })),
    forms: listCitizenForms(state).map((no) => ({
      no,
      title: formTitles[no],
      url: publicFormPath(dossier.code, no, check),
    })),
    // Decree 118/2025 Art. 33: the applicant rates the service once the result is returned.
    ratingUrl: state.status === 'returned' ? `/danh-gia/${encodeURIComponent(dossier.code)}` : null,
  };
}
export type PublicDossierView = Awaited<ReturnType<typeof lookUpDossier>>;
