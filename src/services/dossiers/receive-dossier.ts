import { formatIsoDate } from '../../core/calendar/index.ts';
import { formatDossierCode } from '../../core/dossiers/dossier-code.ts';
import { applyAction } from '../../core/dossiers/projection.ts';
import type { DossierState } from '../../core/dossiers/state.ts';
import { findTargetStep } from '../../core/dossiers/steps.ts';
import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { assessFees } from '../../core/payments/fee-schedule.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import {
  insertDossierDocuments,
  listDossierDocuments,
} from '../../db/repositories/dossier-documents.ts';
import {
  insertDossier,
  insertDossierAction,
  takeNextDossierSequence,
} from '../../db/repositories/dossiers.ts';
import type { NewDossier } from '../../db/schema.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notifyApplicantOfReception } from '../notifications/notify-applicant.ts';
import { describeRequirements } from './document-requirements.ts';
import { presentDossierDetail } from './get-dossier.ts';
import { buildChecklist, checkAttachableFiles, toDocumentRows } from './intake-documents.ts';
import { presentIntake } from './intake-view.ts';
import { planReception } from './plan-reception.ts';
import { describeWorkflow } from './present-workflow.ts';
import type { ReceiveDossierInput } from './receive-input.ts';
import { selectProcess } from './select-process.ts';
import { startRun } from './step-runs.ts';
import { mirrorColumns } from './workflow-state.ts';

export {
  planReception,
  type ReceptionPlan,
  type ReceptionTarget,
  resolveCompetentUnit,
} from './plan-reception.ts';

/**
 * Counter reception of a complete dossier (Decree 118/2025 Art. 17.1, 17.3): the dossier is bound
 * to the procedure version in force now, the checklist ticked against that version's documents
 * (an incomplete dossier is refused, naming what is missing), the handling period starts at
 * reception, the internal process is copied in and its first steps started, the system issues the
 * Art. 28 code, the fees due come from the version's fee schedule (Art. 24), and the first action
 * of the log, the documents and the scans are written — all in one transaction.
 */
