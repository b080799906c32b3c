import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from './schema.ts';

/** One attempt to deliver an outbox e-mail or SMS (migration 0011). */
export interface DeliveryAttemptTable {
  id: string;
  tenantId: string;
  notificationId: string;
  attemptNo: number;
  startedAt: Timestamp;
  finishedAt: Timestamp | null;
  adapter: string;
  outcome: Generated<DeliveryOutcome>;
  providerId: string | null;
  error: string | null;
}

export type DeliveryOutcome = 'sending' | 'sent' | 'retry' | 'failed' | 'abandoned';

/** A message the demo mailbox kept instead of sending it (demo mode, no SMTP_URL / SMS_URL). */
export interface DemoMailboxTable {
  id: string;
  tenantId: string;
  notificationId: string | null;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string | null;
  body: string;
  html: string | null;
  messageId: string;
  template: string;
  keptAt: Timestamp;
}

/** Table types of migration 0011_delivery.sql: delivery attempts of the notification outbox. */
export interface DeliveryTables {
  deliveryAttempts: DeliveryAttemptTable;
  demoMailbox: DemoMailboxTable;
}

export type DeliveryAttemptRow = Selectable<DeliveryAttemptTable>;
export type DemoMailboxRow = Selectable<DemoMailboxTable>;
