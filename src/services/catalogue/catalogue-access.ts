import { DomainError } from '../../core/errors.ts';
import { hasScopeOn, type Principal, requireScope } from '../../core/organisation/permissions.ts';
import type { Scope } from '../../core/organisation/roles.ts';

/**
 * Who may change the catalogue. The Chairman publishes every procedure of the province (Decree
 * 63/2010 Art. 13.2) and the provincial centre controls publication quality (Decree 118/2025 Art.
 * 8.2.d): review and publication need the scope on the province itself. Drafting may also be done
 * by a catalogue officer of the implementing agency, for that agency's procedures only.
 */
export function canEdit(principal: Principal, agencyUnitIds: readonly string[]): boolean {
  if (hasScopeOn(principal, 'catalogue.edit', principal.tenantId)) return true;
  return (
    agencyUnitIds.length > 0 &&
    agencyUnitIds.every((id) => hasScopeOn(principal, 'catalogue.edit', id))
  );
}

export function requireEdit(principal: Principal, agencyUnitIds: readonly string[]): void {
  if (!canEdit(principal, agencyUnitIds)) {
    throw new DomainError(
      'FORBIDDEN',
      'Bạn không có quyền soạn thảo thủ tục này (cần quyền kiểm soát TTHC của cơ quan thực hiện hoặc của tỉnh).',
      {
        scope: 'catalogue.edit',
      },
    );
  }
}

export function requireProvinceScope(
  principal: Principal,
  scope: Extract<Scope, 'catalogue.review' | 'catalogue.publish'>,
): void {
  requireScope(principal, scope, principal.tenantId);
}