export async function receiveDossier(
  ctx: ServiceContext,
  principal: Principal,
  input: ReceiveDossierInput,
) {
  return inTransaction(ctx, async (trx) => {
    const plan = await planReception(ctx, trx, principal, input);
    const { now, due, procedure, version, record, deadline, receivingUnit, competentUnit } = plan;
    if (input.procedureVersion !== undefined && input.procedureVersion !== version.versionNo) {
      throw new DomainError(
        'CONFLICT',
        `Thủ tục vừa có phiên bản mới (${version.versionNo}); danh mục giấy tờ có thể đã đổi. Xem lại rồi tiếp nhận.`,
        { field: 'procedureVersion', currentVersion: version.versionNo },
      );
    }
    const caseName = input.caseName || null;
    const requirements = describeRequirements(record);
    const drafts = buildChecklist(requirements, caseName, input.documents, input.extraDocuments);
    await checkAttachableFiles(
      trx,
      principal,
      null,
      drafts.map((d) => d.fileId),
    );
    const process = await selectProcess(
      trx,
      procedure.id,
      competentUnit.id,
      principal.tenantId,
      deadline,
    );
    const place = {
      receivingUnitId: receivingUnit.id,
      competentUnitId: competentUnit.id,
      handlingUnitId: plan.handlingUnitId,
      process: process.steps,
    };
    const runs = await firstRuns(ctx, trx, principal, place, now);
    const payload = {
      mode: 'received',
      ...place,
      deadline,
      clockStartAt: new Date(due.clockStart).toISOString(),
      dueAt: new Date(due.due).toISOString(),
      processSource: process.source,
      procedureVersionId: version.id,
      runs,
    };
    const state = applyAction(undefined, {
      type: 'receive',
      at: now.toISOString(),
      actorId: principal.userId,
      payload,
    });

    const localDate = formatIsoDate(Math.floor((now.getTime() + 7 * 3_600_000) / 86_400_000));
    const sequence = await takeNextDossierSequence(trx, plan.codeUnit.id, localDate);
    const code = formatDossierCode(plan.codeUnit.code, localDate, sequence);
    const id = newId(now.getTime());
    const mirror = mirrorColumns(state);
    const postal = input.channel === 'postal';
    const row = await insertDossierFromTicket(trx, {
      ...mirror,
      id,
      tenantId: principal.tenantId,
      code,
      procedureId: procedure.id,
      procedureVersionId: version.id,
      procedureCode: procedure.code,
      procedureName: record.name,
      caseName,
      channel: input.channel,
      status: state.status,
      nationalStatus: state.nationalStatus,
      applicantKind: input.applicant.kind,
      applicantName: input.applicant.fullName.normalize('NFC'),
      applicantIdNumber: input.applicant.idNumber.toUpperCase(),
      applicantPhone: input.applicant.phone.replace(/[ .]/g, ''),
      applicantEmail: input.applicant.email ?? null,
      applicantAddress: input.applicant.address.normalize('NFC'),
      receivingUnitId: receivingUnit.id,
      competentUnitId: competentUnit.id,
      handlingUnitId: plan.handlingUnitId,
      receivedBy: principal.userId,
      deadlineAmount: deadline.amount,
      deadlineUnit: deadline.unit,
      submittedAt: now,
      receivedAt: now,
      deadlineExplanation: JSON.stringify(due.explanation),
      visibleUnitIds: mirror.visibleUnitIds as string[],
      workflow: mirror.workflow as string,
      submissionSource: postal ? 'postal' : 'counter',
      ticketId: input.ticketId ?? null,
      deliveryMethod: input.deliveryMethod,
      deliveryAddress: input.deliveryAddress?.normalize('NFC') ?? null,
      setsCount: input.setsCount,
      // Decree 118/2025 Art. 24: the published fee schedule of the channel it came by.
      feeTotal: assessFees(record, input.channel).totalVnd,
    });
    const action = await insertDossierAction(trx, {
      id: newId(now.getTime()),
      tenantId: principal.tenantId,
      dossierId: id,
      seq: 0,
      type: 'receive',
      at: now,
      actorId: principal.userId,
      actorUnitId: receivingUnit.id,
      actorRole: 'reception',
      fromStatus: null,
      toStatus: state.status,
      dueAt: mirror.dueAt as Date | null,
      payload: JSON.stringify(payload),
    });
    const source = postal ? 'postal' : 'counter';
    await insertDossierDocuments(
      trx,
      toDocumentRows(drafts, {
        dossierId: id,
        tenantId: principal.tenantId,
        source,
        addedBy: principal.userId,
        at: now,
      }),
    );
    await notifyApplicantOfReception(ctx, trx, row, receivingUnit);
    // The answer is built from what was just written: no extra round trips while the day's
    // sequence row is locked.
    const units = new Map([receivingUnit, competentUnit, plan.handlingUnit].map((u) => [u.id, u]));
    const names = new Map([[principal.userId, principal.fullName ?? principal.username]]);
    const detail = presentDossierDetail(
      principal,
      row,
      [action],
      units,
      names,
      await describeWorkflow(ctx, trx, principal.tenantId, state),
    );
    const documents = drafts.length ? await listDossierDocuments(trx, id) : [];
    return {
      ...detail,
      intake: { ...presentIntake(row, state, requirements, documents), corrections: [] },
    };
  });
}

/**
 * Writes the dossier; a queue ticket that does not exist is refused by the foreign key of
 * `dossiers.ticket_id` (migration 0008) and answered as a clear 404, not a 500.
 */
async function insertDossierFromTicket(trx: Executor, dossier: NewDossier) {
  try {
    return await insertDossier(trx, dossier);
  } catch (error) {
    const e = error as { code?: string; constraint?: string; detail?: string };
    if (e.code === '23503' && /ticket/.test(`${e.constraint ?? ''} ${e.detail ?? ''}`)) {
      throw new DomainError('NOT_FOUND', 'Không có số thứ tự (vé xếp hàng) này.', {
        field: 'ticketId',
      });
    }
    throw error;
  }
}

/**
 * The runs started at reception: the reception step (the transfer is immediate: it ends at once),
 * then the first step at the handling unit, with its own deadline.
 */
async function firstRuns(
  ctx: ServiceContext,
  trx: Executor,
  principal: Principal,
  place: Parameters<typeof startRun>[3],
  now: Date,
) {
  const runs = [];
  const receptionIndex = place.process.findIndex((s) => s.role === 'reception');
  if (receptionIndex === 0) {
    const run = await startRun(ctx, trx, principal.tenantId, place, 0, now, principal.userId);
    runs.push({
      ...run,
      finishedAt: now.toISOString(),
      finishedBy: principal.userId,
      end: 'done' as const,
    });
  }
  const scratch = { ...place, runs } as unknown as DossierState;
  const target = findTargetStep(scratch, 'receive');
  if (target !== null)
    runs.push(await startRun(ctx, trx, principal.tenantId, place, target, now, null));
  return runs;
}
