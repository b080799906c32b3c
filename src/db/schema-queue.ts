/** Table types of migration 0008_queue.sql: services, counters, tickets, bookings, queue events. */
import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;
/** PostgreSQL `date`, kept as 'YYYY-MM-DD' text. */
type DateOnly = string;

export interface QueueServiceTable {
  id: string;
  tenantId: string;
  unitId: string;
  prefix: string;
  name: string;
  fields: Generated<string[]>;
  averageServiceMinutes: Generated<number>;
  bookingEnabled: Generated<boolean>;
  slotMinutes: Generated<number>;
  slotCapacity: Generated<number>;
  sortOrder: Generated<number>;
  isActive: Generated<boolean>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface QueueCounterTable {
  id: string;
  tenantId: string;
  unitId: string;
  counterUnitId: string | null;
  number: number;
  name: string;
  isPriority: Generated<boolean>;
  status: Generated<string>;
  officerId: string | null;
  statusChangedAt: Timestamp | null;
  isActive: Generated<boolean>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface QueueCounterServiceTable {
  counterId: string;
  serviceId: string;
}

export interface QueueBookingTable {
  id: string;
  tenantId: string;
  unitId: string;
  serviceId: string;
  day: DateOnly;
  slotStart: Timestamp;
  slotMinutes: number;
  fullName: string;
  idNumber: string;
  phone: string;
  procedureCode: string | null;
  code: string;
  status: Generated<string>;
  ticketId: string | null;
  createdAt: Timestamp;
  checkedInAt: Timestamp | null;
  cancelledAt: Timestamp | null;
}

export interface QueueTicketTable {
  id: string;
  tenantId: string;
  unitId: string;
  serviceId: string;
  day: DateOnly;
  seq: number;
  displayCode: string;
  priority: Generated<string>;
  source: Generated<string>;
  bookingId: string | null;
  procedureCode: string | null;
  status: Generated<string>;
  rankAt: Timestamp;
  issuedAt: Timestamp;
  calledAt: Timestamp | null;
  servingAt: Timestamp | null;
  finishedAt: Timestamp | null;
  counterId: string | null;
  targetCounterId: string | null;
  officerId: string | null;
  callCount: Generated<number>;
  transferCount: Generated<number>;
  version: Generated<number>;
}

export interface QueueTicketCounterTable {
  unitId: string;
  day: DateOnly;
  prefix: string;
  lastSeq: number;
}

export interface QueueEventTable {
  id: string;
  tenantId: string;
  unitId: string;
  ticketId: string;
  ticketSeq: number;
  kind: string;
  at: Timestamp;
  serviceId: string;
  counterId: string | null;
  officerId: string | null;
  fromStatus: string | null;
  toStatus: string;
  details: Json<Record<string, unknown>>;
}

export interface QueueTables {
  queueServices: QueueServiceTable;
  queueCounters: QueueCounterTable;
  queueCounterServices: QueueCounterServiceTable;
  queueBookings: QueueBookingTable;
  queueTickets: QueueTicketTable;
  queueTicketCounters: QueueTicketCounterTable;
  queueEvents: QueueEventTable;
}

export type QueueServiceRow = Selectable<QueueServiceTable>;
export type QueueCounterRow = Selectable<QueueCounterTable>;
export type QueueBookingRow = Selectable<QueueBookingTable>;
export type QueueTicketRow = Selectable<QueueTicketTable>;
export type QueueEventRow = Selectable<QueueEventTable>;
