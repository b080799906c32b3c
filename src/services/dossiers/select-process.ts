import { processStepsSchema, stepMinutes } from '../../core/catalogue/internal-process.ts';
import type { Deadline } from '../../core/catalogue/procedure-record.ts';
import type { ProcessStepDef } from '../../core/dossiers/state.ts';
import { defaultProcess } from '../../core/dossiers/steps.ts';
import type { Executor } from '../../db/database.ts';

/**
 * The internal process a dossier runs (issue #3: per procedure and implementing agency): the
 * agency's active process, else the province-wide default of the procedure, else the legal
 * deadline split over the usual steps. The steps are copied into the dossier at reception, so a
 * later change of the process never rewrites a dossier in progress.
 */
export async function selectProcess(
  db: Executor,
  procedureId: string,
  competentUnitId: string,
  tenantId: string,
  deadline: Deadline,
): Promise<{ steps: ProcessStepDef[]; source: 'agency' | 'province' | 'default' }> {
  const rows = await db
    .selectFrom('internalProcesses')
    .select(['unitId', 'steps'])
    .where('procedureId', '=', procedureId)
    .where('status', '=', 'active')
    .where('unitId', 'in', [competentUnitId, tenantId])
    .execute();
  const chosen =
    rows.find((r) => r.unitId === competentUnitId) ?? rows.find((r) => r.unitId === tenantId);
  if (!chosen) return { steps: defaultProcess(deadline), source: 'default' };
  const steps = processStepsSchema.parse(chosen.steps);
  const codes = [...new Set(steps.map((s) => s.unitCode).filter((c): c is string => c !== null))];
  const units = codes.length
    ? await db.selectFrom('units').select(['id', 'code']).where('code', 'in', codes).execute()
    : [];
  const idByCode = new Map(units.map((u) => [u.code, u.id]));
  return {
    source: chosen.unitId === competentUnitId ? 'agency' : 'province',
    steps: steps.map((s) => ({
      name: s.name,
      role: s.role,
      unitId: s.unitCode ? (idByCode.get(s.unitCode) ?? null) : null,
      allottedMinutes: stepMinutes(s),
      handoff: s.handoff,
      parallelGroup: s.parallelGroup,
      lead: s.lead,
    })),
  };
}
