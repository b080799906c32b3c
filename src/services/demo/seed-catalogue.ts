import { procedureRecordSchema } from '../../core/catalogue/procedure-record.ts';
import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { type DemoProcedure, readFixture } from './fixtures.ts';
import type { SeededOrganisation } from './seed-organisation.ts';

/** Published in force from the day the two-level government started. */
const effectiveFrom = new Date('2025-07-01T00:00:00+07:00');

/**
 * The demo catalogue: real procedures of the national portal (fixtures/procedures) bound to the
 * demo agencies — commune-level ones to every commune — plus the fictional test procedures.
 */
export async function seedDemoCatalogue(trx: Trx, org: SeededOrganisation): Promise<number> {
  const items = [
    ...readFixture<DemoProcedure[]>('procedures/demo-procedures.json'),
    ...readFixture<DemoProcedure[]>('procedures/fictional-procedures.json'),
  ];
  for (const item of items) {
    const record = procedureRecordSchema.parse(item.record);
    const procedureId = newId();
    const versionId = newId();
    await trx
      .insertInto('procedures')
      .values({
        id: procedureId,
        tenantId: org.tenantId,
        code: record.code,
        name: record.name,
        field: record.field,
        levels: record.levels,
        isFictional: item.fictional ?? false,
      })
      .execute();
    await trx
      .insertInto('procedureVersions')
      .values({
        id: versionId,
        tenantId: org.tenantId,
        procedureId,
        versionNo: 1,
        status: 'published',
        record: JSON.stringify(record),
        effectiveFrom,
        decisionNumber: record.decisionNumber,
        decisionDate: '2025-06-25',
        decisionSigner: 'Chủ tịch UBND tỉnh (minh họa)',
      })
      .execute();
    await trx
      .updateTable('procedures')
      .set({ publishedVersionId: versionId })
      .where('id', '=', procedureId)
      .execute();
    const agencies = resolveAgencies(item.agency, org);
    await trx
      .insertInto('procedureAgencies')
      .values(
        agencies.map((a) => ({
          procedureId,
          tenantId: org.tenantId,
          unitId: a.unitId,
          handlingUnitId: a.handlingUnitId,
        })),
      )
      .execute();
  }
  return items.length;
}

function resolveAgencies(agency: DemoProcedure['agency'], org: SeededOrganisation) {
  if (agency.level === 'commune') {
    return org.communes.map((c) => {
      const division = [...c.divisions.entries()].find(([name]) =>
        name.startsWith(agency.division),
      )?.[1];
      return { unitId: c.unitId, handlingUnitId: division ?? null };
    });
  }
  const unitId = org.unitIdByCode.get(agency.agencyCode);
  if (!unitId) throw new Error(`unknown agency ${agency.agencyCode}`);
  const division = org.agencyDivisions.get(agency.agencyCode)?.get(agency.division);
  if (!division) throw new Error(`agency ${agency.agencyCode} has no division ${agency.division}`);
  return [{ unitId, handlingUnitId: division }];
}
