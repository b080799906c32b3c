import { DomainError } from '../../core/errors.ts';
import { newId } from '../../db/ids.ts';
import {
  findOpenOnlinePayment,
  insertPayment,
  lockDossierByCode,
  refreshDossierFees,
} from '../../db/repositories/payments.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { findDossierForCitizen } from '../results/citizen-access.ts';
import { loadFeeState, requirePayable } from './dossier-fees.ts';

/** Where the payer's browser comes back after the gateway: shows the payment's status only. */
export const paymentReturnPath = (code: string, paymentId: string) =>
  `/thanh-toan/${encodeURIComponent(code)}/ket-qua?ref=${paymentId}`;

/** An unpaid order younger than this is offered again instead of opening a second one. */
const reuseWindowMs = 15 * 60_000;

/**
 * The citizen pays a dossier's balance online (Decree 118/2025 Art. 24) after giving the second
 * factor: a pending payment and the gateway's order in one transaction, then the browser goes to
 * the gateway. The payment turns paid only on the gateway's signed callback.
 */
export async function startOnlinePayment(
  ctx: ServiceContext,
  input: { code: string; check: string },
): Promise<{ paymentId: string; amountVnd: number; redirectUrl: string }> {
  const gateway = ctx.adapters.payments;
  if (!gateway.isConfigured) {
    throw new DomainError('SERVICE_UNAVAILABLE', 'Thanh toán trực tuyến chưa được cấu hình.');
  }
  const found = await findDossierForCitizen(ctx.db, input.code, input.check, ctx.clock.now());
  return inTransaction(ctx, async (trx) => {
    const dossier = (await lockDossierByCode(trx, found.code))!;
    requirePayable(dossier);
    const fees = await loadFeeState(trx, dossier);
    if (fees.balanceVnd <= 0) {
      throw new DomainError(
        'RULE_VIOLATED',
        fees.totalVnd === 0 && fees.assessment.variable
          ? 'Phí của hồ sơ do cán bộ xác định khi tiếp nhận; chưa có số tiền để thanh toán trực tuyến.'
          : 'Hồ sơ không còn khoản phí, lệ phí nào phải nộp.',
        { rule: 'nothing_to_pay' },
      );
    }
    const now = ctx.clock.now();
    const open = await findOpenOnlinePayment(
      trx,
      dossier.id,
      new Date(now.getTime() - reuseWindowMs),
    );
    if (
      open?.gatewayRedirectUrl &&
      Number(open.amount) === fees.balanceVnd &&
      open.gateway === gateway.name
    ) {
      return {
        paymentId: open.id,
        amountVnd: fees.balanceVnd,
        redirectUrl: open.gatewayRedirectUrl,
      };
    }
    const id = newId(now.getTime());
    const order = await gateway.createOrder(
      { db: trx, now },
      {
        merchantRef: id,
        amountVnd: fees.balanceVnd,
        description: `Phí, lệ phí hồ sơ ${dossier.code}`,
        returnUrl: paymentReturnPath(dossier.code, id),
        callbackUrl: `${ctx.settings.publicUrl.replace(/\/$/, '')}/api/v1/payments/callbacks/${gateway.name}`,
      },
    );
    await insertPayment(trx, {
      id,
      tenantId: dossier.tenantId,
      dossierId: dossier.id,
      method: 'online',
      status: 'pending',
      amount: fees.balanceVnd,
      lines: JSON.stringify(fees.assessment.lines),
      payerName: dossier.applicantName,
      collectingUnitId: dossier.receivingUnitId,
      agencyUnitId: dossier.competentUnitId,
      gateway: gateway.name,
      gatewayOrderId: order.gatewayOrderId,
      gatewayRedirectUrl: order.redirectUrl,
      createdAt: now,
    });
    if (fees.isAssessedOnly) await refreshDossierFees(trx, dossier.id, fees.totalVnd);
    return { paymentId: id, amountVnd: fees.balanceVnd, redirectUrl: order.redirectUrl };
  });
}
