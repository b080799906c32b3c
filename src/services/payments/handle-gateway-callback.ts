import { DomainError, isDomainError } from '../../core/errors.ts';
import type { GatewayEvent } from '../../core/payments/gateway-event.ts';
import { formatReceiptNumber, receiptYearOf } from '../../core/payments/receipts.ts';
import { newId } from '../../db/ids.ts';
import {
  claimGatewayEvent,
  insertCallbackLog,
  lockPayment,
  markPaymentFailed,
  markPaymentPaid,
  refreshDossierFees,
  takeNextReceiptNo,
} from '../../db/repositories/payments.ts';
import type { PaymentRow } from '../../db/schema-payments.ts';
import { inTransaction, type ServiceContext } from '../context.ts';

type Result =
  | 'applied'
  | 'duplicate'
  | 'signature_invalid'
  | 'stale'
  | 'amount_mismatch'
  | 'unknown_order'
  | 'malformed';

const statusOf: Record<Result, number> = {
  applied: 200,
  duplicate: 200,
  signature_invalid: 401,
  stale: 401,
  amount_mismatch: 422,
  unknown_order: 404,
  malformed: 400,
};

export interface CallbackDelivery {
  gateway: string;
  rawBody: Buffer;
  headers: Record<string, string | string[] | undefined>;
  remoteIp: string | null;
}

/**
 * A gateway's server-to-server notification (Decree 118/2025 Art. 24). The signature and the
 * timestamp are checked first (401 for forged or stale ones); then, in one transaction holding the
 * payment's row lock, the event id is claimed — a replay or a concurrent twin finds it taken and
 * is acknowledged without effect — the amount must equal the order's, and the payment turns paid
 * with the collecting unit's next receipt number. Every delivery is logged, refused ones too.
 */
export async function handleGatewayCallback(ctx: ServiceContext, delivery: CallbackDelivery) {
  const gateway = ctx.adapters.payments;
  if (delivery.gateway !== gateway.name) {
    throw new DomainError('NOT_FOUND', `Không có cổng thanh toán "${delivery.gateway}".`);
  }
  const now = ctx.clock.now();
  const log = (result: Result, event?: GatewayEvent, message?: string) =>
    insertCallbackLog(ctx.db, {
      id: newId(now.getTime()),
      gateway: gateway.name,
      receivedAt: now,
      eventId: event?.eventId ?? null,
      paymentId: event?.merchantRef ?? null,
      result,
      httpStatus: statusOf[result],
      message: message ?? null,
      body: delivery.rawBody.toString('utf8').slice(0, 8192),
      remoteIp: delivery.remoteIp,
    });
  let event: GatewayEvent;
  try {
    event = gateway.verifyCallback({ rawBody: delivery.rawBody, headers: delivery.headers, now });
  } catch (error) {
    if (isDomainError(error)) {
      const result: Result =
        error.code === 'SIGNATURE_INVALID'
          ? error.details?.reason === 'stale'
            ? 'stale'
            : 'signature_invalid'
          : 'malformed';
      await log(result, undefined, error.message);
    }
    throw error;
  }
  const outcome = await inTransaction(ctx, async (trx) => {
    const payment = await lockPayment(trx, event.merchantRef);
    if (!payment || payment.gateway !== gateway.name || payment.gatewayOrderId !== event.orderId)
      return { result: 'unknown_order' as const };
    if (event.amount !== Number(payment.amount))
      return { result: 'amount_mismatch' as const, payment };
    const fresh = await claimGatewayEvent(trx, {
      id: newId(now.getTime()),
      tenantId: payment.tenantId,
      gateway: gateway.name,
      eventId: event.eventId,
      paymentId: payment.id,
      outcome: event.status,
      amount: event.amount,
      occurredAt: new Date(event.occurredAt),
      appliedAt: now,
    });
    if (!fresh) return { result: 'duplicate' as const, payment };
    await applyEvent(trx, payment, event);
    await insertCallbackLog(trx, {
      id: newId(now.getTime()),
      gateway: gateway.name,
      receivedAt: now,
      eventId: event.eventId,
      paymentId: payment.id,
      result: 'applied',
      httpStatus: 200,
      message: event.status,
      body: delivery.rawBody.toString('utf8').slice(0, 8192),
      remoteIp: delivery.remoteIp,
    });
    return { result: 'applied' as const, payment };
  });
  if (outcome.result !== 'applied') await log(outcome.result, event);
  if (outcome.result === 'unknown_order') {
    throw new DomainError('NOT_FOUND', 'Không có giao dịch thanh toán tương ứng với thông báo.');
  }
  if (outcome.result === 'amount_mismatch') {
    throw new DomainError(
      'RULE_VIOLATED',
      `Số tiền trong thông báo (${event.amount}) khác số tiền của giao dịch (${Number(outcome.payment.amount)}).`,
      { rule: 'amount_mismatch' },
    );
  }
  return { received: true, result: outcome.result, paymentId: outcome.payment.id };
}

async function applyEvent(
  trx: Parameters<typeof lockPayment>[0],
  payment: PaymentRow,
  event: GatewayEvent,
): Promise<void> {
  if (event.status === 'failed') {
    await markPaymentFailed(trx, payment.id, new Date(event.occurredAt));
    return;
  }
  if (payment.status === 'paid') return;
  const paidAt = new Date(event.occurredAt);
  const year = receiptYearOf(paidAt);
  const no = await takeNextReceiptNo(trx, payment.tenantId, payment.collectingUnitId, year);
  await markPaymentPaid(trx, payment.id, {
    receiptYear: year,
    receiptNo: no,
    receiptNumber: formatReceiptNumber(year, no),
    paidAt,
    gatewayTransactionId: event.transactionId,
  });
  await refreshDossierFees(trx, payment.dossierId);
}
