import { randomBytes } from 'node:crypto';
import { DomainError } from '../../core/errors.ts';
import { type GatewayEvent, gatewayEventSchema } from '../../core/payments/gateway-event.ts';
import type { LedgerEntry } from '../../core/payments/reconciliation.ts';
import { newId } from '../../db/ids.ts';
import {
  completeSimOrder,
  findSimOrder,
  insertSimOrder,
  listSimOrders,
} from '../../db/repositories/payment-ledger.ts';
import { signedHeaders, verifyCallbackSignature } from './callback-signature.ts';
import type { GatewayContext, GatewayOrderInput, PaymentGateway } from './payment-gateway.ts';

/** The checkout page of the simulated gateway, served by this server (pages/payments). */
export const simCheckoutPath = (orderId: string) => `/thanh-toan-mo-phong/${orderId}`;

/** A signed callback ready to post: the gateway's server-to-server notification. */
export interface SignedCallback {
  url: string;
  body: Buffer;
  headers: Record<string, string>;
  event: GatewayEvent;
}

/**
 * A local payment gateway that behaves like a real one (demo and tests): its own ledger table,
 * a checkout page where the payer chooses success or failure, then a callback signed with
 * HMAC-SHA256 and a timestamp, posted to our callback URL, and the browser sent back.
 */
export class SimulatedGateway implements PaymentGateway {
  readonly name = 'sim';

  constructor(private readonly secret: string | undefined) {}

  get isConfigured(): boolean {
    return this.secret !== undefined;
  }

  async createOrder(gc: GatewayContext, input: GatewayOrderInput) {
    this.requireSecret();
    const id = newId(gc.now.getTime());
    await insertSimOrder(gc.db, {
      id,
      merchantRef: input.merchantRef,
      amount: input.amountVnd,
      description: input.description,
      returnUrl: input.returnUrl,
      callbackUrl: input.callbackUrl,
      createdAt: gc.now,
    });
    return { gatewayOrderId: id, redirectUrl: simCheckoutPath(id) };
  }

  verifyCallback(input: {
    rawBody: Buffer;
    headers: Record<string, string | string[] | undefined>;
    now: Date;
  }): GatewayEvent {
    verifyCallbackSignature(this.requireSecret(), input.headers, input.rawBody, input.now);
    let json: unknown;
    try {
      json = JSON.parse(input.rawBody.toString('utf8'));
    } catch {
      throw new DomainError('VALIDATION_FAILED', 'Nội dung thông báo thanh toán không phải JSON.');
    }
    const parsed = gatewayEventSchema.safeParse(json);
    if (!parsed.success) {
      throw new DomainError('VALIDATION_FAILED', 'Thông báo thanh toán thiếu hoặc sai trường.', {
        fields: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
      });
    }
    return parsed.data;
  }

  async listTransactions(gc: GatewayContext, filter: { from: Date; to: Date; refs: string[] }) {
    const rows = await listSimOrders(gc.db, filter);
    return rows.map(
      (r): LedgerEntry => ({
        gatewayOrderId: r.id,
        merchantRef: r.merchantRef,
        amountVnd: Number(r.amount),
        status: r.status,
        paidAt: r.status === 'succeeded' ? (r.completedAt?.toISOString() ?? null) : null,
        settledAt: r.settledAt?.toISOString() ?? null,
      }),
    );
  }

  /** Simulator only: the payer's choice on the checkout page, and the callback it triggers. */
  async completeCheckout(
    gc: GatewayContext,
    orderId: string,
    outcome: 'succeeded' | 'failed',
  ): Promise<SignedCallback | undefined> {
    const transactionId =
      outcome === 'succeeded' ? `SIM${randomBytes(6).toString('hex').toUpperCase()}` : null;
    const order = await completeSimOrder(gc.db, orderId, outcome, transactionId, gc.now);
    if (!order) return undefined;
    return this.signEvent(
      {
        eventId: `evt_${order.id}_${outcome}`,
        orderId: order.id,
        merchantRef: order.merchantRef,
        status: outcome,
        amount: Number(order.amount),
        currency: 'VND',
        transactionId,
        occurredAt: gc.now.toISOString(),
      },
      order.callbackUrl,
      gc.now,
    );
  }

  /** Simulator only: the callback of a completed order again (a real gateway retries the same event). */
  async resendCallback(gc: GatewayContext, orderId: string): Promise<SignedCallback | undefined> {
    const order = await findSimOrder(gc.db, orderId);
    if (!order || order.status === 'created') return undefined;
    return this.signEvent(
      {
        eventId: `evt_${order.id}_${order.status}`,
        orderId: order.id,
        merchantRef: order.merchantRef,
        status: order.status,
        amount: Number(order.amount),
        currency: 'VND',
        transactionId: order.transactionId,
        occurredAt: (order.completedAt ?? gc.now).toISOString(),
      },
      order.callbackUrl,
      gc.now,
    );
  }

  private signEvent(event: GatewayEvent, url: string, now: Date): SignedCallback {
    const body = Buffer.from(JSON.stringify(event));
    const headers = signedHeaders(this.requireSecret(), Math.floor(now.getTime() / 1000), body);
    return { url, body, headers, event };
  }

  private requireSecret(): string {
    if (!this.secret) {
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        'Thanh toán trực tuyến chưa được cấu hình (PAYMENT_SECRET).',
      );
    }
    return this.secret;
  }
}
