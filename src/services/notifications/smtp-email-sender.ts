import { createTransport } from 'nodemailer';
import { isEmailAddress } from '../../core/notifications/addresses.ts';
import { messageIdFor } from '../../core/notifications/dedupe-keys.ts';
import { isPermanentSmtpFailure } from '../../core/notifications/failures.ts';
import { type EmailMessage, type EmailSender, SendFailure } from './senders.ts';

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
}

/**
 * E-mail over SMTP (SMTP_URL: `smtp://user:pass@host:587`, `smtps://…:465`; nodemailer options
 * may follow as query parameters, e.g. `?requireTLS=true`). A small connection pool is kept open
 * between messages. Every message carries a Message-ID derived from its outbox row, so a resend
 * after a crash is recognisable as the same message (at-least-once delivery, dedupe-keys.ts).
 */
export function createSmtpEmailSender(options: { smtpUrl: string; mailFrom: string }): EmailSender {
  const transport = createTransport(
    {
      url: options.smtpUrl,
      pool: true,
      maxConnections: 2,
      // Well under the worker's lease (retry-schedule.ts): a hung server fails the attempt first.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
    { from: options.mailFrom },
  );
  return {
    name: 'smtp',
    async send(message: EmailMessage) {
      if (!isEmailAddress(message.to))
        throw new SendFailure(`Địa chỉ e-mail không hợp lệ: ${message.to}`, true);
      try {
        const info = await transport.sendMail({
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
          messageId: messageIdFor(message.reference, options.mailFrom),
          headers: { 'X-Mot-Cua-Reference': message.reference },
        });
        return { providerId: String(info.response ?? info.messageId).slice(0, 500) };
      } catch (error) {
        const e = error as SmtpError;
        const permanent = isPermanentSmtpFailure({ responseCode: e.responseCode, code: e.code });
        const detail = e.response ?? e.message;
        throw new SendFailure(
          `${e.responseCode ?? e.code ?? 'SMTP'}: ${detail}`.slice(0, 1000),
          permanent,
        );
      }
    },
    async close() {
      transport.close();
    },
  };
}
