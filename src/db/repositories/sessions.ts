import type { Executor } from '../database.ts';

export interface SessionWithUser {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  username: string;
  fullName: string;
  tenantId: string;
  isActive: boolean;
}

export async function insertSession(
  db: Executor,
  session: {
    id: string;
    userId: string;
    csrfToken: string;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function findSession(db: Executor, id: string): Promise<SessionWithUser | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .select([
      's.id',
      's.userId',
      's.csrfToken',
      's.expiresAt',
      's.lastSeenAt',
      'u.username',
      'u.fullName',
      'u.tenantId',
      'u.isActive',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function touchSession(
  db: Executor,
  id: string,
  at: Date,
  expiresAt: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ lastSeenAt: at, expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('userId', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expiresAt', '<', now).execute();
}
