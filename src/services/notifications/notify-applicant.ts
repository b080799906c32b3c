import type { ActionType } from '../../core/dossiers/actions.ts';
import type { DossierState } from '../../core/dossiers/state.ts';
import { isEmailAddress, nationalVnMobile } from '../../core/notifications/addresses.ts';
import { needsCollectInfo, selectCitizenNotice } from '../../core/notifications/citizen-notices.ts';
import { citizenDedupeKey } from '../../core/notifications/dedupe-keys.ts';
import {
  type CitizenNotice,
  type CollectInfo,
  renderCitizenNotice,
} from '../../core/notifications/templates.ts';
import type { Executor } from '../../db/database.ts';
import {
  findDossierForNotice,
  insertOutboxMessages,
  type OutboxMessage,
} from '../../db/repositories/deliveries.ts';
import { findUnitById } from '../../db/repositories/units.ts';
import type { DossierRow } from '../../db/schema.ts';
import type { ServiceContext } from '../context.ts';
import { loadState } from '../dossiers/workflow-state.ts';

/**
 * The applicant's e-mail and SMS for a workflow action (called by perform-dossier-action.ts in the
 * action's transaction: the outbox row commits with the action or not at all). The delivery worker
 * sends them within seconds (deliver-notifications.ts).
 */
export async function notifyApplicantAfterAction(
  ctx: ServiceContext,
  trx: Executor,
  dossier: DossierRow,
  before: DossierState,
  after: DossierState,
  type: ActionType,
  payload: Record<string, unknown>,
  at: Date,
): Promise<number> {
  const collect = needsCollectInfo(type) ? await loadCollectInfo(trx, dossier) : null;
  const notice = selectCitizenNotice(type, before, after, payload, collect);
  if (!notice) return 0;
  return writeNotice(ctx, trx, dossier, notice, { seq: after.version, action: type, at });
}

/**
 * The applicant's receipt message: at the counter (Decree 118/2025 Art. 17.3: code and appointment)
 * or after an online submission (Art. 17.2: registered, to be checked within 8 working hours).
 * Accepts the inserted row or its id, and the receiving unit when the caller has it.
 */
export async function notifyApplicantOfReception(
  ctx: ServiceContext,
  trx: Executor,
  dossierOrId: DossierRow | string,
  receivingUnit?: { id: string; name: string },
): Promise<number> {
  const dossier =
    typeof dossierOrId === 'string' ? await findDossierForNotice(trx, dossierOrId) : dossierOrId;
  if (!dossier) return 0;
  const state = loadState(dossier);
  const notice: CitizenNotice =
    state.status === 'submitted'
      ? { kind: 'submitted', reviewBy: state.receptionDueAt }
      : { kind: 'received', dueAt: state.dueAt };
  return writeNotice(
    ctx,
    trx,
    dossier,
    notice,
    { seq: 0, action: 'receive', at: dossier.submittedAt },
    receivingUnit?.id === dossier.receivingUnitId ? receivingUnit.name : undefined,
  );
}

async function writeNotice(
  ctx: ServiceContext,
  trx: Executor,
  dossier: DossierRow,
  notice: CitizenNotice,
  event: { seq: number; action: string; at: Date },
  /** Known by the caller (reception): saves a read while the day's sequence row is locked. */
  agencyName?: string,
): Promise<number> {
  const email = isEmailAddress(dossier.applicantEmail) ? dossier.applicantEmail.trim() : undefined;
  const phone = nationalVnMobile(dossier.applicantPhone);
  if (!email && !phone) return 0;
  const agency = agencyName ?? (await findUnitById(trx, dossier.receivingUnitId))?.name;
  const rendered = renderCitizenNotice(
    {
      code: dossier.code,
      applicantName: dossier.applicantName,
      applicantIsOrganisation: dossier.applicantKind === 'organisation',
      procedureName: dossier.procedureName,
      agencyName: agency ?? 'Bộ phận Một cửa',
      publicUrl: ctx.settings.publicUrl,
    },
    notice,
  );
  const common = {
    tenantId: dossier.tenantId,
    dossierId: dossier.id,
    template: rendered.template,
    at: event.at,
  };
  const payload = { code: dossier.code, action: event.action, seq: event.seq };
  const messages: OutboxMessage[] = [];
  if (email)
    messages.push({
      ...common,
      channel: 'email',
      recipientAddress: email,
      subject: rendered.email.subject,
      body: rendered.email.text,
      payload: { ...payload, html: rendered.email.html },
      dedupeKey: citizenDedupeKey(dossier.id, event.seq, rendered.template, 'email'),
    });
  if (phone)
    messages.push({
      ...common,
      channel: 'sms',
      recipientAddress: phone,
      subject: rendered.email.subject,
      body: rendered.sms,
      payload,
      dedupeKey: citizenDedupeKey(dossier.id, event.seq, rendered.template, 'sms'),
    });
  return insertOutboxMessages(trx, messages);
}

/** Where and how the applicant collects the result (Decree 118/2025 Art. 22). */
async function loadCollectInfo(trx: Executor, dossier: DossierRow): Promise<CollectInfo> {
  const unit = await findUnitById(trx, dossier.receivingUnitId);
  const method = dossier.deliveryMethod as CollectInfo['method'];
  return {
    method: method === 'postal' || method === 'electronic' ? method : 'in_person',
    placeName: unit?.name ?? 'Bộ phận Một cửa',
    placeAddress: unit?.address ?? null,
    placePhone: unit?.phone ?? null,
    openingHours: unit?.openingHours ?? null,
    postalAddress: dossier.deliveryAddress ?? dossier.applicantAddress,
  };
}
