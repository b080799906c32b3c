import { DomainError } from '../../core/errors.ts';
import { type Principal, unitsWithScope } from '../../core/organisation/permissions.ts';
import { isRole, roleLabels, scopes, scopesOf } from '../../core/organisation/roles.ts';
import { findUserById, listMemberships } from '../../db/repositories/users.ts';
import type { ServiceContext } from '../context.ts';

export interface Me {
  user: {
    id: string;
    username: string;
    fullName: string;
    title: string | null;
    email: string | null;
  };
  memberships: Array<{
    id: string;
    unitId: string;
    unitCode: string;
    unitName: string;
    unitKind: string;
    role: string;
    roleLabel: string;
  }>;
  roles: string[];
  scopes: string[];
}

export async function getMe(ctx: ServiceContext, principal: Principal): Promise<Me> {
  const user = await findUserById(ctx.db, principal.userId);
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Phiên đăng nhập không còn hợp lệ.');
  const memberships = await listMemberships(ctx.db, user.id);
  const roles = [...new Set(memberships.map((m) => m.role))];
  const held = new Set(roles.filter(isRole).flatMap((role) => scopesOf(role)));
  return {
    user: {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      title: user.title,
      email: user.email,
    },
    memberships: memberships.map((m) => ({
      ...m,
      roleLabel: isRole(m.role) ? roleLabels[m.role] : m.role,
    })),
    roles,
    scopes: scopes.filter(
      (scope) => held.has(scope) && unitsWithScope(principal, scope).length > 0,
    ),
  };
}
