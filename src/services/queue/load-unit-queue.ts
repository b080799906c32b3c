import type { Executor } from '../../db/database.ts';
import {
  type CounterWithServices,
  listCountersOfUnit,
  listServicesOfUnit,
} from '../../db/repositories/queue.ts';
import { findUserNames } from '../../db/repositories/queue-events.ts';
import type { QueueServiceRow } from '../../db/schema-queue.ts';

export interface UnitQueue {
  services: QueueServiceRow[];
  counters: CounterWithServices[];
  serviceById: Map<string, QueueServiceRow>;
  counterById: Map<string, CounterWithServices>;
  officerNames: Map<string, string>;
}

/** A unit's services and counters, with the names of the officers serving them. */
export async function loadUnitQueue(db: Executor, unitId: string): Promise<UnitQueue> {
  const services = await listServicesOfUnit(db, unitId);
  const counters = await listCountersOfUnit(db, unitId);
  const officerNames = await findUserNames(
    db,
    counters.map((c) => c.officerId).filter((id): id is string => id !== null),
  );
  return {
    services,
    counters,
    serviceById: new Map(services.map((s) => [s.id, s])),
    counterById: new Map(counters.map((c) => [c.id, c])),
    officerNames,
  };
}
