import type { GatewayEvent } from '../../core/payments/gateway-event.ts';
import type { LedgerEntry } from '../../core/payments/reconciliation.ts';
import type { Executor } from '../../db/database.ts';

/** An order to pay a dossier's fees online. */
export interface GatewayOrderInput {
  /** Our reference, carried back by every callback: payments.id. */
  merchantRef: string;
  amountVnd: number;
  description: string;
  /** Where the payer's browser comes back after paying (our page). */
  returnUrl: string;
  /** Where the gateway posts its signed server-to-server notification. */
  callbackUrl: string;
}

/**
 * What an adapter may use: the simulated gateway keeps its books in our database (its own table,
 * in the caller's transaction); a real provider calls out over HTTPS and ignores `db`.
 */
export interface GatewayContext {
  db: Executor;
  now: Date;
}

/**
 * The online payment gateway behind an adapter (Decree 118/2025 Art. 24: "online via DVCQG's
 * payment function or other valid payment platforms"). The local simulated gateway
 * (simulated-gateway.ts) implements it for tests and the demo; a real provider (the national
 * portal's payment platform, a bank) implements the same four members.
 */
export interface PaymentGateway {
  /** The path segment of its callback URL: POST /api/v1/payments/callbacks/{name}. */
  readonly name: string;
  /** False without a signing secret: online payment is then offered to nobody. */
  readonly isConfigured: boolean;
  /** Opens an order; the payer's browser is sent to `redirectUrl`. */
  createOrder(
    gc: GatewayContext,
    input: GatewayOrderInput,
  ): Promise<{ gatewayOrderId: string; redirectUrl: string }>;
  /**
   * Checks a callback's signature over the raw body (constant time) and its timestamp (five
   * minutes), then parses the event. Throws SIGNATURE_INVALID or VALIDATION_FAILED.
   */
  verifyCallback(input: {
    rawBody: Buffer;
    headers: Record<string, string | string[] | undefined>;
    now: Date;
  }): GatewayEvent;
  /** The gateway's own record of orders, for the reconciliation report. */
  listTransactions(
    gc: GatewayContext,
    filter: { from: Date; to: Date; refs: string[] },
  ): Promise<LedgerEntry[]>;
}
