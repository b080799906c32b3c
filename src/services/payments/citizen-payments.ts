import { formatInstant } from '../../core/calendar/index.ts';
import { findDossierByCode } from '../../db/repositories/dossiers.ts';
import { findPaymentById, listDossierPayments } from '../../db/repositories/payments.ts';
import type { ServiceContext } from '../context.ts';
import { citizenNotFound, findDossierForCitizen } from '../results/citizen-access.ts';
import { loadFeeState } from './dossier-fees.ts';
import { paymentMethodLabels, paymentStatusLabels } from './present-payment.ts';

/** What the citizen sees before paying online: the published fee lines, paid, balance, receipts. */
export async function getFeesForCitizen(
  ctx: ServiceContext,
  input: { code: string; check: string },
) {
  const dossier = await findDossierForCitizen(ctx.db, input.code, input.check, ctx.clock.now());
  const fees = await loadFeeState(ctx.db, dossier);
  const payments = await listDossierPayments(ctx.db, dossier.id);
  return {
    code: dossier.code,
    procedureName: dossier.procedureName,
    status: dossier.status,
    lines: fees.assessment.lines,
    feeText: fees.assessment.text,
    variable: fees.assessment.variable,
    totalVnd: fees.totalVnd,
    paidVnd: fees.paidVnd,
    balanceVnd: fees.balanceVnd,
    payable: !['refused_at_reception', 'stopped'].includes(dossier.status),
    onlineAvailable: ctx.adapters.payments.isConfigured,
    receipts: payments
      .filter((p) => p.status === 'paid')
      .map((p) => ({
        receiptNumber: p.receiptNumber,
        amountVnd: Number(p.amount),
        method: paymentMethodLabels[p.method],
        paidAt: p.paidAt ? formatInstant(p.paidAt.getTime()) : null,
      })),
  };
}

/**
 * The browser's return page after the gateway: the status of one online payment, known by its
 * unguessable reference; it shows amounts and the receipt number, no personal data.
 */
export async function getOnlinePaymentStatus(ctx: ServiceContext, code: string, paymentId: string) {
  const payment = /^[0-9a-f-]{36}$/i.test(paymentId)
    ? await findPaymentById(ctx.db, paymentId)
    : undefined;
  const dossier = payment ? await findDossierByCode(ctx.db, code) : undefined;
  if (!payment || !dossier || payment.dossierId !== dossier.id || payment.method !== 'online') {
    throw citizenNotFound();
  }
  return {
    code: dossier.code,
    status: payment.status,
    statusLabel: paymentStatusLabels[payment.status],
    amountVnd: Number(payment.amount),
    receiptNumber: payment.receiptNumber,
    paidAt: payment.paidAt ? formatInstant(payment.paidAt.getTime()) : null,
  };
}
