import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../core/errors.ts';
import { isFreshTimestamp } from '../../core/payments/gateway-event.ts';

export const signatureHeader = 'x-payment-signature';
export const timestampHeader = 'x-payment-timestamp';

/** HMAC-SHA256 over "timestamp.rawBody": the timestamp is signed too, so it cannot be moved. */
export function signCallback(secret: string, timestampSeconds: number, rawBody: Buffer): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.`).update(rawBody).digest('hex');
}

/** The headers a gateway sends with a callback body. */
export function signedHeaders(secret: string, timestampSeconds: number, rawBody: Buffer) {
  return {
    'content-type': 'application/json',
    [timestampHeader]: String(timestampSeconds),
    [signatureHeader]: `sha256=${signCallback(secret, timestampSeconds, rawBody)}`,
  };
}

function header(headers: Record<string, string | string[] | undefined>, name: string) {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Refuses a forged, tampered or stale callback with SIGNATURE_INVALID (401): the signature is
 * compared in constant time, and a timestamp more than five minutes away from now is refused.
 */
export function verifyCallbackSignature(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  rawBody: Buffer,
  now: Date,
): void {
  const timestamp = Number(header(headers, timestampHeader));
  const given = /^sha256=([0-9a-f]{64})$/.exec(header(headers, signatureHeader) ?? '')?.[1];
  if (!given || !Number.isInteger(timestamp)) {
    throw new DomainError(
      'SIGNATURE_INVALID',
      'Thiếu chữ ký hoặc thời điểm ký của thông báo thanh toán.',
      {
        reason: 'missing',
      },
    );
  }
  const expected = Buffer.from(signCallback(secret, timestamp, rawBody), 'hex');
  if (!timingSafeEqual(Buffer.from(given, 'hex'), expected)) {
    throw new DomainError('SIGNATURE_INVALID', 'Chữ ký của thông báo thanh toán không đúng.', {
      reason: 'signature',
    });
  }
  if (!isFreshTimestamp(timestamp, now.getTime())) {
    throw new DomainError(
      'SIGNATURE_INVALID',
      'Thông báo thanh toán đã quá 5 phút (hoặc ghi thời điểm trong tương lai): không nhận.',
      { reason: 'stale' },
    );
  }
}
