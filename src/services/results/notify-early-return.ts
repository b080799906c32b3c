import { isEmailAddress, normaliseVnMobile } from '../../core/notifications/addresses.ts';
import { lookupUrl } from '../../core/notifications/notice-parts.ts';
import { composeEarlyReturnNotice, isEarlyResult } from '../../core/results/early-return.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import {
  insertCitizenNotifications,
  listEarlyReturnCandidates,
} from '../../db/repositories/results.ts';
import { findUnitById } from '../../db/repositories/units.ts';
import type { DossierRow } from '../../db/schema.ts';
import type { ServiceContext } from '../context.ts';

export const earlyReturnTemplate = 'dossier.early_return';

export const earlyReturnDedupeKey = (dossierId: string, channel: 'sms' | 'email') =>
  `${earlyReturnTemplate}:${dossierId}:${channel}`;

/**
 * Decree 118/2025 Art. 22: a result may be returned early, but the applicant is told in advance
 * (SMS, e-mail). Written to the outbox once per dossier (the dedupe keys), delivered by the outbox
 * worker. The SMS row is always written — marked skipped without a mobile number — so the watch
 * finds the dossier handled by one unique-index probe.
 */
export async function notifyEarlyReturn(
  db: Executor,
  dossier: DossierRow,
  now: Date,
  publicUrl: string,
): Promise<number> {
  if (dossier.status !== 'result_ready' || !isEarlyResult(now, dossier.dueAt)) return 0;
  const unit = await findUnitById(db, dossier.receivingUnitId);
  const { subject, body } = composeEarlyReturnNotice({
    code: dossier.code,
    procedureName: dossier.procedureName,
    dueAt: dossier.dueAt!,
    unitName: unit?.name ?? 'Bộ phận Một cửa',
    deliveryMethod: dossier.deliveryMethod,
    lookupUrl: lookupUrl(publicUrl, dossier.code),
  });
  const phone = normaliseVnMobile(dossier.applicantPhone);
  const common = {
    tenantId: dossier.tenantId,
    dossierId: dossier.id,
    template: earlyReturnTemplate,
    subject,
    body,
    payload: JSON.stringify({ code: dossier.code, dueAt: dossier.dueAt?.toISOString() }),
    createdAt: now,
  };
  const rows = [
    {
      ...common,
      id: newId(now.getTime()),
      channel: 'sms',
      recipientAddress: phone ?? null,
      dedupeKey: earlyReturnDedupeKey(dossier.id, 'sms'),
      status: phone ? 'pending' : 'skipped',
      nextAttemptAt: phone ? now : null,
      lastError: phone ? null : 'Không có số điện thoại di động hợp lệ',
    },
  ];
  if (isEmailAddress(dossier.applicantEmail)) {
    rows.push({
      ...common,
      id: newId(now.getTime()),
      channel: 'email',
      recipientAddress: dossier.applicantEmail.trim(),
      dedupeKey: earlyReturnDedupeKey(dossier.id, 'email'),
      status: 'pending',
      nextAttemptAt: now,
      lastError: null,
    });
  }
  return insertCitizenNotifications(db, rows);
}

/** The watch: every result ready before its due instant whose applicant was not yet told. */
export async function notifyEarlyReturns(ctx: ServiceContext): Promise<number> {
  const now = ctx.clock.now();
  let written = 0;
  for (const dossier of await listEarlyReturnCandidates(ctx.db, now, 200)) {
    written += await notifyEarlyReturn(ctx.db, dossier, now, ctx.settings.publicUrl);
  }
  return written;
}
