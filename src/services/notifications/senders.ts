import type { Executor } from '../../db/database.ts';

/**
 * Delivery channels of the notification outbox (issue #5 item 9). Implementations: SMTP for
 * e-mail (smtp-email-sender.ts), an HTTP adapter for SMS (http-sms-sender.ts), and the demo
 * mailbox (demo-mailbox.ts) that keeps messages in the database when SMTP_URL / SMS_URL are unset.
 * Senders are called by the delivery worker outside any transaction (a slow server must not hold
 * database locks); they throw a SendFailure that says whether a retry can help.
 */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  /** The outbox row id: the Message-ID is derived from it, identical on every attempt. */
  reference: string;
  /** The outbox template, e.g. `citizen.received` or `citizen.otp` (kept by the demo mailbox). */
  template?: string | undefined;
  tenantId?: string | undefined;
}

export interface SmsMessage {
  /** A Vietnamese mobile as stored (0912345678) or E.164 (+84912345678). */
  to: string;
  text: string;
  /** The outbox row id, sent as the provider's client reference (de-duplication). */
  reference: string;
  template?: string | undefined;
  tenantId?: string | undefined;
}

/** What a sender may use besides the message: the database (demo mailbox) and the instant. */
export interface SendEnvironment {
  db: Executor;
  now: Date;
}

export interface SendResult {
  /** What the server or provider answered on acceptance (queue id, message id). */
  providerId: string;
}

export interface EmailSender {
  readonly name: string;
  send(message: EmailMessage, env: SendEnvironment): Promise<SendResult>;
  close?(): Promise<void>;
}

export interface SmsSender {
  readonly name: string;
  send(message: SmsMessage, env: SendEnvironment): Promise<SendResult>;
  close?(): Promise<void>;
}

/** A delivery that did not happen; `permanent` failures are not retried. */
export class SendFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'SendFailure';
  }
}
