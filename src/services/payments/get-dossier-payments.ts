import { DomainError } from '../../core/errors.ts';
import { hasScopeOn, type Principal, requireScope } from '../../core/organisation/permissions.ts';
import { findDossierByCode } from '../../db/repositories/dossiers.ts';
import {
  listDossierPayments,
  lockDossierByCode,
  refreshDossierFees,
} from '../../db/repositories/payments.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { requireRead } from '../dossiers/dossier-access.ts';
import { loadFeeState, requirePayable } from './dossier-fees.ts';
import { presentPayment } from './present-payment.ts';

/** The citizen's online payment page for a dossier (asks for the second factor first). */
export const citizenPaymentPath = (code: string) => `/thanh-toan/${encodeURIComponent(code)}`;

/** Fees of a dossier (assessed from the catalogue), what is paid, the balance and every payment. */
export async function getDossierPayments(ctx: ServiceContext, principal: Principal, code: string) {
  const dossier = requireRead(principal, await findDossierByCode(ctx.db, code), code);
  const fees = await loadFeeState(ctx.db, dossier);
  const payments = await listDossierPayments(ctx.db, dossier.id);
  return {
    code: dossier.code,
    applicantName: dossier.applicantName,
    procedureName: dossier.procedureName,
    ...fees,
    payments: payments.map(presentPayment),
    canCollect: hasScopeOn(principal, 'payment.collect', dossier.receivingUnitId),
    onlinePayment: ctx.adapters.payments.isConfigured
      ? { url: citizenPaymentPath(dossier.code), gateway: ctx.adapters.payments.name }
      : null,
  };
}

/**
 * The officer sets the amount due (Decree 118/2025 Art. 24): lines priced per page or copy, or
 * unpriced, are counted at the counter. Never below what is already paid.
 */
export async function setDossierFeeTotal(
  ctx: ServiceContext,
  principal: Principal,
  code: string,
  input: { totalVnd: number },
) {
  await inTransaction(ctx, async (trx) => {
    const dossier = requireRead(principal, await lockDossierByCode(trx, code), code);
    requireScope(principal, 'payment.collect', dossier.receivingUnitId);
    requirePayable(dossier);
    if (input.totalVnd < Number(dossier.feePaid)) {
      throw new DomainError(
        'RULE_VIOLATED',
        `Số phí phải nộp không được nhỏ hơn số đã thu (${Number(dossier.feePaid)} đồng).`,
        { rule: 'fee_total_below_paid', field: 'totalVnd' },
      );
    }
    await refreshDossierFees(trx, dossier.id, input.totalVnd);
  });
  return getDossierPayments(ctx, principal, code);
}
