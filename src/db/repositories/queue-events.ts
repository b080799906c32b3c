import type { Insertable } from 'kysely';
import type { Executor } from '../database.ts';
import type { QueueEventTable } from '../schema-queue.ts';

// ---- events ----

export async function insertQueueEvent(db: Executor, row: Insertable<QueueEventTable>) {
  await db.insertInto('queueEvents').values(row).execute();
}

export interface QueueEventView {
  id: string;
  ticketId: string;
  ticketSeq: number;
  kind: string;
  at: Date;
  serviceId: string;
  counterId: string | null;
  officerId: string | null;
  displayCode: string;
  counterNumber: number | null;
}

/** Events of a unit from `since` (inclusive), oldest first, with the ticket's code and counter. */
export async function listQueueEvents(
  db: Executor,
  unitId: string,
  range: { since: Date; until?: Date; kinds?: string[]; limit?: number },
): Promise<QueueEventView[]> {
  let query = db
    .selectFrom('queueEvents as e')
    .innerJoin('queueTickets as t', 't.id', 'e.ticketId')
    .leftJoin('queueCounters as c', 'c.id', 'e.counterId')
    .select([
      'e.id',
      'e.ticketId',
      'e.ticketSeq',
      'e.kind',
      'e.at',
      'e.serviceId',
      'e.counterId',
      'e.officerId',
      't.displayCode',
      'c.number as counterNumber',
    ])
    .where('e.unitId', '=', unitId)
    .where('e.at', '>=', range.since);
  if (range.until) query = query.where('e.at', '<', range.until);
  if (range.kinds) query = query.where('e.kind', 'in', range.kinds);
  return query
    .orderBy('e.at')
    .orderBy('e.id')
    .limit(range.limit ?? 5000)
    .execute();
}

/** The latest calls of a unit (newest first) for the display board. */
export async function listLatestCalls(db: Executor, unitId: string, since: Date, limit: number) {
  return db
    .selectFrom('queueEvents as e')
    .innerJoin('queueTickets as t', 't.id', 'e.ticketId')
    .innerJoin('queueCounters as c', 'c.id', 'e.counterId')
    .select(['e.id', 'e.at', 'e.kind', 't.displayCode', 'c.number as counterNumber'])
    .where('e.unitId', '=', unitId)
    .where('e.at', '>=', since)
    .where('e.kind', 'in', ['called', 'recalled'])
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute();
}

// ---- look-ups for views ----

export async function findUserNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'fullName'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

/** The dossiers received from a ticket (dossiers.ticket_id, written by counter intake). */
export async function listDossiersOfTicket(db: Executor, ticketId: string) {
  return db
    .selectFrom('dossiers')
    .select(['code', 'procedureCode', 'procedureName', 'status'])
    .where('ticketId', '=', ticketId)
    .orderBy('receivedAt')
    .execute();
}

export async function listTicketEvents(db: Executor, ticketId: string) {
  return db
    .selectFrom('queueEvents')
    .selectAll()
    .where('ticketId', '=', ticketId)
    .orderBy('ticketSeq')
    .execute();
}

/** One-stop units of the given kinds that offer at least one active queue service. */
export async function listUnitsWithQueue(db: Executor, kinds: readonly string[]) {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind', 'address', 'openingHours', 'sortOrder'])
    .where('kind', 'in', [...kinds])
    .where('isActive', '=', true)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('queueServices as s')
          .select('s.id')
          .whereRef('s.unitId', '=', 'units.id')
          .where('s.isActive', '=', true),
      ),
    )
    .orderBy('sortOrder')
    .orderBy('code')
    .execute();
}
