import { computeDue, type DueResult, formatIsoDate } from '../../core/calendar/index.ts';
import {
  type Deadline,
  findChannelDeadline,
  type ProcedureRecord,
  procedureRecordSchema,
} from '../../core/catalogue/procedure-record.ts';
import { formatDossierCode } from '../../core/dossiers/dossier-code.ts';
import { applyAction } from '../../core/dossiers/projection.ts';
import type { DossierState } from '../../core/dossiers/state.ts';
import { findTargetStep } from '../../core/dossiers/steps.ts';
import { DomainError } from '../../core/errors.ts';
import { hasScopeOn, type Principal, requireScope } from '../../core/organisation/permissions.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import {
  insertDossier,
  insertDossierAction,
  takeNextDossierSequence,
} from '../../db/repositories/dossiers.ts';
import {
  findProcedureByCode,
  findVersionInForce,
  listProcedureAgencies,
} from '../../db/repositories/procedures.ts';
import { findUnitById, isDescendant, listAncestors } from '../../db/repositories/units.ts';
import type { ProcedureRow, ProcedureVersionRow, UnitRow } from '../../db/schema.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { getUnitByCode } from '../organisation/resolve-unit.ts';
import { presentDossierDetail } from './get-dossier.ts';
import { describeWorkflow } from './present-workflow.ts';
import type { ReceiveDossierInput } from './receive-input.ts';
import { selectProcess } from './select-process.ts';
import { startRun } from './step-runs.ts';
import { mirrorColumns } from './workflow-state.ts';

const collator = new Intl.Collator('vi');

export type ReceptionTarget = Pick<
  ReceiveDossierInput,
  'procedureCode' | 'channel' | 'receivingUnitCode' | 'competentUnitCode'
>;

export interface ReceptionPlan {
  receivingUnit: UnitRow;
  competentUnit: UnitRow;
  handlingUnitId: string;
  handlingUnit: { id: string; code: string; name: string };
  codeUnit: UnitRow;
  procedure: ProcedureRow;
  version: ProcedureVersionRow;
  record: ProcedureRecord;
  deadline: Deadline;
  due: DueResult;
  now: Date;
}

/**
 * Everything reception decides before writing: receiving and competent units, the version in
 * force, the channel's deadline and the due instant with its explanation. The counter page shows
 * it before saving (POST /dossiers/preview); receiveDossier then writes it.
 */
export async function planReception(
  ctx: ServiceContext,
  trx: Executor,
  principal: Principal,
  input: ReceptionTarget,
): Promise<ReceptionPlan> {
  const now = ctx.clock.now();
  const receivingUnit = await resolveReceivingUnit(trx, principal, input.receivingUnitCode);
  const procedure = await findProcedureByCode(trx, principal.tenantId, input.procedureCode);
  if (!procedure)
    throw new DomainError('NOT_FOUND', `Không có thủ tục mã ${input.procedureCode}.`, {
      field: 'procedureCode',
    });
  const version = await findVersionInForce(trx, procedure.id, now);
  if (!version) {
    throw new DomainError(
      'RULE_VIOLATED',
      `Thủ tục ${procedure.code} chưa được công bố hoặc đã hết hiệu lực.`,
      {
        field: 'procedureCode',
        rule: 'procedure_in_force',
      },
    );
  }
  const record = procedureRecordSchema.parse(version.record);
  const deadline = findChannelDeadline(record, input.channel);
  if (!deadline) {
    throw new DomainError(
      'RULE_VIOLATED',
      'Thủ tục không áp dụng cách thức nộp này hoặc chưa có thời hạn giải quyết.',
      {
        field: 'channel',
        rule: 'channel_offered',
      },
    );
  }
  const competent = await resolveCompetentUnit(
    trx,
    procedure.id,
    receivingUnit.id,
    input.competentUnitCode,
  );
  const competentUnit = (await findUnitById(trx, competent.unitId))!;
  const calendar = await ctx.calendars.forUnit(trx, principal.tenantId, competent.unitId);
  const due = computeDue(calendar, {
    start: now.getTime(),
    amount: deadline.amount,
    unit: deadline.unit,
    explain: true,
  });
  // Decree 118/2025 Art. 28: the competent agency's identifier; for an inter-agency group the
  // receiving one-stop unit's (paper submissions).
  const codeUnit = record.interAgency ? receivingUnit : competentUnit;
  return {
    receivingUnit,
    competentUnit,
    handlingUnitId: competent.handlingUnitId ?? competent.unitId,
    handlingUnit: {
      id: competent.handlingUnitId ?? competent.unitId,
      code: competent.handlingCode ?? competentUnit.code,
      name: competent.handlingName ?? competentUnit.name,
    },
    codeUnit,
    procedure,
    version,
    record,
    deadline,
    due,
    now,
  };
}

