import { DomainError } from '../../core/errors.ts';
import type { Executor } from '../../db/database.ts';
import { findUnitByCode } from '../../db/repositories/units.ts';
import type { CreateProcedureInput } from './catalogue-input.ts';

export interface AgencyBinding {
  unitId: string;
  handlingUnitId: string | null;
}

/** Turns the agencies of an input (unit codes, or "every commune") into unit ids of the tenant. */
export async function resolveAgencies(
  db: Executor,
  tenantId: string,
  input: Pick<CreateProcedureInput, 'agencies' | 'allCommunes'>,
): Promise<AgencyBinding[]> {
  const bindings: AgencyBinding[] = [];
  for (const [index, agency] of input.agencies.entries()) {
    const unit = await findUnitByCode(db, agency.unitCode);
    if (!unit || unit.tenantId !== tenantId) {
      throw new DomainError('VALIDATION_FAILED', `Không có đơn vị ${agency.unitCode}.`, {
        fields: [{ field: `agencies.${index}.unitCode`, message: 'không có đơn vị này' }],
      });
    }
    let handlingUnitId: string | null = null;
    if (agency.handlingUnitCode) {
      const handling = await findUnitByCode(db, agency.handlingUnitCode);
      if (!handling || handling.parentId !== unit.id) {
        throw new DomainError(
          'VALIDATION_FAILED',
          `${agency.handlingUnitCode} không phải phòng của ${agency.unitCode}.`,
          {
            fields: [
              {
                field: `agencies.${index}.handlingUnitCode`,
                message: 'không phải phòng của cơ quan',
              },
            ],
          },
        );
      }
      handlingUnitId = handling.id;
    }
    bindings.push({ unitId: unit.id, handlingUnitId });
  }
  if (input.allCommunes) {
    const rows = await db
      .selectFrom('units as c')
      .leftJoin('units as d', (join) =>
        join
          .onRef('d.parentId', '=', 'c.id')
          .on('d.kind', '=', 'division')
          .on('d.name', 'like', `${input.allCommunes!.division}%`),
      )
      .select(['c.id as unitId', 'd.id as handlingUnitId'])
      .where('c.tenantId', '=', tenantId)
      .where('c.kind', '=', 'commune')
      .where('c.isActive', '=', true)
      .execute();
    const seen = new Set(bindings.map((b) => b.unitId));
    for (const row of rows) {
      if (seen.has(row.unitId)) continue;
      seen.add(row.unitId);
      bindings.push({ unitId: row.unitId, handlingUnitId: row.handlingUnitId });
    }
  }
  return bindings;
}
