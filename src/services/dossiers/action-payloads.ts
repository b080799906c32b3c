import { computeDue, type WorkingCalendar } from '../../core/calendar/index.ts';
import { type ActionInput, supplementReasonCodes } from '../../core/dossiers/action-inputs.ts';
import { supplementCloseDays } from '../../core/dossiers/rules.ts';
import type { ChainPart, DossierState, StepRun } from '../../core/dossiers/state.ts';
import { findTargetStep } from '../../core/dossiers/steps.ts';
import { DomainError } from '../../core/errors.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { hasScopeOn } from '../../core/organisation/permissions.ts';
import type { Trx } from '../../db/database.ts';
import { findUnitByCode } from '../../db/repositories/units.ts';
import { findUserByUsername, listGrantRows } from '../../db/repositories/users.ts';
import type { DossierRow } from '../../db/schema.ts';
import type { ServiceContext } from '../context.ts';
import { buildReturnDetails } from '../results/return-payload.ts';
import { startRun } from './step-runs.ts';

export interface PayloadContext {
  ctx: ServiceContext;
  trx: Trx;
  principal: Principal;
  dossier: DossierRow;
  state: DossierState;
  now: Date;
  /** The competent agency's calendar: the legal deadline is counted on it. */
  calendar: WorkingCalendar;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The payload of an action: the officer's input plus everything decided now that a replay must
 * not recompute — due instants from the calendar, the runs of the steps that start, ids of the
 * people and units named. Cross-checks that need the database (an assignee of the right unit, a
 * sub-deadline inside the legal one) refuse here with the rule's name.
 */
export async function buildPayload(
  c: PayloadContext,
  input: ActionInput,
): Promise<Record<string, unknown>> {
  const { type: _type, ...rest } = input;
  switch (input.type) {
    case 'accept_online': {
      const due = computeDue(c.calendar, {
        start: c.now.getTime(),
        amount: c.state.deadline.amount,
        unit: c.state.deadline.unit,
        explain: true,
      });
      return {
        ...rest,
        clockStartAt: iso(due.clockStart),
        dueAt: iso(due.due),
        explanation: due.explanation,
        runs: await runsFor(c, 'accept_online', null),
      };
    }
    case 'request_supplement':
      return {
        documents: input.documents,
        reasons: input.reasons.map((r) =>
          r.detail
            ? `${supplementReasonCodes[r.code]}: ${r.detail}`
            : supplementReasonCodes[r.code],
        ),
        reasonCodes: input.reasons.map((r) => r.code),
        note: input.note,
        // Decree 118/2025 Art. 19: closed if not completed 15 days after the notice.
        closeAt: iso(c.now.getTime() + supplementCloseDays * 86_400_000),
      };
    case 'supplement_received': {
      const phase = c.state.supplements[c.state.supplements.length - 1]?.phase;
      if (phase !== 'appraisal') return rest;
      // Decree 118/2025 Art. 19: the handling period restarts from zero.
      const due = computeDue(c.calendar, {
        start: c.now.getTime(),
        amount: c.state.deadline.amount,
        unit: c.state.deadline.unit,
        explain: true,
      });
      return {
        ...rest,
        clockStartAt: iso(due.clockStart),
        dueAt: iso(due.due),
        explanation: due.explanation,
        runs: await runsFor(c, 'supplement_received', c.state.assigneeId),
      };
    }
    case 'assign':
    case 'reassign': {
      const assignee = await resolveAssignee(c, input.assignee);
      const runs = input.type === 'assign' ? await runsFor(c, 'assign', assignee.id) : [];
      return { ...rest, assigneeId: assignee.id, assigneeName: assignee.fullName, runs };
    }
    case 'claim':
      return { ...rest, runs: await runsFor(c, 'claim', c.principal.userId) };
    case 'forward': {
      const assignee = input.assignee ? await resolveAssignee(c, input.assignee) : null;
      const runs = await runsFor(c, 'forward', assignee?.id ?? c.state.assigneeId);
      if (runs.length === 0) {
        throw new DomainError(
          'RULE_VIOLATED',
          'Quy trình không còn bước xử lý tiếp theo: trình phê duyệt.',
          { rule: 'next_step_exists' },
        );
      }
      return { ...rest, ...(assignee ? { assigneeId: assignee.id } : {}), runs };
    }
    case 'consult': {
      const unit = await resolveOtherUnit(c, input.unitCode, 'unitCode');
      const calendar = await c.ctx.calendars.forUnit(c.trx, c.dossier.tenantId, unit.id);
      const due = computeDue(calendar, {
        start: c.now.getTime(),
        amount: input.allotted.amount,
        unit: input.allotted.unit,
      });
      return {
        unitId: unit.id,
        unitName: unit.name,
        question: input.question,
        dueAt: iso(due.due),
      };
    }
    case 'handoff':
      return handoffPayload(c, input);
    case 'complete_part':
      return completePartPayload(c, input);
    case 'submit_for_approval':
    case 'approve':
    case 'return_for_rework':
    case 'refuse':
    case 'mark_result_ready':
      return {
        ...rest,
        runs: await runsFor(
          c,
          input.type,
          input.type === 'return_for_rework' ? c.state.assigneeId : null,
        ),
      };
    case 'approve_extension':
      return {
        ...rest,
        newDueAt: input.newDueAt
          ? iso(Date.parse(input.newDueAt))
          : c.state.extension?.proposedDueAt,
      };
    case 'request_extension':
      return { ...rest, proposedDueAt: iso(Date.parse(input.proposedDueAt)) };
    case 'return_result':
      // Decree 118/2025 Art. 22: collector, signature, post, e-result (issue #5 item 7).
      return { ...rest, ...(await buildReturnDetails(c.trx, c.dossier, input, c.now)) };
    default:
      return rest;
  }
}

async function runsFor(
  c: PayloadContext,
  action: Parameters<typeof findTargetStep>[1],
  holderId: string | null,
): Promise<StepRun[]> {
  const target = findTargetStep(c.state, action);
  if (target === null) return [];
  return [await startRun(c.ctx, c.trx, c.dossier.tenantId, c.state, target, c.now, holderId)];
}

async function resolveAssignee(c: PayloadContext, username: string) {
  const user = await findUserByUsername(c.trx, username.toLowerCase());
  const grants = user?.isActive ? await listGrantRows(c.trx, user.id) : [];
  const handles = grants.some(
    (g) =>
      g.descendantId === c.state.handlingUnitId && (g.role === 'specialist' || g.role === 'head'),
  );
  if (!user || !handles) {
    throw new DomainError(
      'RULE_VIOLATED',
      `${username} không phải chuyên viên của đơn vị đang xử lý hồ sơ.`,
      {
        field: 'assignee',
        rule: 'assignee_in_handling_unit',
      },
    );
  }
  return user;
}

async function resolveOtherUnit(c: PayloadContext, code: string, field: string) {
  const unit = await findUnitByCode(c.trx, code);
  if (!unit || unit.tenantId !== c.dossier.tenantId || !unit.isActive) {
    throw new DomainError('VALIDATION_FAILED', `Không có đơn vị ${code}.`, {
      fields: [{ field, message: 'không có đơn vị này' }],
    });
  }
  if (unit.id === c.state.handlingUnitId) {
    throw new DomainError('RULE_VIOLATED', 'Chọn một cơ quan khác với đơn vị đang xử lý.', {
      field,
      rule: 'other_agency',
    });
  }
  return unit;
}

/**
 * Inter-agency hand-off (Decree 118/2025 Art. 20): paper dossiers go agency by agency in a fixed
 * order, each with its hand-off slip; electronic ones go to every agency at once with a lead.
 * Every sub-deadline must fall inside the dossier's legal deadline.
 */
async function handoffPayload(c: PayloadContext, input: Extract<ActionInput, { type: 'handoff' }>) {
  if (input.mode === 'parallel' && input.parts.filter((p) => p.lead).length !== 1) {
    throw new DomainError(
      'RULE_VIOLATED',
      'Liên thông điện tử phải chỉ định đúng một cơ quan chủ trì.',
      { rule: 'one_lead_agency', article: 'Điều 20 NĐ 118/2025' },
    );
  }
  const previousSlips = c.state.chain?.parts.length ?? 0;
  const parts: ChainPart[] = [];
  const runs: StepRun[] = [];
  let start = c.now.getTime();
  for (const [index, part] of input.parts.entries()) {
    const unit = await resolveOtherUnit(c, part.unitCode, `parts.${index}.unitCode`);
    const calendar = await c.ctx.calendars.forUnit(c.trx, c.dossier.tenantId, unit.id);
    const from = input.mode === 'parallel' ? c.now.getTime() : start;
    const due = computeDue(calendar, {
      start: from,
      amount: part.allotted.amount,
      unit: part.allotted.unit,
    }).due;
    if (c.state.dueAt && due > Date.parse(c.state.dueAt)) {
      throw new DomainError(
        'RULE_VIOLATED',
        `Hạn của ${unit.name} vượt hạn giải quyết của hồ sơ.`,
        {
          rule: 'subdeadline_within_legal',
          article: 'Điều 20 NĐ 118/2025',
          field: `parts.${index}.allotted`,
        },
      );
    }
    const active = input.mode === 'parallel' || index === 0;
    const minutes = Math.round(
      part.allotted.amount * (part.allotted.unit === 'working_days' ? 480 : 60),
    );
    parts.push({
      unitId: unit.id,
      task: part.task,
      lead: part.lead,
      order: index + 1,
      allottedMinutes: minutes,
      status: active ? 'active' : 'waiting',
      startedAt: active ? iso(c.now.getTime()) : null,
      dueAt: active ? iso(due) : null,
      finishedAt: null,
      result: null,
      slipNo: previousSlips + index + 1,
    });
    if (active) runs.push(partRun(unit.id, part.task, c.now, due));
    start = due;
  }
  return { mode: input.mode, parts, runs, note: input.note };
}

function partRun(unitId: string, task: string, at: Date, due: number): StepRun {
  return {
    stepIndex: -1,
    name: `Liên thông: ${task}`,
    role: 'specialist',
    unitId,
    holderId: null,
    startedAt: at.toISOString(),
    dueAt: iso(due),
    finishedAt: null,
    finishedBy: null,
    end: null,
  };
}

async function completePartPayload(
  c: PayloadContext,
  input: Extract<ActionInput, { type: 'complete_part' }>,
) {
  const active = c.state.chain?.parts.filter((p) => p.status === 'active') ?? [];
  const mine = active.filter((p) => hasScopeOn(c.principal, 'dossier.process', p.unitId));
  const code = input.unitCode;
  const part = code ? await partByCode(c, mine, code) : mine[0];
  if (!part) {
    throw new DomainError(
      'FORBIDDEN',
      'Đơn vị của bạn không có phần việc liên thông đang chờ ở hồ sơ này.',
      { rule: 'active_part' },
    );
  }
  const payload: Record<string, unknown> = { unitId: part.unitId, result: input.result };
  const chain = c.state.chain!;
  if (chain.mode === 'sequential') {
    const following = chain.parts.find((p) => p.order === part.order + 1 && p.status === 'waiting');
    if (following) {
      const calendar = await c.ctx.calendars.forUnit(c.trx, c.dossier.tenantId, following.unitId);
      const due = computeDue(calendar, {
        start: c.now.getTime(),
        amount: following.allottedMinutes / 60,
        unit: 'working_hours',
      }).due;
      payload.nextPart = { unitId: following.unitId, dueAt: iso(due) };
      payload.runs = [partRun(following.unitId, following.task, c.now, due)];
      return payload;
    }
  }
  const othersOpen = chain.parts.some((p) => p.unitId !== part.unitId && p.status !== 'done');
  if (!othersOpen) payload.runs = await runsFor(c, 'complete_part', c.state.assigneeId);
  return payload;
}

async function partByCode(c: PayloadContext, parts: ChainPart[], code: string) {
  const unit = await findUnitByCode(c.trx, code);
  return unit ? parts.find((p) => p.unitId === unit.id) : undefined;
}
