import { type UnitKind, unitKindLabels } from '../../core/organisation/unit-kinds.ts';
import type { UnitRow } from '../../db/schema.ts';

/** The public shape of a unit in API answers. */
export function presentUnit(unit: UnitRow, parentCode?: string | null) {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    kind: unit.kind,
    kindLabel: unitKindLabels[unit.kind as UnitKind] ?? unit.kind,
    parentId: unit.parentId,
    parentCode: parentCode ?? null,
    gsoCode: unit.gsoCode,
    address: unit.address,
    phone: unit.phone,
    email: unit.email,
    website: unit.website,
    contacts: unit.contacts,
    openingHours: unit.openingHours,
    officeSessions: unit.officeSessions,
    sortOrder: unit.sortOrder,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    isActive: unit.isActive,
  };
}
export type UnitView = ReturnType<typeof presentUnit>;
