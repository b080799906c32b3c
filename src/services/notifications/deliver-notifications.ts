import { decideRetry, deliveryLeaseMs } from '../../core/notifications/retry-schedule.ts';
import {
  type ClaimedDelivery,
  claimDueDeliveries,
  recordDeliveryFailed,
  recordDeliverySent,
} from '../../db/repositories/deliveries.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { SendFailure, type SendResult } from './senders.ts';

export interface DeliveryReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

export interface DeliveryOptions {
  /** Messages claimed per round; a round sends them in parallel. */
  limit?: number;
  /** Rounds per call at most (a backlog drains over several ticks). */
  maxRounds?: number;
  /** [0, 1) for the retry jitter; tests pass a constant. */
  random?: () => number;
}

/**
 * Delivers due e-mails and SMS of the outbox (issue #5 item 9). Each round:
 *  1. claims due rows in a short transaction (FOR UPDATE SKIP LOCKED + a lease, attempt logged as
 *     `sending`), so several workers or processes never hold the same message at once;
 *  2. sends them OUTSIDE any transaction (a slow mail server must not hold locks — nor, on the
 *     embedded database, its only connection);
 *  3. records each outcome in its own short transaction: sent, retry at the next backoff instant,
 *     or failed (a permanent error, or the attempts used up).
 *
 * Guarantee: at-least-once. A process that dies between 2 and 3 leaves the row claimed; when the
 * lease runs out another worker sends it again, with the same Message-ID / SMS reference, and the
 * dead attempt is logged `abandoned`. Each claim counts as an attempt, so even repeated crashes
 * send one message at most `maxDeliveryAttempts` times, and receivers can drop the repeats.
 */
export async function deliverDueNotifications(
  ctx: ServiceContext,
  options: DeliveryOptions = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { claimed: 0, sent: 0, retried: 0, failed: 0 };
  const random = options.random ?? Math.random;
  for (let round = 0; round < (options.maxRounds ?? 10); round++) {
    const now = ctx.clock.now();
    const claimed = await inTransaction(ctx, (trx) =>
      claimDueDeliveries(trx, {
        now,
        leaseUntil: new Date(now.getTime() + deliveryLeaseMs),
        limit: options.limit ?? 10,
        adapters: { email: ctx.adapters.email.name, sms: ctx.adapters.sms.name },
      }),
    );
    if (claimed.length === 0) break;
    report.claimed += claimed.length;
    const outcomes = await Promise.all(claimed.map((d) => deliverOne(ctx, d, random)));
    for (const outcome of outcomes) report[outcome]++;
    if (claimed.length < (options.limit ?? 10)) break;
  }
  return report;
}

async function deliverOne(
  ctx: ServiceContext,
  d: ClaimedDelivery,
  random: () => number,
): Promise<'sent' | 'retried' | 'failed'> {
  let result: SendResult;
  try {
    result = await send(ctx, d);
  } catch (error) {
    const permanent = error instanceof SendFailure ? error.permanent : false;
    const message = error instanceof Error ? error.message : String(error);
    const at = ctx.clock.now();
    const decision = decideRetry(d.attemptNo, permanent, at, random());
    const retryAt = decision.kind === 'retry' ? decision.at : null;
    await inTransaction(ctx, (trx) =>
      recordDeliveryFailed(trx, {
        notificationId: d.id,
        attemptNo: d.attemptNo,
        at,
        error: message,
        retryAt,
      }),
    );
    return retryAt ? 'retried' : 'failed';
  }
  await inTransaction(ctx, (trx) =>
    recordDeliverySent(trx, {
      notificationId: d.id,
      attemptNo: d.attemptNo,
      at: ctx.clock.now(),
      providerId: result.providerId,
    }),
  );
  return 'sent';
}

function send(ctx: ServiceContext, d: ClaimedDelivery): Promise<SendResult> {
  const env = { db: ctx.db, now: ctx.clock.now() };
  const to = d.recipientAddress ?? '';
  if (d.channel === 'email') {
    const html = (d.payload as { html?: unknown }).html;
    return ctx.adapters.email.send(
      {
        to,
        subject: d.subject,
        text: d.body,
        html: typeof html === 'string' ? html : undefined,
        reference: d.id,
        template: d.template,
        tenantId: d.tenantId,
      },
      env,
    );
  }
  return ctx.adapters.sms.send(
    { to, text: d.body, reference: d.id, template: d.template, tenantId: d.tenantId },
    env,
  );
}
