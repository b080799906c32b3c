import { DomainError } from '../../core/errors.ts';
import {
  findSimOrder,
  recordSimCallbackAttempt,
  settleSimOrders,
} from '../../db/repositories/payment-ledger.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { type SignedCallback, SimulatedGateway } from './simulated-gateway.ts';

function requireSimulator(ctx: ServiceContext): SimulatedGateway {
  const gateway = ctx.adapters.payments;
  if (!(gateway instanceof SimulatedGateway) || !gateway.isConfigured) {
    throw new DomainError('NOT_FOUND', 'Cổng thanh toán mô phỏng không hoạt động.');
  }
  return gateway;
}

/** The simulated gateway's order, for its checkout page. */
export async function getSimOrder(ctx: ServiceContext, orderId: string) {
  requireSimulator(ctx);
  const order = await findSimOrder(ctx.db, orderId);
  if (!order) throw new DomainError('NOT_FOUND', 'Không có đơn thanh toán này.');
  return { ...order, amount: Number(order.amount) };
}

/**
 * The payer chose "success" or "failure" on the checkout page. The gateway's ledger changes in
 * its own transaction; then, with no transaction open (the callback is served by this same
 * process, on the embedded database's single connection), the signed callback is posted to our
 * callback URL like a real provider's server would. A second click changes nothing.
 */
export async function completeSimCheckout(
  ctx: ServiceContext,
  orderId: string,
  outcome: 'succeeded' | 'failed',
) {
  const gateway = requireSimulator(ctx);
  const signed = await inTransaction(ctx, (trx) =>
    gateway.completeCheckout({ db: trx, now: ctx.clock.now() }, orderId, outcome),
  );
  const order = await getSimOrder(ctx, orderId);
  const callbackStatus = signed ? await deliverCallback(ctx, orderId, signed) : null;
  return { returnUrl: order.returnUrl, status: order.status, callbackStatus };
}

/** Posts the completed order's callback again (a gateway retries until it is acknowledged). */
export async function resendSimCallback(ctx: ServiceContext, orderId: string) {
  const gateway = requireSimulator(ctx);
  const signed = await gateway.resendCallback({ db: ctx.db, now: ctx.clock.now() }, orderId);
  if (!signed) throw new DomainError('NOT_FOUND', 'Đơn chưa được thanh toán hoặc không tồn tại.');
  return { callbackStatus: await deliverCallback(ctx, orderId, signed) };
}

async function deliverCallback(
  ctx: ServiceContext,
  orderId: string,
  signed: SignedCallback,
): Promise<number> {
  let status = 0;
  try {
    const response = await fetch(signed.url, {
      method: 'POST',
      headers: signed.headers,
      body: new Uint8Array(signed.body),
      signal: AbortSignal.timeout(10_000),
    });
    status = response.status;
    await response.arrayBuffer();
  } catch {
    status = 0;
  }
  await recordSimCallbackAttempt(ctx.db, orderId, status);
  return status;
}

/**
 * The simulated gateway transfers its successful orders completed by `upTo` to the fee-holding
 * account now (a real provider settles in batches; Art. 24 gives it 8 working hours).
 */
export async function settleSimGateway(ctx: ServiceContext, upTo: Date): Promise<number> {
  const gateway = ctx.adapters.payments;
  if (!(gateway instanceof SimulatedGateway) || !gateway.isConfigured) return 0;
  return settleSimOrders(ctx.db, upTo, ctx.clock.now());
}
