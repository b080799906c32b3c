import type { ColumnType, Generated, Selectable } from 'kysely';

/** Table types of migration 0010_payments_results_ratings.sql: payments, gateway, ratings. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;
/** bigint: parsed to a number by the INT8 type parser in database.ts. */
type Money = ColumnType<number, number, number>;

export interface PaymentReceiptCounterTable {
  unitId: string;
  year: number;
  tenantId: string;
  lastNo: number;
}

export interface PaymentTable {
  id: string;
  tenantId: string;
  dossierId: string;
  method: 'cash' | 'bank_transfer' | 'online';
  status: 'pending' | 'paid' | 'failed';
  amount: Money;
  lines: Json<Array<{ name: string; amountVnd: number | null; per: string | null }>>;
  payerName: string;
  collectingUnitId: string;
  agencyUnitId: string;
  receiptYear: number | null;
  receiptNo: number | null;
  receiptNumber: string | null;
  collectedBy: string | null;
  transferReference: string | null;
  gateway: string | null;
  gatewayOrderId: string | null;
  gatewayTransactionId: string | null;
  gatewayRedirectUrl: string | null;
  note: string | null;
  createdAt: Timestamp;
  paidAt: Timestamp | null;
  failedAt: Timestamp | null;
}

export interface PaymentGatewayEventTable {
  id: string;
  tenantId: string;
  gateway: string;
  eventId: string;
  paymentId: string;
  outcome: 'succeeded' | 'failed';
  amount: Money;
  occurredAt: Timestamp;
  appliedAt: Timestamp;
}

export interface PaymentCallbackTable {
  id: string;
  gateway: string;
  receivedAt: Timestamp;
  eventId: string | null;
  paymentId: string | null;
  result: string;
  httpStatus: number;
  message: string | null;
  body: string;
  remoteIp: string | null;
}

export interface PaymentSimOrderTable {
  id: string;
  merchantRef: string;
  amount: Money;
  description: string;
  returnUrl: string;
  callbackUrl: string;
  status: Generated<'created' | 'succeeded' | 'failed'>;
  transactionId: string | null;
  createdAt: Timestamp;
  completedAt: Timestamp | null;
  settledAt: Timestamp | null;
  callbackAttempts: Generated<number>;
  lastCallbackStatus: number | null;
}

export interface RatingPromptTable {
  id: string;
  tenantId: string;
  unitId: string;
  counterNo: number;
  dossierId: string;
  officerId: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
}

export interface RatingTable {
  id: string;
  tenantId: string;
  dossierId: string;
  channel: 'counter' | 'qr' | 'online';
  unitId: string;
  agencyUnitId: string;
  officerId: string | null;
  receivedBy: string | null;
  returnedBy: string | null;
  ticketId: string | null;
  counterNo: number | null;
  returnTime: number;
  bodiesContacted: number;
  timesContacted: number;
  informationAccuracy: number;
  staffAttitude: number;
  lawfulness: number;
  feedbackExplanations: number | null;
  onlineQuality: number | null;
  overall: number;
  comment: string | null;
  createdAt: Timestamp;
}

export interface PaymentTables {
  paymentReceiptCounters: PaymentReceiptCounterTable;
  payments: PaymentTable;
  paymentGatewayEvents: PaymentGatewayEventTable;
  paymentCallbacks: PaymentCallbackTable;
  paymentSimOrders: PaymentSimOrderTable;
  ratingPrompts: RatingPromptTable;
  ratings: RatingTable;
}

export type PaymentRow = Selectable<PaymentTable>;
export type PaymentSimOrderRow = Selectable<PaymentSimOrderTable>;
export type RatingRow = Selectable<RatingTable>;
