import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CallingCounter,
  canCall,
  countAhead,
  fairPolicy,
  maxAdvanceMs,
  orderForCounter,
  pickNext,
  type QueuedTicket,
  rankBookingCheckIn,
} from './fair-order.ts';
import { priorityKinds } from './queue-types.ts';

const minute = 60_000;
const dayStart = Date.parse('2026-03-02T07:30:00+07:00');
const services = ['S1', 'S2', 'S3'];
const counterIds = ['C1', 'C2', 'C3'];

const ticketArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    serviceId: fc.constantFrom(...services),
    priority: fc.oneof(
      { weight: 3, arbitrary: fc.constant('none' as const) },
      { weight: 1, arbitrary: fc.constantFrom(...priorityKinds) },
    ),
    rankAt: fc.integer({ min: dayStart, max: dayStart + 600 * minute }),
    issuedAt: fc.integer({ min: dayStart - 60 * minute, max: dayStart + 600 * minute }),
    seq: fc.integer({ min: 1, max: 999 }),
    targetCounterId: fc.oneof(
      { weight: 5, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom(...counterIds) },
    ),
  });

const ticketsArb = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ticketArb(`t${i}`))));

const counterArb: fc.Arbitrary<CallingCounter> = fc.record({
  id: fc.constantFrom(...counterIds),
  serviceIds: fc.subarray(services, { minLength: 1 }),
  isPriority: fc.boolean(),
});

