import { formatInstant } from '../../core/calendar/index.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import { assessFees } from '../../core/payments/fee-schedule.ts';
import type { ServiceContext } from '../context.ts';
import { describeRequirements } from './document-requirements.ts';
import { planReception, type ReceptionTarget } from './plan-reception.ts';

/**
 * The appointment the counter shows before saving: units, deadline, due instant and why; the
 * version's checklist with each line's kind (required, one of alternatives, conditional) and the
 * fees the dossier will owe (Decree 118/2025 Art. 24).
 */
export async function previewReception(
  ctx: ServiceContext,
  principal: Principal,
  input: ReceptionTarget,
) {
  const plan = await planReception(ctx, ctx.db, principal, input);
  return {
    procedure: {
      code: plan.procedure.code,
      name: plan.record.name,
      version: plan.version.versionNo,
    },
    receivingUnit: { code: plan.receivingUnit.code, name: plan.receivingUnit.name },
    competentUnit: { code: plan.competentUnit.code, name: plan.competentUnit.name },
    deadline: plan.deadline,
    receivedAt: formatInstant(plan.now.getTime()),
    clockStartAt: formatInstant(plan.due.clockStart),
    dueAt: formatInstant(plan.due.due),
    explanation: plan.due.explanation,
    documents: plan.record.documents,
    requirements: describeRequirements(plan.record),
    fees: plan.record.channels.find((c) => c.kind === input.channel)?.fees ?? [],
    feeAssessment: assessFees(plan.record, input.channel),
  };
}
