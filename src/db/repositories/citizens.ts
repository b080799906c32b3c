import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { NotificationTable } from '../schema.ts';
import type {
  CitizenOtpRow,
  CitizenOtpTable,
  CitizenRow,
  CitizenSessionTable,
  CitizenTable,
} from '../schema-citizens.ts';

/** Citizen accounts, one-time codes, citizen sessions and exchanged e-ID codes (migration 0009). */

export async function findCitizenById(db: Executor, id: string): Promise<CitizenRow | undefined> {
  return db.selectFrom('citizens').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCitizenByAddress(
  db: Executor,
  tenantId: string,
  channel: 'sms' | 'email',
  address: string,
): Promise<CitizenRow | undefined> {
  return db
    .selectFrom('citizens')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where(channel === 'sms' ? 'phone' : 'email', '=', address)
    .executeTakeFirst();
}

export async function findCitizenByIdentity(
  db: Executor,
  tenantId: string,
  subject: string,
): Promise<CitizenRow | undefined> {
  return db
    .selectFrom('citizens')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('identitySubject', '=', subject)
    .executeTakeFirst();
}

/** Inserts the account unless one exists for the same key (a race of two first sign-ins). */
export async function insertCitizen(
  db: Executor,
  citizen: Insertable<CitizenTable>,
): Promise<void> {
  await db
    .insertInto('citizens')
    .values(citizen)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function updateCitizen(
  db: Executor,
  id: string,
  changes: Updateable<CitizenTable>,
): Promise<void> {
  await db.updateTable('citizens').set(changes).where('id', '=', id).execute();
}

/** Serialises code requests for one address until the transaction ends. */
export async function lockOtpDestination(db: Executor, key: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`citizen-otp:${key}`}))`.execute(db);
}

/** The code's message in the outbox (SMS or e-mail), for the delivery worker to send. */
export async function queueOtpMessage(
  db: Executor,
  message: Insertable<NotificationTable> & { recipientAddress: string },
): Promise<void> {
  await db
    .insertInto('notifications')
    .values({ ...message, status: 'pending' })
    .execute();
}

export async function insertOtp(db: Executor, otp: Insertable<CitizenOtpTable>): Promise<void> {
  await db.insertInto('citizenOtps').values(otp).execute();
}

/** When codes to this address were created since `since`. */
export async function listOtpTimes(
  db: Executor,
  tenantId: string,
  destination: string,
  since: Date,
): Promise<Date[]> {
  const rows = await db
    .selectFrom('citizenOtps')
    .select('createdAt')
    .where('tenantId', '=', tenantId)
    .where('destination', '=', destination)
    .where('createdAt', '>', since)
    .execute();
  return rows.map((r) => r.createdAt);
}

export async function countOtpsFromIp(db: Executor, ip: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('citizenOtps')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('requestedIp', '=', ip)
    .where('createdAt', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A new code makes the earlier unused ones of the same address worthless. */
export async function supersedeOtps(
  db: Executor,
  tenantId: string,
  destination: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('citizenOtps')
    .set({ supersededAt: at })
    .where('tenantId', '=', tenantId)
    .where('destination', '=', destination)
    .where('consumedAt', 'is', null)
    .where('supersededAt', 'is', null)
    .execute();
}

export async function findOtpById(db: Executor, id: string): Promise<CitizenOtpRow | undefined> {
  return db.selectFrom('citizenOtps').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The code row, locked: two concurrent tries of one code count as two. */
export async function findOtpForUpdate(
  db: Executor,
  id: string,
): Promise<CitizenOtpRow | undefined> {
  return db
    .selectFrom('citizenOtps')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateOtp(
  db: Executor,
  id: string,
  changes: { attempts?: number; consumedAt?: Date },
): Promise<void> {
  await db.updateTable('citizenOtps').set(changes).where('id', '=', id).execute();
}

export async function insertCitizenSession(
  db: Executor,
  session: Insertable<CitizenSessionTable>,
): Promise<void> {
  await db.insertInto('citizenSessions').values(session).execute();
}

export async function findCitizenSession(db: Executor, id: string) {
  return db
    .selectFrom('citizenSessions as s')
    .innerJoin('citizens as c', 'c.id', 's.citizenId')
    .select([
      's.id',
      's.citizenId',
      's.tenantId',
      's.csrfToken',
      's.method',
      's.createdAt',
      's.lastSeenAt',
      's.expiresAt',
      'c.fullName',
      'c.phone',
      'c.email',
      'c.identityLevel',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function touchCitizenSession(
  db: Executor,
  id: string,
  at: Date,
  expiresAt: Date,
): Promise<void> {
  await db
    .updateTable('citizenSessions')
    .set({ lastSeenAt: at, expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteCitizenSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('citizenSessions').where('id', '=', id).execute();
}

/** Records an exchanged e-ID code; false when it was exchanged before (a replay). */
export async function claimIdentityCode(
  db: Executor,
  row: { codeHash: string; tenantId: string; usedAt: Date; expiresAt: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('citizenIdentityCodes')
    .values(row)
    .onConflict((oc) => oc.column('codeHash').doNothing())
    .returning('codeHash')
    .execute();
  return inserted.length === 1;
}

/** Housekeeping: sessions, codes and exchanged e-ID codes past their use. */
export async function purgeExpiredCitizenRows(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('citizenSessions').where('expiresAt', '<', now).execute();
  await db.deleteFrom('citizenIdentityCodes').where('expiresAt', '<', now).execute();
  await db
    .deleteFrom('citizenOtps')
    .where('createdAt', '<', new Date(now.getTime() - 24 * 3_600_000))
    .execute();
}
