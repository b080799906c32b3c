import { computeDue, formatIsoDate } from '../../core/calendar/index.ts';
import {
  findChannelDeadline,
  procedureRecordSchema,
} from '../../core/catalogue/procedure-record.ts';
import type { DeliveryMethod } from '../../core/citizens/draft-documents.ts';
import { formatDossierCode } from '../../core/dossiers/dossier-code.ts';
import { applyAction } from '../../core/dossiers/projection.ts';
import { DomainError } from '../../core/errors.ts';
import { assessFees } from '../../core/payments/fee-schedule.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { insertDossierDocuments } from '../../db/repositories/citizen-drafts.ts';
import {
  insertDossier,
  insertDossierAction,
  takeNextDossierSequence,
} from '../../db/repositories/dossiers.ts';
import { findProcedureByCode, findVersionInForce } from '../../db/repositories/procedures.ts';
import { findUnitById } from '../../db/repositories/units.ts';
import type { UnitRow } from '../../db/schema.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notifyApplicantOfReception } from '../notifications/notify-applicant.ts';
import { resolveCompetentUnit } from './receive-dossier.ts';
import type { ReceiveDossierInput } from './receive-input.ts';
import { selectProcess } from './select-process.ts';
import { mirrorColumns } from './workflow-state.ts';

/** Online acknowledgement window (Decree 118/2025 Art. 17.2): accept or ask within 8 working hours. */
export const onlineAcknowledgeWorkingHours = 8;

export interface OnlineSubmission {
  tenantId: string;
  procedureCode: string;
  applicant: ReceiveDossierInput['applicant'];
  competentUnitCode?: string;
  caseName?: string | null;
  /** Who submitted: a citizen account, the national portal, or an officer assisting a citizen. */
  source: { kind: 'citizen' | 'dvcqg' | 'assisted'; reference?: string };
  /** The citizen account it came from (self-service, or the citizen an officer assisted). */
  citizenId?: string | null;
  /** How the result goes back (Decree 118/2025 Art. 22); in person when not chosen. */
  deliveryMethod?: DeliveryMethod;
  deliveryAddress?: string | null;
  /** The uploaded files, each answering a requirement of the version (1-based) or none. */
  documents?: ReadonlyArray<{ requirementNo: number | null; name: string; fileId: string }>;
  /** Refuse when the version in force is no longer the one the citizen filled the draft for. */
  expectedVersionId?: string;
}

/**
 * An online submission (Decree 118/2025 Art. 17.2) enters as "submitted" (national status 1): no
 * handling clock yet — it starts when the one-stop unit accepts the dossier — but an 8-working-
 * hour deadline for acceptance or a supplement request, on the receiving unit's calendar.
 */