/**
 * Counter reception of a complete dossier (Decree 118/2025 Art. 17.1, 17.3): the dossier is bound
 * to the procedure version in force now, the handling period starts at reception, the internal
 * process is copied in and its first steps started, the system issues the Art. 28 code, and the
 * first action of the log is written — all in one transaction.
 */
export async function receiveDossier(
  ctx: ServiceContext,
  principal: Principal,
  input: ReceiveDossierInput,
) {
  return inTransaction(ctx, async (trx) => {
    const plan = await planReception(ctx, trx, principal, input);
    const {
      now,
      due,
      procedure,
      version,
      record,
      deadline,
      receivingUnit,
      competentUnit,
      handlingUnitId,
    } = plan;
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
      handlingUnitId,
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
    const row = await insertDossier(trx, {
      ...mirror,
      id,
      tenantId: principal.tenantId,
      code,
      procedureId: procedure.id,
      procedureVersionId: version.id,
      procedureCode: procedure.code,
      procedureName: record.name,
      caseName: input.caseName ?? null,
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
      handlingUnitId,
      receivedBy: principal.userId,
      deadlineAmount: deadline.amount,
      deadlineUnit: deadline.unit,
      submittedAt: now,
      receivedAt: now,
      deadlineExplanation: JSON.stringify(due.explanation),
      visibleUnitIds: mirror.visibleUnitIds as string[],
      workflow: mirror.workflow as string,
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
    // The answer is built from what was just written: no extra round trips while the day's
    // sequence row is locked.
    const units = new Map([receivingUnit, competentUnit, plan.handlingUnit].map((u) => [u.id, u]));
    const names = new Map([[principal.userId, principal.fullName ?? principal.username]]);
    return presentDossierDetail(
      principal,
      row,
      [action],
      units,
      names,
      await describeWorkflow(ctx, trx, principal.tenantId, state),
    );
  });
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

async function resolveReceivingUnit(trx: Executor, principal: Principal, code: string | undefined) {
  if (code) {
    const unit = await getUnitByCode(trx, code, 'receivingUnitCode');
    requireScope(principal, 'dossier.receive', unit.id);
    return unit;
  }
  const grant = principal.grants.find((g) => hasScopeOn(principal, 'dossier.receive', g.unitId));
  if (!grant) throw new DomainError('FORBIDDEN', 'Bạn không có quyền tiếp nhận hồ sơ.');
  return (await findUnitById(trx, grant.unitId))!;
}

/**
 * The competent agency: the one named, else the procedure's only agency, else the agency whose
 * subtree holds the receiving unit (a commune centre receives for its own commune).
 */
export async function resolveCompetentUnit(
  trx: Executor,
  procedureId: string,
  receivingUnitId: string,
  code: string | undefined,
) {
  const agencies = await listProcedureAgencies(trx, procedureId);
  if (agencies.length === 0) {
    throw new DomainError('RULE_VIOLATED', 'Thủ tục chưa được giao cho cơ quan giải quyết nào.', {
      rule: 'procedure_agency',
    });
  }
  if (code) {
    const match = agencies.find((a) => a.code === code);
    if (!match) {
      throw new DomainError('RULE_VIOLATED', `Cơ quan ${code} không giải quyết thủ tục này.`, {
        field: 'competentUnitCode',
        options: agencies.map((a) => a.code),
      });
    }
    return match;
  }
  if (agencies.length === 1) return agencies[0]!;
  const ancestors = new Set((await listAncestors(trx, receivingUnitId)).map((u) => u.id));
  const local = agencies.find((a) => ancestors.has(a.unitId));
  if (local) return local;
  for (const agency of agencies)
    if (await isDescendant(trx, agency.unitId, receivingUnitId)) return agency;
  throw new DomainError(
    'RULE_VIOLATED',
    'Thủ tục do nhiều cơ quan giải quyết: chọn cơ quan có thẩm quyền (competentUnitCode).',
    {
      field: 'competentUnitCode',
      options: agencies
        .map((a) => ({ code: a.code, name: a.name }))
        .sort((x, y) => collator.compare(x.name, y.name)),
    },
  );
}
