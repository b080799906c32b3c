import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { insertUnits, type NewUnit, rebuildClosure } from '../../db/repositories/units.ts';
import { type CommunesFixture, type DepartmentsFixture, readFixture } from './fixtures.ts';

export interface SeededOrganisation {
  tenantId: string;
  unitIdByCode: Map<string, string>;
  /** For each provincial agency code: its divisions by name. */
  agencyDivisions: Map<string, Map<string, string>>;
  /** For each commune code: its unit id and its divisions by name. */
  communes: Array<{
    unitId: string;
    code: string;
    name: string;
    kind: string;
    divisions: Map<string, string>;
    centreCode: string;
  }>;
}

/**
 * Hưng Yên after 1/7/2025: the provincial People's Committee, its agencies with (illustrative)
 * divisions, the provincial service centre with counters, two vertical agencies, the 104 communes
 * and wards (real GSO codes) each with its centre, counters and divisions, and the abolished
 * districts as closed legacy units.
 */
export async function seedOrganisation(trx: Trx): Promise<SeededOrganisation> {
  const fixture = readFixture<DepartmentsFixture>('org/departments.json');
  const hungYen = readFixture<CommunesFixture>('org/hung-yen-2025.json');
  const tenantId = newId();
  const units: NewUnit[] = [];
  const ids = new Map<string, string>();
  const add = (
    unit: Omit<NewUnit, 'id' | 'tenantId' | 'contacts'> & { contacts?: unknown[] },
    id = newId(),
  ) => {
    ids.set(unit.code, id);
    units.push({ ...unit, id, tenantId, contacts: JSON.stringify(unit.contacts ?? []) });
    return id;
  };

  add(
    {
      code: fixture.province.code,
      name: fixture.province.name,
      shortName: fixture.province.shortName,
      kind: 'province',
      parentId: null,
      gsoCode: hungYen.province.code,
      address: fixture.province.address,
      validFrom: '2025-07-01',
      sortOrder: 0,
    },
    tenantId,
  );
  const agencyDivisions = new Map<string, Map<string, string>>();
  const agencies = [
    ...fixture.departments.map((d, i) => ({ ...d, kind: 'department' as const, sortOrder: i + 1 })),
    ...fixture.external.map((d, i) => ({ ...d, kind: 'external' as const, sortOrder: 50 + i })),
  ];
  for (const agency of agencies) {
    const agencyId = add({
      code: agency.code,
      name: agency.name,
      kind: agency.kind,
      parentId: tenantId,
      sortOrder: agency.sortOrder,
    });
    const divisions = new Map<string, string>();
    agency.divisions.forEach((name, j) => {
      const code = `000.${String(j + 1).padStart(2, '0')}.${agency.code.split('.')[2]}.H31`;
      divisions.set(name, add({ code, name, kind: 'division', parentId: agencyId, sortOrder: j }));
    });
    agencyDivisions.set(agency.code, divisions);
  }
  const centre = fixture.serviceCentre;
  const centreId = add({
    code: centre.code,
    name: centre.name,
    kind: 'service_centre',
    parentId: ids.get(centre.parentCode)!,
    address: centre.address,
    openingHours: centre.openingHours,
    phone: '0221 3 000 000',
    sortOrder: 0,
    contacts: [
      { name: 'Nguyễn Văn An (minh họa)', title: 'Giám đốc Trung tâm', phone: '0221 3 000 001' },
      {
        name: 'Trần Thị Bình (minh họa)',
        title: 'Phó Giám đốc Trung tâm',
        phone: '0221 3 000 002',
      },
    ],
  });
  centre.counters.forEach((name, i) => {
    add({
      code: `${centre.code}.Q${i + 1}`,
      name,
      kind: 'counter',
      parentId: centreId,
      sortOrder: i,
    });
  });

  const communes: SeededOrganisation['communes'] = [];
  hungYen.communes.forEach((commune, i) => {
    const code = `H31.${commune.code}`;
    const unitId = add({
      code,
      name: commune.name,
      shortName: commune.shortName,
      kind: 'commune',
      parentId: tenantId,
      gsoCode: commune.code,
      validFrom: '2025-07-01',
      sortOrder: 100 + i,
    });
    const centreCode = `${code}.TT`;
    const communeCentreId = add({
      code: centreCode,
      name: `Trung tâm Phục vụ hành chính công ${commune.name.charAt(0).toLowerCase()}${commune.name.slice(1)}`,
      kind: 'commune_centre',
      parentId: unitId,
      openingHours: 'Sáng 07:30–11:30, chiều 13:30–17:30, thứ Hai đến thứ Sáu',
    });
    add({
      code: `${centreCode}.Q1`,
      name: 'Quầy 1',
      kind: 'counter',
      parentId: communeCentreId,
      sortOrder: 1,
    });
    add({
      code: `${centreCode}.Q2`,
      name: 'Quầy 2',
      kind: 'counter',
      parentId: communeCentreId,
      sortOrder: 2,
    });
    const divisions = new Map<string, string>();
    const names =
      commune.kind === 'phường' ? fixture.commune.divisionsPhuong : fixture.commune.divisionsXa;
    names.forEach((name, j) => {
      const id = add({
        code: `${code}.${String(j + 1).padStart(2, '0')}`,
        name,
        kind: 'division',
        parentId: unitId,
        sortOrder: j,
      });
      divisions.set(name, id);
    });
    communes.push({ unitId, code, name: commune.name, kind: commune.kind, divisions, centreCode });
  });

  // Districts abolished on 1/7/2025 (Resolution 202/2025/QH15): kept closed, for history.
  const districts = new Set(
    hungYen.communes.flatMap((c) => c.formedFrom.map((f) => `${f.oldDistrict}|${f.oldProvince}`)),
  );
  [...districts].sort().forEach((key, i) => {
    const [district, province] = key.split('|');
    add({
      code: `H31.HUYEN.${String(i + 1).padStart(2, '0')}`,
      name: `${district} (${province?.replace('Tỉnh ', 'tỉnh ')} cũ)`,
      kind: 'district',
      parentId: tenantId,
      validTo: '2025-06-30',
      isActive: false,
      sortOrder: 900 + i,
    });
  });

  await insertUnits(trx, units);
  await rebuildClosure(trx, tenantId);
  return { tenantId, unitIdByCode: ids, agencyDivisions, communes };
}
