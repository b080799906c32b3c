import { formatInstant } from '../../core/calendar/index.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { planReception, type ReceptionTarget } from './receive-dossier.ts';

/** The appointment the counter shows before saving: units, deadline, due instant and why. */
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
    fees: plan.record.channels.find((c) => c.kind === input.channel)?.fees ?? [],
  };
}
