import { formatInstant } from '../../core/calendar/index.ts';
import { type ActionType, actionSpecs } from '../../core/dossiers/actions.ts';
import {
  type Channel,
  channelLabels,
  type NationalStatus,
  nationalStatusCodes,
  type Status,
  statusInfo,
} from '../../core/dossiers/statuses.ts';
import type { DossierActionRow, DossierRow } from '../../db/schema.ts';

const iso = (d: Date | null) => (d ? formatInstant(d.getTime()) : null);

/** The API shape of a dossier. Instants are ISO 8601 in Vietnam time (+07:00). */
export function presentDossier(d: DossierRow, units?: Map<string, { code: string; name: string }>) {
  const unit = (id: string | null) =>
    id ? { id, code: units?.get(id)?.code ?? null, name: units?.get(id)?.name ?? null } : null;
  return {
    code: d.code,
    status: d.status,
    statusLabel: statusInfo[d.status as Status]?.label ?? d.status,
    nationalStatus: d.nationalStatus,
    nationalStatusLabel: nationalStatusCodes[d.nationalStatus as NationalStatus],
    procedure: { code: d.procedureCode, name: d.procedureName, versionId: d.procedureVersionId },
    caseName: d.caseName,
    channel: d.channel,
    channelLabel: channelLabels[d.channel as Channel],
    applicant: {
      kind: d.applicantKind,
      fullName: d.applicantName,
      idNumber: d.applicantIdNumber,
      phone: d.applicantPhone,
      email: d.applicantEmail,
      address: d.applicantAddress,
    },
    receivingUnit: unit(d.receivingUnitId),
    competentUnit: unit(d.competentUnitId),
    handlingUnit: unit(d.handlingUnitId),
    assigneeId: d.assigneeId,
    deadline: { amount: d.deadlineAmount, unit: d.deadlineUnit },
    submittedAt: iso(d.submittedAt),
    receivedAt: iso(d.receivedAt),
    clockStartAt: iso(d.clockStartAt),
    dueAt: iso(d.dueAt),
    originalDueAt: iso(d.originalDueAt),
    deadlineExplanation: d.deadlineExplanation,
    // Online dossiers (Decree 118/2025 Art. 17.2): accept or ask for supplements by this instant.
    receptionDueAt: iso(d.receptionDueAt),
    submissionSource: d.submissionSource,
    resolvedAt: iso(d.resolvedAt),
    returnedAt: iso(d.returnedAt),
    outcome: d.outcome,
    version: d.version,
  };
}
export type DossierView = ReturnType<typeof presentDossier>;

export function presentAction(a: DossierActionRow, users?: Map<string, string>) {
  return {
    seq: a.seq,
    type: a.type,
    label: actionSpecs[a.type as ActionType]?.label ?? a.type,
    at: formatInstant(a.at.getTime()),
    actorId: a.actorId,
    actorName: a.actorId ? (users?.get(a.actorId) ?? null) : null,
    actorRole: a.actorRole,
    fromStatus: a.fromStatus,
    toStatus: a.toStatus,
    payload: a.payload,
  };
}
