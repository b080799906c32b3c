import { formatInstant } from '../../core/calendar/index.ts';
import { citizenMustAct, citizenStatusLabels } from '../../core/citizens/citizen-status.ts';
import type { Status } from '../../core/dossiers/statuses.ts';
import { listCitizenDossiers, listOpenDrafts } from '../../db/repositories/citizen-drafts.ts';
import type { ServiceContext } from '../context.ts';
import type { CitizenPrincipal } from './citizen-sessions.ts';

const iso = (d: Date | null) => (d ? formatInstant(d.getTime()) : null);

/**
 * "Hồ sơ của tôi": the citizen's drafts (to resume) and submitted dossiers with their status in
 * plain words, those waiting for the citizen first. Only this account's rows are read.
 */
export async function listMyDossiers(ctx: ServiceContext, citizen: CitizenPrincipal) {
  const [drafts, dossiers] = await Promise.all([
    listOpenDrafts(ctx.db, citizen.citizenId),
    listCitizenDossiers(ctx.db, citizen.citizenId),
  ]);
  const items = dossiers.map((d) => ({
    code: d.code,
    procedure: { code: d.procedureCode, name: d.procedureName },
    status: d.status,
    statusLabel: citizenStatusLabels[d.status as Status] ?? d.status,
    needsAction: citizenMustAct(d.status),
    submittedAt: iso(d.submittedAt),
    receptionDueAt: d.status === 'submitted' ? iso(d.receptionDueAt) : null,
    dueAt: iso(d.dueAt),
    submissionSource: d.submissionSource,
  }));
  return {
    drafts: drafts.map((d) => ({
      id: d.id,
      procedure: { code: d.procedureCode, name: d.procedureName },
      step: d.step,
      updatedAt: iso(d.updatedAt),
    })),
    dossiers: [...items.filter((i) => i.needsAction), ...items.filter((i) => !i.needsAction)],
  };
}
