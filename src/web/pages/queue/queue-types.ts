/** Shapes of the queue API (src/server/routes/queue-routes.ts) as the counter panel reads them. */
import type { CounterStatus, PriorityKind, TicketStatus } from '../../../core/queue/queue-types.ts';

export interface QueueTicket {
  id: string;
  displayCode: string;
  status: TicketStatus;
  statusLabel: string;
  priority: PriorityKind;
  priorityLabel: string;
  source: 'walk_in' | 'booking';
  service: { id: string; prefix: string; name: string };
  procedureCode: string | null;
  issuedAt: string | null;
  rankAt: string | null;
  calledAt: string | null;
  servingAt: string | null;
  counter: { id: string; number: number | null; name: string | null } | null;
  callCount: number;
  transferCount: number;
}

export interface WaitingTicket extends QueueTicket {
  ahead: number;
  expectedWaitMinutes: number;
  booking: { code: string; fullName: string; slotStart: string | null } | null;
}

export interface QueueCounter {
  id: string;
  number: number;
  name: string;
  isPriority: boolean;
  status: CounterStatus;
  statusLabel: string;
  serviceIds: string[];
  officer: { id: string; fullName: string | null } | null;
  current?: { id: string; displayCode: string; status: TicketStatus } | null;
}

export interface MyCounter {
  unit: { code: string; name: string } | null;
  counter: QueueCounter | null;
  current: QueueTicket | null;
  skipped: QueueTicket[];
}

export interface QueueService {
  id: string;
  prefix: string;
  name: string;
}

export interface WaitingList {
  items: WaitingTicket[];
  services: Array<
    QueueService & { waiting: number; openCounters: number; expectedWaitMinutes: number }
  >;
}

export interface UnitCounters {
  unit: { code: string; name: string };
  services: QueueService[];
  counters: QueueCounter[];
}