describe('the fair rule (src/core/queue/fair-order.ts)', () => {
  it('a counter only calls tickets of services it serves, and calls one whenever it can', () => {
    fc.assert(
      fc.property(ticketsArb, counterArb, (tickets, counter) => {
        const next = pickNext(tickets, counter);
        const eligible = tickets.filter((t) => canCall(counter, t));
        if (eligible.length === 0) expect(next).toBeUndefined();
        else {
          expect(next).toBeDefined();
          expect(counter.serviceIds).toContain(next!.serviceId);
          expect([null, counter.id]).toContain(next!.targetCounterId);
        }
      }),
    );
  });

  it('the order does not depend on the order tickets were read in', () => {
    fc.assert(
      fc.property(
        ticketsArb.chain((ts) =>
          fc.tuple(fc.constant(ts), fc.shuffledSubarray(ts, { minLength: ts.length })),
        ),
        counterArb,
        ([tickets, shuffled], counter) => {
          expect(orderForCounter(shuffled, counter).map((t) => t.id)).toEqual(
            orderForCounter(tickets, counter).map((t) => t.id),
          );
        },
      ),
    );
  });

  it('first come, first served within a class; overtaking bounded by the stated advance', () => {
    fc.assert(
      fc.property(ticketsArb, counterArb, (tickets, counter) => {
        const next = pickNext(tickets, counter);
        if (!next) return;
        for (const other of tickets.filter((t) => canCall(counter, t))) {
          // Nobody is overtaken by a ticket ranked more than the advance after it…
          expect(next.rankAt).toBeLessThanOrEqual(other.rankAt + maxAdvanceMs(counter));
          // …and within the same class (ordinary or priority) strictly by rank.
          if ((next.priority === 'none') === (other.priority === 'none'))
            expect(next.rankAt).toBeLessThanOrEqual(other.rankAt);
        }
      }),
    );
  });

  it('priority tickets go first at the priority counter, unless an ordinary one waited 2 h longer', () => {
    fc.assert(
      fc.property(ticketsArb, counterArb, (tickets, base) => {
        const counter = { ...base, isPriority: true };
        const next = pickNext(tickets, counter);
        if (next?.priority !== 'none') return;
        const prioritised = tickets.filter((t) => canCall(counter, t) && t.priority !== 'none');
        for (const p of prioritised)
          expect(p.rankAt).toBeGreaterThanOrEqual(
            next.rankAt + fairPolicy.priorityCounterAdvanceMs,
          );
      }),
    );
  });

  it('no ticket waits forever: while arrivals go on, a ticket is called within a bounded number of calls', () => {
    const arrival = fc.record({
      gap: fc.integer({ min: 0, max: 6 * minute }),
      serviceId: fc.constantFrom('S1', 'S2'),
      priority: fc.oneof(
        { weight: 2, arbitrary: fc.constant('none' as const) },
        { weight: 1, arbitrary: fc.constantFrom('elderly' as const, 'pregnant' as const) },
      ),
      bookedSlotIn: fc.option(fc.integer({ min: -20, max: 40 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(arrival, { minLength: 1, maxLength: 120 }),
        fc.boolean(),
        fc.integer({ min: 2, max: 8 }),
        (arrivals, isPriority, serviceMinutes) => {
          const counter: CallingCounter = { id: 'C1', serviceIds: ['S1', 'S2'], isPriority };
          // Tickets arrive faster than one counter serves them; the queue grows all day.
          let now = dayStart;
          const all: QueuedTicket[] = arrivals.map((a, i) => {
            now += a.gap;
            // A booking: slot start some minutes from its check-in (early, on time or late).
            const rankAt =
              a.bookedSlotIn === undefined
                ? now
                : rankBookingCheckIn(now + a.bookedSlotIn * minute, now).rankAt;
            return {
              id: `t${i}`,
              serviceId: a.serviceId,
              priority: a.priority,
              rankAt,
              issuedAt: now,
              seq: i + 1,
              targetCounterId: null,
            };
          });
          const waiting: QueuedTicket[] = [];
          const callsAfterArrival = new Map<string, number>();
          let clock = dayStart;
          let next = 0;
          while (next < all.length || waiting.length > 0) {
            while (next < all.length && all[next]!.issuedAt <= clock) {
              waiting.push(all[next]!);
              callsAfterArrival.set(all[next]!.id, 0);
              next++;
            }
            const called = pickNext(waiting, counter);
            if (called) {
              waiting.splice(waiting.indexOf(called), 1);
              const bound = all.filter(
                (u) => u.id !== called.id && u.rankAt <= called.rankAt + maxAdvanceMs(counter),
              ).length;
              expect(callsAfterArrival.get(called.id)).toBeLessThanOrEqual(bound);
              for (const w of waiting)
                callsAfterArrival.set(w.id, callsAfterArrival.get(w.id)! + 1);
            }
            clock += serviceMinutes * minute;
          }
          // And every ticket was called.
          expect(callsAfterArrival.size).toBe(all.length);
        },
      ),
    );
  });

  it('a booking checked in within its window is ordered at its slot start; a late one loses the advantage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayStart, max: dayStart + 480 * minute }),
        fc.integer({ min: -90, max: 90 }),
        (slotStart, checkInMinutes) => {
          const checkIn = slotStart + checkInMinutes * minute;
          const { rankAt, onTime } = rankBookingCheckIn(slotStart, checkIn);
          if (checkIn <= slotStart + fairPolicy.bookingGraceMs) {
            expect(onTime).toBe(true);
            expect(rankAt).toBe(slotStart);
          } else {
            expect(onTime).toBe(false);
            expect(rankAt).toBe(checkIn);
          }
        },
      ),
    );
  });

  it('an on-time booking goes before every ordinary walk-in who came after its slot start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 15 }),
        (checkInAfter, walkInGaps) => {
          const slotStart = dayStart + 60 * minute;
          const checkIn = slotStart + checkInAfter * minute;
          const booking: QueuedTicket = {
            id: 'booking',
            serviceId: 'S1',
            priority: 'none',
            rankAt: rankBookingCheckIn(slotStart, checkIn).rankAt,
            issuedAt: checkIn,
            seq: 1,
            targetCounterId: null,
          };
          const walkIns = walkInGaps.map((g, i) => ({
            ...booking,
            id: `w${i}`,
            rankAt: slotStart + g * 1000,
            issuedAt: slotStart + g * 1000,
          }));
          const order = orderForCounter([...walkIns, booking], {
            id: 'C1',
            serviceIds: ['S1'],
            isPriority: false,
          });
          expect(order[0]!.id).toBe('booking');
        },
      ),
    );
  });

  it('a transferred ticket keeps its place: it is ordered by its first rank at the new service', () => {
    fc.assert(
      fc.property(ticketsArb, fc.integer({ min: 1, max: 120 }), (tickets, minutesEarlier) => {
        const ordinary = tickets
          .filter((t) => t.priority === 'none')
          .map((t) => ({ ...t, serviceId: 'S2', targetCounterId: null }));
        const oldest = Math.min(dayStart, ...ordinary.map((t) => t.rankAt));
        // Issued at S1 before anyone now waiting at S2, then transferred to S2.
        const transferred: QueuedTicket = {
          id: 'moved',
          serviceId: 'S2',
          priority: 'none',
          rankAt: oldest - minutesEarlier * minute,
          issuedAt: oldest - minutesEarlier * minute,
          seq: 1,
          targetCounterId: null,
        };
        const counter = { id: 'C2', serviceIds: ['S2'], isPriority: false };
        expect(pickNext([...ordinary, transferred], counter)!.id).toBe('moved');
      }),
    );
  });

  it('people ahead on the ticket = its place in the call order of an ordinary counter', () => {
    fc.assert(
      fc.property(ticketsArb, (tickets) => {
        const free = tickets.map((t) => ({ ...t, targetCounterId: null }));
        for (const t of free) {
          const order = orderForCounter(free, {
            id: 'X',
            serviceIds: [t.serviceId],
            isPriority: false,
          });
          expect(countAhead(t, free)).toBe(order.findIndex((o) => o.id === t.id));
        }
      }),
    );
  });
});