export async function submitOnline(
  ctx: ServiceContext,
  input: OnlineSubmission,
): Promise<{ id: string; code: string; receptionDueAt: string; feeTotal: number }> {
  return inTransaction(ctx, async (trx) => {
    const now = ctx.clock.now();
    const procedure = await findProcedureByCode(trx, input.tenantId, input.procedureCode);
    const version = procedure ? await findVersionInForce(trx, procedure.id, now) : undefined;
    if (!procedure || !version || version.status === 'abolished') {
      throw new DomainError(
        'NOT_FOUND',
        `Không có thủ tục đang hiệu lực mã ${input.procedureCode}.`,
        { field: 'procedureCode' },
      );
    }
    if (input.expectedVersionId && input.expectedVersionId !== version.id) {
      throw new DomainError(
        'CONFLICT',
        'Thủ tục vừa được cập nhật (phiên bản mới có hiệu lực). Kiểm tra lại danh sách giấy tờ rồi nộp lại.',
        { rule: 'procedure_version_changed', versionId: version.id },
      );
    }
    const record = procedureRecordSchema.parse(version.record);
    const deadline = findChannelDeadline(record, 'online');
    if (!deadline) {
      throw new DomainError('RULE_VIOLATED', 'Thủ tục này không nhận hồ sơ trực tuyến.', {
        rule: 'channel_offered',
        field: 'procedureCode',
      });
    }
    const competent = await resolveCompetentUnit(
      trx,
      procedure.id,
      input.tenantId,
      input.competentUnitCode,
    );
    const competentUnit = (await findUnitById(trx, competent.unitId))!;
    const receivingUnit = await onlineReceivingUnit(trx, competentUnit, input.tenantId);
    const receivingCalendar = await ctx.calendars.forUnit(trx, input.tenantId, receivingUnit.id);
    const receptionDue = computeDue(receivingCalendar, {
      start: now.getTime(),
      amount: onlineAcknowledgeWorkingHours,
      unit: 'working_hours',
    });
    const process = await selectProcess(
      trx,
      procedure.id,
      competentUnit.id,
      input.tenantId,
      deadline,
    );
    const handlingUnitId = competent.handlingUnitId ?? competent.unitId;
    const payload = {
      mode: 'submitted',
      receivingUnitId: receivingUnit.id,
      competentUnitId: competentUnit.id,
      handlingUnitId,
      process: process.steps,
      processSource: process.source,
      deadline,
      receptionDueAt: new Date(receptionDue.due).toISOString(),
      procedureVersionId: version.id,
      source: input.source,
      runs: [],
    };
    const state = applyAction(undefined, {
      type: 'receive',
      at: now.toISOString(),
      actorId: null,
      payload,
    });
    const localDate = formatIsoDate(Math.floor((now.getTime() + 7 * 3_600_000) / 86_400_000));
    const codeUnit = record.interAgency ? receivingUnit : competentUnit;
    const code = formatDossierCode(
      codeUnit.code,
      localDate,
      await takeNextDossierSequence(trx, codeUnit.id, localDate),
    );
    const id = newId(now.getTime());
    const mirror = mirrorColumns(state);
    await insertDossier(trx, {
      ...mirror,
      id,
      tenantId: input.tenantId,
      code,
      procedureId: procedure.id,
      procedureVersionId: version.id,
      procedureCode: procedure.code,
      procedureName: record.name,
      caseName: input.caseName ?? null,
      channel: 'online',
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
      handlingUnitId,
      receivedBy: null,
      deadlineAmount: deadline.amount,
      deadlineUnit: deadline.unit,
      submittedAt: now,
      receivedAt: null,
      deadlineExplanation: JSON.stringify(receptionDue.explanation),
      visibleUnitIds: mirror.visibleUnitIds as string[],
      workflow: mirror.workflow as string,
      // Assisted submissions are counted apart from self-service (DESIGN "What users tell us").
      submissionSource: input.source.kind,
      citizenId: input.citizenId ?? null,
      deliveryMethod: input.deliveryMethod ?? 'in_person',
      deliveryAddress:
        input.deliveryMethod === 'postal'
          ? (input.deliveryAddress?.normalize('NFC') ?? null)
          : null,
      feeTotal: assessFees(record, 'online').totalVnd,
    });
    await insertDossierDocuments(
      trx,
      (input.documents ?? []).map((d) => ({
        id: newId(now.getTime()),
        tenantId: input.tenantId,
        dossierId: id,
        requirementNo: d.requirementNo,
        name: d.name,
        form: 'electronic',
        fileId: d.fileId,
        source: 'online',
        addedAt: now,
      })),
    );
    await insertDossierAction(trx, {
      id: newId(now.getTime()),
      tenantId: input.tenantId,
      dossierId: id,
      seq: 0,
      type: 'receive',
      at: now,
      actorId: null,
      actorUnitId: null,
      actorRole: input.source.kind,
      fromStatus: null,
      toStatus: state.status,
      dueAt: null,
      payload: JSON.stringify(payload),
    });
    await notifyApplicantOfReception(ctx, trx, id);
    return {
      id,
      code,
      receptionDueAt: payload.receptionDueAt,
      feeTotal: assessFees(record, 'online').totalVnd,
    };
  });
}

/** Online dossiers go to the one-stop unit of the competent agency's level: commune or province. */
async function onlineReceivingUnit(
  db: Executor,
  competentUnit: UnitRow,
  tenantId: string,
): Promise<UnitRow> {
  if (competentUnit.kind === 'commune') {
    const centre = await db
      .selectFrom('units')
      .selectAll()
      .where('parentId', '=', competentUnit.id)
      .where('kind', '=', 'commune_centre')
      .executeTakeFirst();
    if (centre) return centre;
  }
  const provincial = await db
    .selectFrom('units')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('kind', '=', 'service_centre')
    .orderBy('code')
    .executeTakeFirst();
  if (!provincial)
    throw new DomainError(
      'SERVICE_UNAVAILABLE',
      'Tỉnh chưa có Trung tâm Phục vụ hành chính công để nhận hồ sơ trực tuyến.',
    );
  return provincial;
}
