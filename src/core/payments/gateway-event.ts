import { z } from 'zod';

/**
 * What a gateway tells us about an order, once its callback is verified: a payment succeeded or
 * failed. `eventId` is unique per event at the gateway: a replay carries the same id.
 */
export const gatewayEventSchema = z.object({
  eventId: z.string().trim().min(8).max(100),
  orderId: z.string().trim().min(1).max(100),
  merchantRef: z.uuid(),
  status: z.enum(['succeeded', 'failed']),
  amount: z.number().int().positive().max(1_000_000_000_000),
  currency: z.literal('VND'),
  transactionId: z.string().trim().max(100).nullable(),
  occurredAt: z.iso.datetime({ offset: true }),
});
export type GatewayEvent = z.infer<typeof gatewayEventSchema>;

/** A callback older than this (or this far in the future) is refused: a replay window closes. */
export const callbackMaxAgeSeconds = 5 * 60;

/** The signed timestamp (Unix seconds) is within five minutes of now. */
export function isFreshTimestamp(timestampSeconds: number, nowMs: number): boolean {
  if (!Number.isInteger(timestampSeconds)) return false;
  return Math.abs(nowMs / 1000 - timestampSeconds) <= callbackMaxAgeSeconds;
}
