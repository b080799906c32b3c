import { normaliseVnMobile } from '../../core/notifications/addresses.ts';
import { isPermanentHttpFailure } from '../../core/notifications/failures.ts';
import { isGsm7Safe } from '../../core/notifications/sms-text.ts';
import { SendFailure, type SmsMessage, type SmsSender } from './senders.ts';

/**
 * SMS through the provider's HTTP API (SMS_URL). The contract, which a thin proxy in front of any
 * Vietnamese brand-name SMS gateway can implement:
 *
 *   POST {SMS_URL}
 *   Content-Type: application/json; Idempotency-Key: <outbox row id>
 *   Authorization: Basic … (when SMS_URL carries user:password@, moved out of the URL)
 *   { "to": "+84912345678", "text": "…", "reference": "<outbox row id>", "encoding": "GSM-7" }
 *
 *   `encoding` is GSM-7 for the citizen notices (no diacritics, ≤ 160 characters: one segment);
 *   UCS-2 when the text has Vietnamese diacritics (e.g. the one-time code message), where a
 *   segment holds 70 characters and a longer text is sent as concatenated 67-character parts.
 *
 *   2xx { "id": "<provider message id>" }  → sent
 *   408, 429, 5xx, no answer               → retried with backoff
 *   other 4xx                              → failed for good (bad number, refused content)
 *
 * `reference` is stable across attempts: the provider drops a repeat after a worker crash.
 */
export function createHttpSmsSender(options: { smsUrl: string; timeoutMs?: number }): SmsSender {
  const url = new URL(options.smsUrl);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (url.username) {
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  return {
    name: 'sms-http',
    async send(message: SmsMessage) {
      const to = normaliseVnMobile(message.to) ?? message.to;
      if (!/^\+\d{8,15}$/.test(to))
        throw new SendFailure(`Số điện thoại không hợp lệ: ${message.to}`, true);
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { ...headers, 'idempotency-key': message.reference },
          body: JSON.stringify({
            to,
            text: message.text,
            reference: message.reference,
            encoding: isGsm7Safe(message.text) ? 'GSM-7' : 'UCS-2',
          }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        });
      } catch (error) {
        throw new SendFailure(
          `SMS: không kết nối được nhà cung cấp (${error instanceof Error ? error.message : String(error)})`,
          false,
        );
      }
      const text = await response.text().catch(() => '');
      if (!response.ok) {
        throw new SendFailure(
          `SMS HTTP ${response.status}: ${text.slice(0, 300)}`,
          isPermanentHttpFailure(response.status),
        );
      }
      return { providerId: readProviderId(text) ?? `http-${response.status}` };
    },
  };
}

function readProviderId(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { id?: unknown; messageId?: unknown };
    const id = parsed.id ?? parsed.messageId;
    return id === undefined || id === null ? undefined : String(id).slice(0, 200);
  } catch {
    return undefined;
  }
}
