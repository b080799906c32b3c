import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../database.ts';
import type { MembershipTable, UserRow, UserTable } from '../schema.ts';

export async function insertUser(db: Executor, user: Insertable<UserTable>): Promise<void> {
  await db.insertInto('users').values(user).execute();
}

export async function updateUser(
  db: Executor,
  id: string,
  changes: Updateable<UserTable>,
): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function findUserByUsername(
  db: Executor,
  username: string,
): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listUsers(
  db: Executor,
  tenantId: string,
  filter: { unitIds?: readonly string[]; role?: string; q?: string } = {},
): Promise<UserRow[]> {
  let query = db.selectFrom('users').selectAll('users').where('users.tenantId', '=', tenantId);
  if (filter.unitIds || filter.role) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('memberships as m')
          .select('m.id')
          .whereRef('m.userId', '=', 'users.id')
          .$if(filter.unitIds !== undefined, (q) =>
            q.where(
              'm.unitId',
              'in',
              filter.unitIds!.length ? filter.unitIds! : ['00000000-0000-0000-0000-000000000000'],
            ),
          )
          .$if(filter.role !== undefined, (q) => q.where('m.role', '=', filter.role!)),
      ),
    );
  }
  if (filter.q) {
    const pattern = `%${filter.q.toLowerCase()}%`;
    query = query.where((eb) =>
      eb.or([
        eb('users.username', 'like', pattern),
        eb(eb.fn('lower', ['users.fullName']), 'like', pattern),
      ]),
    );
  }
  return query.orderBy('users.username').limit(500).execute();
}

/** Failed login: count it and lock the account when the count reaches the limit. */
export async function recordFailedLogin(
  db: Executor,
  id: string,
  limit: number,
  lockUntil: Date,
): Promise<{ failedLoginCount: number; lockedUntil: Date | null }> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({
      failedLoginCount: eb('failedLoginCount', '+', 1),
      lockedUntil: eb
        .case()
        .when('failedLoginCount', '>=', limit - 1)
        .then(lockUntil)
        .else(eb.ref('lockedUntil'))
        .end(),
    }))
    .where('id', '=', id)
    .returning(['failedLoginCount', 'lockedUntil'])
    .executeTakeFirstOrThrow();
  return row;
}

export type MembershipWithUnit = {
  id: string;
  unitId: string;
  role: string;
  unitCode: string;
  unitName: string;
  unitKind: string;
};

export async function listMemberships(db: Executor, userId: string): Promise<MembershipWithUnit[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('units as u', 'u.id', 'm.unitId')
    .select([
      'm.id',
      'm.unitId',
      'm.role',
      'u.code as unitCode',
      'u.name as unitName',
      'u.kind as unitKind',
    ])
    .where('m.userId', '=', userId)
    .orderBy('u.code')
    .execute();
}

/** Memberships with the subtree each one covers, in one query (for the request principal). */
export async function listGrantRows(
  db: Executor,
  userId: string,
): Promise<Array<{ unitId: string; role: string; descendantId: string }>> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('unitClosure as c', 'c.ancestorId', 'm.unitId')
    .select(['m.unitId', 'm.role', 'c.descendantId'])
    .where('m.userId', '=', userId)
    .execute();
}

export async function insertMembership(
  db: Executor,
  membership: Insertable<MembershipTable>,
): Promise<void> {
  await db.insertInto('memberships').values(membership).execute();
}

export async function deleteMembership(db: Executor, id: string): Promise<number> {
  const result = await db.deleteFrom('memberships').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function findMembership(
  db: Executor,
  id: string,
): Promise<{ id: string; userId: string; unitId: string; role: string } | undefined> {
  return db
    .selectFrom('memberships')
    .select(['id', 'userId', 'unitId', 'role'])
    .where('id', '=', id)
    .executeTakeFirst();
}
