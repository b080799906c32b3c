import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { QueueBookingRow, QueueBookingTable } from '../schema-queue.ts';

/**
 * Serialises bookings that compete for one limit (a person's day, a slot) until the transaction
 * ends: counting then inserting is safe without a row to lock.
 */
export async function lockBookingKeys(db: Executor, keys: string[]): Promise<void> {
  for (const key of [...keys].sort()) {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`queue:${key}`}, 0))`.execute(db);
  }
}

export async function countPersonBookings(
  db: Executor,
  idNumber: string,
  day: string,
): Promise<number> {
  const row = await db
    .selectFrom('queueBookings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('idNumber', '=', idNumber)
    .where('day', '=', day)
    .where('status', '<>', 'cancelled')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Bookings holding each slot of a service's day (cancelled ones free their place). */
export async function countBookingsBySlot(
  db: Executor,
  serviceId: string,
  day: string,
): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('queueBookings')
    .select(['slotStart', (eb) => eb.fn.countAll<number>().as('n')])
    .where('serviceId', '=', serviceId)
    .where('day', '=', day)
    .where('status', '<>', 'cancelled')
    .groupBy('slotStart')
    .execute();
  return new Map(rows.map((r) => [r.slotStart.getTime(), Number(r.n)]));
}

export async function insertBooking(db: Executor, row: Insertable<QueueBookingTable>) {
  return db.insertInto('queueBookings').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findBookingByCode(
  db: Executor,
  code: string,
  options: { lock?: boolean } = {},
): Promise<QueueBookingRow | undefined> {
  const query = db.selectFrom('queueBookings').selectAll().where('code', '=', code);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
}

export async function findBookingById(db: Executor, id: string) {
  return db.selectFrom('queueBookings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateBooking(
  db: Executor,
  id: string,
  changes: Updateable<QueueBookingTable>,
): Promise<void> {
  await db.updateTable('queueBookings').set(changes).where('id', '=', id).execute();
}

/** Bookings of days before `day` never checked in: they become no-shows (they still count). */
export async function markMissedBookings(db: Executor, day: string): Promise<number> {
  const result = await db
    .updateTable('queueBookings')
    .set({ status: 'no_show' })
    .where('status', '=', 'booked')
    .where('day', '<', day)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listBookingsByIds(db: Executor, ids: string[]): Promise<QueueBookingRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('queueBookings').selectAll().where('id', 'in', ids).execute();
}
