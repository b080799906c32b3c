import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type {
  QueueCounterRow,
  QueueCounterTable,
  QueueServiceRow,
  QueueServiceTable,
  QueueTicketRow,
  QueueTicketTable,
} from '../schema-queue.ts';

export type CounterWithServices = QueueCounterRow & { serviceIds: string[] };

// ---- services and counters (configured by queue.manage) ----

export async function listServicesOfUnit(
  db: Executor,
  unitId: string,
  options: { activeOnly?: boolean } = {},
): Promise<QueueServiceRow[]> {
  let query = db.selectFrom('queueServices').selectAll().where('unitId', '=', unitId);
  if (options.activeOnly) query = query.where('isActive', '=', true);
  return query.orderBy('sortOrder').orderBy('prefix').execute();
}

export async function findServiceById(db: Executor, id: string) {
  return db.selectFrom('queueServices').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertService(db: Executor, row: Insertable<QueueServiceTable>) {
  return db.insertInto('queueServices').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateService(
  db: Executor,
  id: string,
  changes: Updateable<QueueServiceTable>,
) {
  return db
    .updateTable('queueServices')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

const counterServiceIds = sql<string[]>`coalesce((
  SELECT array_agg(cs.service_id ORDER BY cs.service_id) FROM queue_counter_services cs
  WHERE cs.counter_id = queue_counters.id), '{}')`;

export async function listCountersOfUnit(
  db: Executor,
  unitId: string,
): Promise<CounterWithServices[]> {
  return db
    .selectFrom('queueCounters')
    .selectAll()
    .select(counterServiceIds.as('serviceIds'))
    .where('unitId', '=', unitId)
    .orderBy('number')
    .execute();
}

/** The counter, locked for this transaction when `lock` (one officer action at a time). */
export async function findCounterById(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<CounterWithServices | undefined> {
  const query = db
    .selectFrom('queueCounters')
    .selectAll()
    .select(counterServiceIds.as('serviceIds'))
    .where('id', '=', id);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
}

export async function findCounterOfOfficer(db: Executor, officerId: string) {
  return db
    .selectFrom('queueCounters')
    .selectAll()
    .select(counterServiceIds.as('serviceIds'))
    .where('officerId', '=', officerId)
    .where('status', '<>', 'closed')
    .executeTakeFirst();
}

export async function insertCounter(db: Executor, row: Insertable<QueueCounterTable>) {
  return db.insertInto('queueCounters').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateCounter(
  db: Executor,
  id: string,
  changes: Updateable<QueueCounterTable>,
) {
  await db
    .updateTable('queueCounters')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function setCounterServices(db: Executor, counterId: string, serviceIds: string[]) {
  await db.deleteFrom('queueCounterServices').where('counterId', '=', counterId).execute();
  if (serviceIds.length === 0) return;
  await db
    .insertInto('queueCounterServices')
    .values(serviceIds.map((serviceId) => ({ counterId, serviceId })))
    .execute();
}

// ---- tickets ----

/** Next number of the unit's day for a prefix; one row lock per unit, day and prefix. */
export async function takeNextTicketSeq(
  db: Executor,
  unitId: string,
  day: string,
  prefix: string,
): Promise<number> {
  const result = await sql<{ lastSeq: number }>`
    INSERT INTO queue_ticket_counters (unit_id, day, prefix, last_seq)
    VALUES (${unitId}, ${day}, ${prefix}, 1)
    ON CONFLICT (unit_id, day, prefix) DO UPDATE SET last_seq = queue_ticket_counters.last_seq + 1
    RETURNING last_seq`.execute(db);
  return result.rows[0]!.lastSeq;
}

export async function insertTicket(db: Executor, row: Insertable<QueueTicketTable>) {
  return db.insertInto('queueTickets').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findTicketById(db: Executor, id: string, options: { lock?: boolean } = {}) {
  const query = db.selectFrom('queueTickets').selectAll().where('id', '=', id);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
}

/** The tickets still to call today at a unit (the fair rule orders them in core). */
export async function listWaitingTickets(
  db: Executor,
  unitId: string,
  day: string,
): Promise<QueueTicketRow[]> {
  return db
    .selectFrom('queueTickets')
    .selectAll()
    .where('unitId', '=', unitId)
    .where('day', '=', day)
    .where('status', '=', 'waiting')
    .orderBy('rankAt')
    .execute();
}

/**
 * Call next, atomically: takes the first ticket of `orderedIds` (the fair rule's order) that is
 * still waiting and not being taken by another counter at this instant (FOR UPDATE SKIP LOCKED),
 * and marks it called — one statement, so two counters calling at once never get the same ticket.
 */
export async function claimFirstWaiting(
  db: Executor,
  orderedIds: string[],
  call: { counterId: string; officerId: string; at: Date },
): Promise<QueueTicketRow | undefined> {
  if (orderedIds.length === 0) return undefined;
  const ids = sql`${sql.val(orderedIds)}::uuid[]`;
  const result = await sql<QueueTicketRow>`
    UPDATE queue_tickets SET status = 'called', counter_id = ${call.counterId},
      officer_id = ${call.officerId}, called_at = ${call.at}, call_count = call_count + 1,
      target_counter_id = NULL, version = version + 1
    WHERE id = (
      SELECT id FROM queue_tickets WHERE id = ANY(${ids}) AND status = 'waiting'
      ORDER BY array_position(${ids}, id) LIMIT 1
      FOR UPDATE SKIP LOCKED)
    AND status = 'waiting'
    RETURNING *`.execute(db);
  return result.rows[0];
}

/** Applies a stage change only if the ticket is still in `fromStatus` (else the caller is stale). */
export async function updateTicketIfStatus(
  db: Executor,
  id: string,
  fromStatus: string,
  changes: Updateable<QueueTicketTable>,
): Promise<QueueTicketRow | undefined> {
  return db
    .updateTable('queueTickets')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', fromStatus)
    .returningAll()
    .executeTakeFirst();
}

/** The tickets a counter holds now: called or serving first, then those it skipped today. */
export async function listTicketsAtCounter(
  db: Executor,
  counterId: string,
  day: string,
): Promise<QueueTicketRow[]> {
  return db
    .selectFrom('queueTickets')
    .selectAll()
    .where('counterId', '=', counterId)
    .where('day', '=', day)
    .where('status', 'in', ['called', 'serving', 'skipped'])
    .orderBy('calledAt', 'desc')
    .execute();
}

export async function listTicketsOfDay(db: Executor, unitId: string, day: string) {
  return db
    .selectFrom('queueTickets')
    .selectAll()
    .where('unitId', '=', unitId)
    .where('day', '=', day)
    .orderBy('issuedAt')
    .execute();
}

/** Serving times (ms) of the day's finished tickets per service, oldest first. */
export async function listServingDurations(
  db: Executor,
  unitId: string,
  day: string,
): Promise<Array<{ serviceId: string; ms: number }>> {
  const rows = await sql<{ serviceId: string; ms: number }>`
    SELECT service_id, (extract(epoch FROM finished_at - serving_at) * 1000)::bigint AS ms
    FROM queue_tickets
    WHERE unit_id = ${unitId} AND day = ${day} AND status = 'done' AND serving_at IS NOT NULL
    ORDER BY finished_at`.execute(db);
  return rows.rows;
}

/** Tickets of days before `day` never finished: the end-of-day close marks them no-show. */
export async function listStaleTickets(db: Executor, day: string, limit: number) {
  return db
    .selectFrom('queueTickets')
    .selectAll()
    .where('day', '<', day)
    .where('status', 'in', ['waiting', 'called', 'skipped'])
    .orderBy('day')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}
