import { DomainError } from '../errors.ts';
import { type Role, roleHasScope, type Scope } from './roles.ts';

/** A membership as the domain sees it: a role on a unit, covering the unit's subtree. */
export interface Grant {
  unitId: string;
  role: Role;
  /** Every unit id in the subtree of `unitId`, itself included (from the closure table). */
  coveredUnitIds: readonly string[];
}

export interface Principal {
  userId: string;
  tenantId: string;
  username: string;
  fullName?: string;
  grants: readonly Grant[];
}

/** The unit ids on which the principal holds `scope`; SQL filters use this list. */
export function unitsWithScope(principal: Principal, scope: Scope): string[] {
  const ids = new Set<string>();
  for (const grant of principal.grants) {
    if (roleHasScope(grant.role, scope)) for (const id of grant.coveredUnitIds) ids.add(id);
  }
  return [...ids];
}

export function hasScopeOn(principal: Principal, scope: Scope, unitId: string): boolean {
  return principal.grants.some(
    (grant) => roleHasScope(grant.role, scope) && grant.coveredUnitIds.includes(unitId),
  );
}

export function hasScopeAnywhere(principal: Principal, scope: Scope): boolean {
  return principal.grants.some((grant) => roleHasScope(grant.role, scope));
}

/** The one permission check every service calls. */
export function requireScope(principal: Principal, scope: Scope, unitId?: string): void {
  const ok = unitId ? hasScopeOn(principal, scope, unitId) : hasScopeAnywhere(principal, scope);
  if (!ok) {
    throw new DomainError(
      'FORBIDDEN',
      'Bạn không có quyền thực hiện thao tác này tại đơn vị này.',
      {
        scope,
        unitId,
      },
    );
  }
}
