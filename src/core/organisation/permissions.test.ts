import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { hasScopeOn, type Principal, requireScope, unitsWithScope } from './permissions.ts';
import { roleHasScope, roles, scopesOf } from './roles.ts';
import { canNest } from './unit-kinds.ts';

const principal: Principal = {
  userId: 'u',
  tenantId: 't',
  username: 'x',
  grants: [
    { unitId: 'dept', role: 'leader', coveredUnitIds: ['dept', 'div1', 'div2'] },
    { unitId: 'div1', role: 'specialist', coveredUnitIds: ['div1'] },
  ],
};

describe('permissions', () => {
  it('a scope covers the membership unit and its subtree only', () => {
    expect(hasScopeOn(principal, 'dossier.approve', 'div2')).toBe(true);
    expect(hasScopeOn(principal, 'dossier.approve', 'other')).toBe(false);
    expect(hasScopeOn(principal, 'dossier.process', 'div1')).toBe(true);
    expect(hasScopeOn(principal, 'dossier.process', 'div2')).toBe(false);
  });

  it('lists the units where a scope is held, for SQL filters', () => {
    expect(unitsWithScope(principal, 'dossier.read').sort()).toEqual(['dept', 'div1', 'div2']);
    expect(unitsWithScope(principal, 'org.manage')).toEqual([]);
  });

  it('requireScope throws FORBIDDEN naming the scope', () => {
    expect(() => requireScope(principal, 'user.manage')).toThrow(DomainError);
    expect(() => requireScope(principal, 'dossier.approve', 'dept')).not.toThrow();
  });

  it('separates duties: only reception receives, only leaders approve, admins read no dossiers', () => {
    expect(roles.filter((r) => roleHasScope(r, 'dossier.receive'))).toEqual(['reception']);
    expect(roles.filter((r) => roleHasScope(r, 'dossier.approve'))).toEqual(['leader']);
    expect(scopesOf('admin')).not.toContain('dossier.read');
    expect(roles.filter((r) => roleHasScope(r, 'catalogue.publish'))).toEqual(['catalogue']);
  });

  it('keeps the organisation tree meaningful', () => {
    expect(canNest('division', 'department')).toBe(true);
    expect(canNest('counter', 'department')).toBe(false);
    expect(canNest('province', null)).toBe(true);
    expect(canNest('commune_centre', 'commune')).toBe(true);
  });
});
