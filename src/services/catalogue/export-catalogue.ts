import { formatInstant } from '../../core/calendar/index.ts';
import { procedureRecordSchema } from '../../core/catalogue/procedure-record.ts';
import { type Principal, requireScope } from '../../core/organisation/permissions.ts';
import { findUnitById } from '../../db/repositories/units.ts';
import type { ServiceContext } from '../context.ts';
import type { CatalogueEntry } from './catalogue-table.ts';
import { renderCsv } from './export-csv.ts';
import { renderXlsx } from './export-xlsx.ts';
import { listAgencyRows, listLiveVersions, pickVersions } from './import-export-queries.ts';

export const transferFormats = ['json', 'csv', 'xlsx'] as const;
export type TransferFormat = (typeof transferFormats)[number];

export interface ExportInput {
  format: TransferFormat;
  /** published: the version in force of each procedure; all: also procedures only drafted. */
  state: 'published' | 'all';
}

const contentTypes: Record<TransferFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The catalogue of the caller's province as a file: for each procedure the record of its version
 * in force (with state "all", a procedure that has none yet gives its open version) and the
 * agencies that implement it. The JSON export is exactly what the JSON import takes.
 */
export async function exportCatalogue(
  ctx: ServiceContext,
  principal: Principal,
  input: ExportInput,
) {
  requireScope(principal, 'catalogue.read');
  const now = ctx.clock.now();
  const entries = await loadCatalogueEntries(ctx, principal.tenantId, now, input.state);
  const stamp = formatInstant(now.getTime());
  const fileName = `danh-muc-tthc-${stamp.slice(0, 10).replaceAll('-', '')}.${input.format}`;
  const body =
    input.format === 'xlsx'
      ? await renderXlsx(entries, now)
      : input.format === 'csv'
        ? renderCsv(entries)
        : await presentJson(ctx, principal.tenantId, entries, stamp);
  return { fileName, contentType: contentTypes[input.format], body, count: entries.length };
}

async function presentJson(
  ctx: ServiceContext,
  tenantId: string,
  entries: CatalogueEntry[],
  exportedAt: string,
) {
  const province = await findUnitById(ctx.db, tenantId);
  return {
    exportedAt,
    province: province ? { code: province.code, name: province.name } : null,
    procedures: entries.map((e) => ({
      record: e.record,
      agencies: e.agencies.map((a) => ({
        unitCode: a.unitCode,
        handlingUnitCode: a.handlingUnitCode,
      })),
      versionNo: e.versionNo,
      status: e.status,
      effectiveFrom: e.effectiveFrom,
    })),
  };
}

export async function loadCatalogueEntries(
  ctx: ServiceContext,
  tenantId: string,
  now: Date,
  state: ExportInput['state'],
): Promise<CatalogueEntry[]> {
  const [procedures, versions, agencies] = await Promise.all([
    ctx.db
      .selectFrom('procedures')
      .select(['id', 'code'])
      .where('tenantId', '=', tenantId)
      .orderBy('code')
      .execute(),
    listLiveVersions(ctx.db, tenantId, now),
    listAgencyRows(ctx.db, tenantId),
  ]);
  const picked = pickVersions(versions, now);
  const agenciesOf = new Map<string, typeof agencies>();
  for (const a of agencies) {
    const list = agenciesOf.get(a.procedureId) ?? [];
    list.push(a);
    agenciesOf.set(a.procedureId, list);
  }
  const entries: CatalogueEntry[] = [];
  for (const procedure of procedures) {
    const slot = picked.get(procedure.id);
    const version = slot?.inForce ?? (state === 'all' ? slot?.open : undefined);
    if (!version) continue;
    entries.push({
      record: procedureRecordSchema.parse(version.record),
      agencies: (agenciesOf.get(procedure.id) ?? []).map((a) => ({
        unitCode: a.unitCode,
        handlingUnitCode: a.handlingUnitCode,
        unitName: a.unitName,
        handlingUnitName: a.handlingUnitName,
      })),
      versionNo: version.versionNo,
      status: version.status,
      effectiveFrom: version.effectiveFrom ? formatInstant(version.effectiveFrom.getTime()) : null,
    });
  }
  return entries;
}
