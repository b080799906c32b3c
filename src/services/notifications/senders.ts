/**
 * Delivery channels of the notification outbox (issue #5 item 9). Implementations: SMTP for
 * e-mail, an HTTP adapter for SMS, and the demo mailbox that keeps messages in the database for
 * the demo and the tests of flows that are not about delivery.
 */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Stable id of the outbox row: the receiver can de-duplicate on it. */
  reference?: string;
}

export interface SmsMessage {
  to: string;
  text: string;
  reference?: string;
}

export interface EmailSender {
  readonly name: string;
  send(message: EmailMessage): Promise<{ providerId: string }>;
}

export interface SmsSender {
  readonly name: string;
  send(message: SmsMessage): Promise<{ providerId: string }>;
}
