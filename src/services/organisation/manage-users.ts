import { DomainError } from '../../core/errors.ts';
import {
  hasScopeAnywhere,
  hasScopeOn,
  type Principal,
  requireScope,
  unitsWithScope,
} from '../../core/organisation/permissions.ts';
import { type Role, roleLabels } from '../../core/organisation/roles.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import { deleteUserSessions } from '../../db/repositories/sessions.ts';
import { findUnitByCode } from '../../db/repositories/units.ts';
import {
  deleteMembership,
  findMembership,
  findUserById,
  findUserByUsername,
  insertMembership,
  insertUser,
  listMemberships,
  listUsers,
  updateUser,
} from '../../db/repositories/users.ts';
import type { UserRow } from '../../db/schema.ts';
import { hashPassword, validatePasswordStrength } from '../auth/passwords.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import type { UserInput, UserPatch } from './user-input.ts';

async function presentUser(db: Executor, user: UserRow) {
  const memberships = await listMemberships(db, user.id);
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    title: user.title,
    email: user.email,
    phone: user.phone,
    isActive: user.isActive,
    isDemo: user.isDemo,
    lockedUntil: user.lockedUntil ? user.lockedUntil.toISOString() : null,
    failedLoginCount: user.failedLoginCount,
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
    memberships: memberships.map((m) => ({
      ...m,
      roleLabel: roleLabels[m.role as Role] ?? m.role,
    })),
  };
}
export type UserView = Awaited<ReturnType<typeof presentUser>>;

/** Users visible to an administrator: those with a membership in the units they manage. */
export async function listManagedUsers(
  ctx: ServiceContext,
  principal: Principal,
  filter: { q?: string; role?: string; unitCode?: string },
): Promise<UserView[]> {
  requireScope(principal, 'user.manage');
  let unitIds = unitsWithScope(principal, 'user.manage');
  if (filter.unitCode) {
    const unit = await findUnitByCode(ctx.db, filter.unitCode);
    unitIds = unit && unitIds.includes(unit.id) ? [unit.id] : [];
  }
  const users = await listUsers(ctx.db, principal.tenantId, {
    unitIds,
    role: filter.role,
    q: filter.q,
  });
  return Promise.all(users.map((u) => presentUser(ctx.db, u)));
}

export async function getManagedUser(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<UserView> {
  const user = await findUserById(ctx.db, id);
  if (!user || user.tenantId !== principal.tenantId)
    throw new DomainError('NOT_FOUND', 'Không tìm thấy người dùng.');
  await requireManages(ctx.db, principal, user.id);
  return presentUser(ctx.db, user);
}

export async function createUser(
  ctx: ServiceContext,
  principal: Principal,
  input: UserInput,
): Promise<UserView> {
  requireScope(principal, 'user.manage');
  const weak = validatePasswordStrength(input.password);
  if (weak) throw new DomainError('VALIDATION_FAILED', weak, { field: 'password' });
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (trx) => {
    if (await findUserByUsername(trx, input.username)) {
      throw new DomainError('DUPLICATE', `Tên đăng nhập ${input.username} đã tồn tại.`, {
        field: 'username',
      });
    }
    const id = newId();
    await insertUser(trx, {
      id,
      tenantId: principal.tenantId,
      username: input.username,
      fullName: input.fullName.normalize('NFC'),
      title: input.title ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      passwordHash,
    });
    for (const membership of input.memberships) {
      await addMembershipIn(trx, principal, id, membership.unitCode, membership.role);
    }
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: 'user.created',
      targetType: 'user',
      targetId: id,
      details: { username: input.username, memberships: input.memberships },
    });
    return presentUser(trx, (await findUserById(trx, id))!);
  }).finally(() => ctx.principals.clear()); // roles changed: resolve sessions again
}

