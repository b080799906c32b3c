import type { PriorityKind } from './queue-types.ts';

/**
 * THE FAIR RULE (quy tắc thứ tự công bằng) that merges bookings, walk-ins and priority tickets.
 * Stated in GLOSSARY.md and ARCHITECTURE.md; property-tested in fair-order.property.test.ts.
 *
 * 1. Every waiting ticket has a rank instant (`rankAt`):
 *    - a walk-in: the instant its ticket was issued;
 *    - a booking checked in no later than slot start + `bookingGraceMs`: the slot start, even when
 *      the citizen came early (walk-ins who came before the slot keep their turn);
 *    - a booking checked in later: the check-in instant — a late arrival loses the advantage and
 *      queues as a walk-in;
 *    - a transferred ticket keeps its rankAt: it keeps its place at the new counter or service.
 * 2. A counter calls only tickets of the services it serves; a ticket transferred to one counter
 *    is called only by that counter.
 * 3. Among those, it calls the smallest key = rankAt − advance; advance is 0 for ordinary tickets
 *    and, for priority tickets (elderly, pregnant, disabled: Decree 118/2025 Art. 13),
 *    `priorityAdvanceMs` at an ordinary counter and `priorityCounterAdvanceMs` at the priority
 *    counter. Ties: earlier rankAt, earlier issue, lower number, then id.
 * 4. Anti-starvation: the advance is bounded, so a ticket is overtaken only by tickets ranked at
 *    most that advance after it. With a counter that serves it calling, every ticket is called
 *    after finitely many calls: no ticket waits forever.
 */
export interface FairPolicy {
  bookingGraceMs: number;
  priorityAdvanceMs: number;
  priorityCounterAdvanceMs: number;
}

const minute = 60_000;

export const fairPolicy: FairPolicy = {
  bookingGraceMs: 10 * minute,
  priorityAdvanceMs: 30 * minute,
  priorityCounterAdvanceMs: 120 * minute,
};

/** What the rule needs to know of a waiting ticket; instants are epoch milliseconds. */
export interface QueuedTicket {
  id: string;
  serviceId: string;
  priority: PriorityKind;
  rankAt: number;
  issuedAt: number;
  /** The ticket's number in its prefix and day: orders tickets issued in the same instant. */
  seq: number;
  targetCounterId: string | null;
}

export interface CallingCounter {
  id: string;
  serviceIds: readonly string[];
  isPriority: boolean;
}

/** Rule 1 for a booking checked in at `checkInAt`. */
export function rankBookingCheckIn(
  slotStart: number,
  checkInAt: number,
  policy: FairPolicy = fairPolicy,
): { rankAt: number; onTime: boolean } {
  const onTime = checkInAt <= slotStart + policy.bookingGraceMs;
  return { rankAt: onTime ? slotStart : checkInAt, onTime };
}

/** Rule 2. */
export function canCall(counter: CallingCounter, ticket: QueuedTicket): boolean {
  return (
    counter.serviceIds.includes(ticket.serviceId) &&
    (ticket.targetCounterId === null || ticket.targetCounterId === counter.id)
  );
}

/** The largest head start a ticket can get at this counter (rule 4's bound). */
export function maxAdvanceMs(counter: Pick<CallingCounter, 'isPriority'>, policy = fairPolicy) {
  return counter.isPriority ? policy.priorityCounterAdvanceMs : policy.priorityAdvanceMs;
}

/** Rule 3's key. */
export function orderKey(
  ticket: QueuedTicket,
  counter: Pick<CallingCounter, 'isPriority'>,
  policy: FairPolicy = fairPolicy,
): number {
  return ticket.priority === 'none' ? ticket.rankAt : ticket.rankAt - maxAdvanceMs(counter, policy);
}

export function compareForCounter(
  counter: Pick<CallingCounter, 'isPriority'>,
  policy: FairPolicy = fairPolicy,
): (a: QueuedTicket, b: QueuedTicket) => number {
  return (a, b) =>
    orderKey(a, counter, policy) - orderKey(b, counter, policy) ||
    a.rankAt - b.rankAt ||
    a.issuedAt - b.issuedAt ||
    a.seq - b.seq ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The tickets this counter may call, in the order it calls them. */
export function orderForCounter<T extends QueuedTicket>(
  tickets: readonly T[],
  counter: CallingCounter,
  policy: FairPolicy = fairPolicy,
): T[] {
  return tickets.filter((t) => canCall(counter, t)).sort(compareForCounter(counter, policy));
}

export function pickNext<T extends QueuedTicket>(
  tickets: readonly T[],
  counter: CallingCounter,
  policy: FairPolicy = fairPolicy,
): T | undefined {
  return orderForCounter(tickets, counter, policy)[0];
}

/**
 * People ahead of `ticket`: waiting tickets of its service that an ordinary counter serving that
 * service would call first. What the kiosk prints and the expected wait is computed from.
 */
export function countAhead(
  ticket: QueuedTicket,
  waiting: readonly QueuedTicket[],
  policy: FairPolicy = fairPolicy,
): number {
  const compare = compareForCounter({ isPriority: false }, policy);
  return waiting.filter(
    (other) =>
      other.id !== ticket.id && other.serviceId === ticket.serviceId && compare(other, ticket) < 0,
  ).length;
}
