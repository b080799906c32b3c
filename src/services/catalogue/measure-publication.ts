import { findMissingComponents } from '../../core/catalogue/completeness.ts';
import { procedureRecordSchema } from '../../core/catalogue/procedure-record.ts';
import {
  type MeasureOutcome,
  measurePublication,
  scoreMeasure,
} from '../../core/catalogue/publication-measures.ts';
import { type Principal, requireScope } from '../../core/organisation/permissions.ts';
import type { ProcedureVersionRow } from '../../db/schema.ts';
import type { ServiceContext } from '../context.ts';

const localDate = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** 766 group 1 measures of one published version (null for versions not published yet). */
export async function measureVersion(
  ctx: ServiceContext,
  tenantId: string,
  v: ProcedureVersionRow,
) {
  if (!v.publishedAt) return null;
  const calendar = await ctx.calendars.forUnit(ctx.db, tenantId, null);
  const timing = measurePublication(calendar, {
    decisionDate: v.decisionDate,
    legalEffectiveOn: v.legalEffectiveOn,
    publishedOn: localDate(v.publishedAt),
  });
  const missing =
    v.changeKind === 'abolished'
      ? []
      : findMissingComponents(procedureRecordSchema.parse(v.record));
  return { ...timing, complete: missing.length === 0, missingComponents: missing };
}

/**
 * The 766 group-1 indicators per implementing agency for the publications of a period
 * (1.1: 6 points, 1.2: 4, 1.3: 2), with the inputs that produce each figure.
 */
export async function measureCataloguePublication(
  ctx: ServiceContext,
  principal: Principal,
  period: { from: string; to: string },
) {
  requireScope(principal, 'catalogue.read');
  const rows = await ctx.db
    .selectFrom('procedureVersions as v')
    .innerJoin('procedures as p', 'p.id', 'v.procedureId')
    .innerJoin('procedureAgencies as pa', 'pa.procedureId', 'p.id')
    .innerJoin('units as u', 'u.id', 'pa.unitId')
    .selectAll('v')
    .select([
      'p.code as procedureCode',
      'u.code as agencyCode',
      'u.name as agencyName',
      'u.kind as agencyKind',
    ])
    .where('v.tenantId', '=', principal.tenantId)
    .where('v.publishedAt', 'is not', null)
    .where('v.decisionDate', '>=', period.from)
    .where('v.decisionDate', '<=', period.to)
    .execute();
  const calendar = await ctx.calendars.forUnit(ctx.db, principal.tenantId, null);
  // Communes share the province's publication: they are reported as one line.
  const byAgency = new Map<
    string,
    {
      name: string;
      decision: Map<string, MeasureOutcome[]>;
      publication: Map<string, MeasureOutcome[]>;
      completeness: Map<string, MeasureOutcome[]>;
    }
  >();
  for (const row of rows) {
    const key = row.agencyKind === 'commune' ? 'communes' : row.agencyCode;
    const name = row.agencyKind === 'commune' ? 'Ủy ban nhân dân cấp xã (tất cả)' : row.agencyName;
    const entry = byAgency.get(key) ?? {
      name,
      decision: new Map(),
      publication: new Map(),
      completeness: new Map(),
    };
    byAgency.set(key, entry);
    const m = measurePublication(calendar, {
      decisionDate: row.decisionDate,
      legalEffectiveOn: row.legalEffectiveOn,
      publishedOn: localDate(row.publishedAt!),
    });
    const complete =
      row.changeKind === 'abolished' ||
      findMissingComponents(procedureRecordSchema.parse(row.record)).length === 0;
    push(entry.decision, row.procedureCode, m.decisionOnTime);
    push(entry.publication, row.procedureCode, m.publishedOnTime);
    push(entry.completeness, row.procedureCode, complete ? 'on_time' : 'late');
  }
  return {
    period,
    formulas: {
      '1.1':
        'Tỷ lệ TTHC có quyết định công bố trước ngày văn bản quy định có hiệu lực ít nhất 5 ngày làm việc × 6 điểm',
      '1.2': 'Tỷ lệ TTHC được công khai trong 5 ngày làm việc kể từ ngày quyết định × 4 điểm',
      '1.3':
        'Tỷ lệ TTHC công bố đủ thành phần (tên, trình tự, cách thức, hồ sơ, thời hạn, đối tượng, cơ quan thực hiện, kết quả) × 2 điểm',
    },
    agencies: [...byAgency.entries()].map(([code, e]) => ({
      code,
      name: e.name,
      '1.1': scoreMeasure(e.decision, 6),
      '1.2': scoreMeasure(e.publication, 4),
      '1.3': scoreMeasure(e.completeness, 2),
    })),
  };
}

function push(map: Map<string, MeasureOutcome[]>, key: string, outcome: MeasureOutcome) {
  map.set(key, [...(map.get(key) ?? []), outcome]);
}