export async function updateManagedUser(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  patch: UserPatch,
): Promise<UserView> {
  const passwordHash = patch.password ? await hashNewPassword(patch.password) : undefined;
  return inTransaction(ctx, async (trx) => {
    const user = await findUserById(trx, id);
    if (!user || user.tenantId !== principal.tenantId)
      throw new DomainError('NOT_FOUND', 'Không tìm thấy người dùng.');
    await requireManages(trx, principal, id);
    const updated = await updateUser(trx, id, {
      ...(patch.fullName !== undefined ? { fullName: patch.fullName.normalize('NFC') } : {}),
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.email !== undefined ? { email: patch.email } : {}),
      ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
      ...(patch.isActive !== undefined ? { isActive: patch.isActive } : {}),
      ...(passwordHash ? { passwordHash } : {}),
      ...(patch.unlock || passwordHash ? { failedLoginCount: 0, lockedUntil: null } : {}),
    });
    // A new password or a disabled account ends every open session of that user.
    if (passwordHash || patch.isActive === false) await deleteUserSessions(trx, id);
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: 'user.updated',
      targetType: 'user',
      targetId: id,
      details: { ...patch, password: patch.password ? '(đã đổi)' : undefined },
    });
    return presentUser(trx, updated!);
  }).finally(() => ctx.principals.clear()); // roles changed: resolve sessions again
}

export async function addMembership(
  ctx: ServiceContext,
  principal: Principal,
  userId: string,
  unitCode: string,
  role: Role,
): Promise<UserView> {
  return inTransaction(ctx, async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user || user.tenantId !== principal.tenantId)
      throw new DomainError('NOT_FOUND', 'Không tìm thấy người dùng.');
    await addMembershipIn(trx, principal, userId, unitCode, role);
    return presentUser(trx, user);
  }).finally(() => ctx.principals.clear()); // roles changed: resolve sessions again
}

export async function removeMembership(
  ctx: ServiceContext,
  principal: Principal,
  userId: string,
  membershipId: string,
): Promise<UserView> {
  return inTransaction(ctx, async (trx) => {
    const membership = await findMembership(trx, membershipId);
    if (!membership || membership.userId !== userId)
      throw new DomainError('NOT_FOUND', 'Không tìm thấy phân quyền.');
    requireScope(principal, 'user.manage', membership.unitId);
    await deleteMembership(trx, membershipId);
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: 'membership.removed',
      targetType: 'user',
      targetId: userId,
      details: { unitId: membership.unitId, role: membership.role },
    });
    return presentUser(trx, (await findUserById(trx, userId))!);
  }).finally(() => ctx.principals.clear()); // roles changed: resolve sessions again
}

async function addMembershipIn(
  trx: Executor,
  principal: Principal,
  userId: string,
  unitCode: string,
  role: Role,
) {
  const unit = await findUnitByCode(trx, unitCode);
  if (!unit || unit.tenantId !== principal.tenantId) {
    throw new DomainError('NOT_FOUND', `Không tìm thấy đơn vị ${unitCode}.`, { field: 'unitCode' });
  }
  requireScope(principal, 'user.manage', unit.id);
  const existing = await listMemberships(trx, userId);
  if (existing.some((m) => m.unitId === unit.id && m.role === role)) {
    throw new DomainError('DUPLICATE', 'Người dùng đã có vai trò này tại đơn vị này.', {
      field: 'role',
    });
  }
  await insertMembership(trx, {
    id: newId(),
    tenantId: principal.tenantId,
    userId,
    unitId: unit.id,
    role,
  });
  await insertAuditEvent(trx, {
    tenantId: principal.tenantId,
    actorId: principal.userId,
    action: 'membership.added',
    targetType: 'user',
    targetId: userId,
    details: { unitCode, role },
  });
}

/** An administrator manages a user who has a membership in their scope (or none yet). */
async function requireManages(db: Executor, principal: Principal, userId: string): Promise<void> {
  const memberships = await listMemberships(db, userId);
  const ok =
    memberships.length === 0
      ? hasScopeAnywhere(principal, 'user.manage')
      : memberships.some((m) => hasScopeOn(principal, 'user.manage', m.unitId));
  if (!ok) throw new DomainError('FORBIDDEN', 'Bạn không quản lý người dùng này.');
}

async function hashNewPassword(password: string): Promise<string> {
  const weak = validatePasswordStrength(password);
  if (weak) throw new DomainError('VALIDATION_FAILED', weak, { field: 'password' });
  return hashPassword(password);
}
