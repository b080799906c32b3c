import { formatInstant } from '../../core/calendar/index.ts';
import { citizenMustAct, citizenStatusLabels } from '../../core/citizens/citizen-status.ts';
import { type ActionType, actionSpecs } from '../../core/dossiers/actions.ts';
import type { Status } from '../../core/dossiers/statuses.ts';
import { DomainError } from '../../core/errors.ts';
import type { Executor } from '../../db/database.ts';
import {
  findCitizenDossier,
  listDossierDocuments,
  listDossierSteps,
  listUploads,
} from '../../db/repositories/citizen-drafts.ts';
import type { DossierRow } from '../../db/schema.ts';
import type { ServiceContext } from '../context.ts';
import { loadState } from '../dossiers/workflow-state.ts';
import type { CitizenPrincipal } from './citizen-sessions.ts';

const iso = (d: Date | string | null) =>
  d ? formatInstant(typeof d === 'string' ? Date.parse(d) : d.getTime()) : null;

/** One of the citizen's dossiers, or 404 — another citizen's dossier is never shown. */
export async function getOwnDossier(
  db: Executor,
  citizen: CitizenPrincipal,
  code: string,
  options: { forUpdate?: boolean } = {},
): Promise<DossierRow> {
  const row = /^[\w.-]{5,60}$/.test(code)
    ? await findCitizenDossier(db, citizen.citizenId, code, options)
    : undefined;
  if (!row)
    throw new DomainError(
      'NOT_FOUND',
      `Không tìm thấy hồ sơ ${code.slice(0, 60)} trong tài khoản của bạn.`,
    );
  return row;
}

/**
 * The citizen's view of a dossier: status in plain words, the reception deadline while it waits
 * (Decree 118/2025 Art. 17.2), the appointment once received, the steps taken (no officer names),
 * the documents sent, and an open supplement request with the files staged for it.
 */
export async function getMyDossier(ctx: ServiceContext, citizen: CitizenPrincipal, code: string) {
  const row = await getOwnDossier(ctx.db, citizen, code);
  const state = loadState(row);
  const actions = await listDossierSteps(ctx.db, row.id);
  const open = state.supplements.at(-1);
  const round = state.supplements.length;
  const waiting = open && open.receivedAt === null && row.status === 'awaiting_supplement';
  return {
    code: row.code,
    procedure: { code: row.procedureCode, name: row.procedureName },
    caseName: row.caseName,
    status: row.status,
    statusLabel: citizenStatusLabels[row.status as Status] ?? row.status,
    needsAction: citizenMustAct(row.status),
    submittedAt: iso(row.submittedAt),
    receivedAt: iso(row.receivedAt),
    receptionDueAt: iso(row.receptionDueAt),
    dueAt: iso(row.dueAt),
    deliveryMethod: row.deliveryMethod,
    deliveryAddress: row.deliveryAddress,
    feeTotal: Number(row.feeTotal),
    applicant: {
      fullName: row.applicantName,
      idNumber: row.applicantIdNumber,
      phone: row.applicantPhone,
      email: row.applicantEmail,
      address: row.applicantAddress,
    },
    outcomeReason: row.outcomeReason,
    steps: actions.map((a) => ({
      label:
        a.type === 'receive'
          ? 'Nộp hồ sơ trực tuyến'
          : (actionSpecs[a.type as ActionType]?.label ?? a.type),
      at: iso(a.at),
      statusLabel: citizenStatusLabels[a.toStatus as Status] ?? a.toStatus,
    })),
    documents: (await listDossierDocuments(ctx.db, row.id)).map((d) => ({
      name: d.name,
      fileName: d.fileName,
      source: d.source,
      supplementRound: d.supplementRound,
      addedAt: iso(d.addedAt),
    })),
    supplement: waiting
      ? {
          round,
          reasons: open.reasons,
          documents: open.documents,
          requestedAt: iso(open.requestedAt),
          closeAt: iso(open.closeAt),
          files: (await listUploads(ctx.db, { dossierId: row.id, round })).map((u) => ({
            id: u.id,
            documentName: u.documentName,
            fileName: u.fileName,
            size: u.sizeBytes,
          })),
        }
      : null,
  };
}
export type MyDossierView = Awaited<ReturnType<typeof getMyDossier>>;
