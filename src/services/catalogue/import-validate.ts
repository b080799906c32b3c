import {
  type ProcedureRecord,
  procedureRecordSchema,
} from '../../core/catalogue/procedure-record.ts';
import { diffRecords } from '../../core/catalogue/record-diff.ts';
import { type VersionStatus, versionStatusLabels } from '../../core/catalogue/version-lifecycle.ts';
import type { Principal } from '../../core/organisation/permissions.ts';
import type { Executor } from '../../db/database.ts';
import { canEdit } from './catalogue-access.ts';
import { type CreateProcedureInput, createProcedureSchema } from './catalogue-input.ts';
import type { ImportCandidate, ImportError, ParsedImport } from './import-errors.ts';
import { describeIssue } from './import-errors.ts';
import {
  listAgencyRows,
  listLiveVersions,
  listProceduresByCodes,
  listUnitsByCodes,
  pickVersions,
} from './import-export-queries.ts';

/**
 * Validates every procedure of a file and decides, without writing, what importing it means:
 * a new procedure (draft version 1), a revision of the version in force (a new draft), or
 * nothing (unchanged). Every problem of every row is collected; one is enough to import nothing.
 */
export interface ImportPlan {
  create: CreateProcedureInput[];
  revise: Array<{ record: ProcedureRecord; basedOn: number; changes: string[] }>;
  unchanged: Array<{ code: string; versionNo: number; status: string }>;
  warnings: ImportError[];
  errors: ImportError[];
}

const entrySchema = createProcedureSchema.pick({ record: true, agencies: true });

interface ValidEntry {
  candidate: ImportCandidate;
  record: ProcedureRecord;
  agencies: Array<{ unitCode: string; handlingUnitCode?: string | null | undefined }>;
}

export async function planImport(
  db: Executor,
  principal: Principal,
  now: Date,
  parsed: ParsedImport,
): Promise<ImportPlan> {
  const plan: ImportPlan = { create: [], revise: [], unchanged: [], warnings: [], errors: [] };
  const reported = new Set(parsed.errors.map(locationKey));
  plan.errors.push(...parsed.errors);
  const report = (candidate: ImportCandidate, path: PropertyKey[], message: string) => {
    const location = candidate.locate(path);
    if (reported.has(locationKey(location))) return;
    reported.add(locationKey(location));
    const code = codeOf(candidate);
    plan.errors.push({ ...location, message, ...(code ? { procedure: code } : {}) });
  };

  const valid: ValidEntry[] = [];
  const firstByCode = new Map<string, ImportCandidate>();
  for (const candidate of parsed.candidates) {
    const code = codeOf(candidate);
    const first = code ? firstByCode.get(code) : undefined;
    if (code && first) {
      report(
        candidate,
        ['record', 'code'],
        `Mã thủ tục ${code} bị lặp: đã có ở ${first.origin.label}.`,
      );
      continue;
    }
    if (code) firstByCode.set(code, candidate);
    const result = entrySchema.safeParse(normaliseText(candidate.raw));
    if (!result.success) {
      for (const issue of result.error.issues)
        report(candidate, issue.path as PropertyKey[], describeIssue(issue));
      continue;
    }
    const seen = new Set<string>();
    result.data.agencies.forEach((agency, i) => {
      if (seen.has(agency.unitCode))
        report(candidate, ['agencies', i, 'unitCode'], `Đơn vị ${agency.unitCode} bị lặp.`);
      seen.add(agency.unitCode);
    });
    valid.push({ candidate, record: result.data.record, agencies: result.data.agencies });
  }

  await checkAgainstCatalogue(db, principal, now, valid, plan, report);
  return plan;
}

async function checkAgainstCatalogue(
  db: Executor,
  principal: Principal,
  now: Date,
  valid: ValidEntry[],
  plan: ImportPlan,
  report: (candidate: ImportCandidate, path: PropertyKey[], message: string) => void,
) {
  const unitCodes = new Set<string>();
  for (const entry of valid)
    for (const a of entry.agencies) {
      unitCodes.add(a.unitCode);
      if (a.handlingUnitCode) unitCodes.add(a.handlingUnitCode);
    }
  const units = new Map(
    (await listUnitsByCodes(db, [...unitCodes]))
      .filter((u) => u.tenantId === principal.tenantId)
      .map((u) => [u.code, u]),
  );
  const procedures = new Map(
    (
      await listProceduresByCodes(
        db,
        principal.tenantId,
        valid.map((e) => e.record.code),
      )
    ).map((p) => [p.code, p.id]),
  );
  const existingIds = [...procedures.values()];
  const versions = pickVersions(
    await listLiveVersions(db, principal.tenantId, now, existingIds),
    now,
  );
  const currentAgencies = new Map<string, { ids: string[]; keys: Set<string> }>();
  for (const a of await listAgencyRows(db, principal.tenantId, existingIds)) {
    const slot = currentAgencies.get(a.procedureId) ?? { ids: [], keys: new Set<string>() };
    slot.ids.push(a.unitId);
    slot.keys.add(agencyKey(a.unitCode, a.handlingUnitCode));
    currentAgencies.set(a.procedureId, slot);
  }

  for (const entry of valid) {
    const { candidate, record } = entry;
    let agenciesOk = true;
    const unitIds: string[] = [];
    entry.agencies.forEach((agency, i) => {
      const unit = units.get(agency.unitCode);
      if (!unit) {
        agenciesOk = false;
        report(
          candidate,
          ['agencies', i, 'unitCode'],
          `Không có đơn vị mã ${agency.unitCode} trong tỉnh.`,
        );
        return;
      }
      unitIds.push(unit.id);
      if (!agency.handlingUnitCode) return;
      const handling = units.get(agency.handlingUnitCode);
      if (!handling || handling.parentId !== unit.id) {
        agenciesOk = false;
        report(
          candidate,
          ['agencies', i, 'handlingUnitCode'],
          `${agency.handlingUnitCode} không phải phòng của ${unit.name} (${unit.code}).`,
        );
      }
    });

    const procedureId = procedures.get(record.code);
    if (!procedureId) {
      // The permission rule of createProcedure: the province, or every agency of the procedure.
      if (agenciesOk && !canEdit(principal, unitIds))
        report(candidate, ['record', 'code'], forbidden);
      plan.create.push({ record, agencies: entry.agencies });
      continue;
    }
    const { inForce, open } = versions.get(procedureId) ?? {};
    const base = inForce ?? open;
    const baseRecord = base ? procedureRecordSchema.safeParse(base.record) : undefined;
    const changes = baseRecord?.success ? diffRecords(baseRecord.data, record) : undefined;
    const current = currentAgencies.get(procedureId);
    if (!sameAgencies(current?.keys, entry.agencies)) {
      plan.warnings.push({
        ...candidate.locate(['agencies']),
        procedure: record.code,
        message: `Cơ quan thực hiện của ${record.code} khác với hệ thống; nhập danh mục không đổi cơ quan thực hiện của thủ tục đã có (sửa ở màn hình thủ tục).`,
      });
    }
    if (base && changes?.length === 0) {
      plan.unchanged.push({ code: record.code, versionNo: base.versionNo, status: base.status });
      continue;
    }
    if (open) {
      const label = versionStatusLabels[open.status as VersionStatus] ?? open.status;
      report(
        candidate,
        ['record', 'code'],
        `Thủ tục ${record.code} đang có phiên bản ${open.versionNo} (${label}) chưa công bố; hoàn tất hoặc hủy nó trước khi nhập.`,
      );
      continue;
    }
    if (!inForce) {
      report(
        candidate,
        ['record', 'code'],
        `Thủ tục ${record.code} chưa có phiên bản đang hiệu lực để sửa đổi.`,
      );
      continue;
    }
    // The permission rule of startRevision: the agencies the procedure has now.
    if (!canEdit(principal, current?.ids ?? [])) {
      report(candidate, ['record', 'code'], forbidden);
      continue;
    }
    plan.revise.push({
      record,
      basedOn: inForce.versionNo,
      changes: [...new Set((changes ?? []).map((c) => c.path))],
    });
  }
}

const forbidden =
  'Bạn không có quyền soạn thảo thủ tục này (cần quyền kiểm soát TTHC của cơ quan thực hiện hoặc của tỉnh).';

function codeOf(candidate: ImportCandidate): string | undefined {
  const code = (candidate.raw.record as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && code.trim() ? code.trim() : undefined;
}

const locationKey = (e: { sheet?: string; row: number; field: string; path?: string }) =>
  `${e.sheet ?? ''}|${e.row}|${e.field}|${e.path ?? ''}`;

function sameAgencies(
  current: ReadonlySet<string> | undefined,
  given: ValidEntry['agencies'],
): boolean {
  const keys = new Set(given.map((a) => agencyKey(a.unitCode, a.handlingUnitCode)));
  const now = current ?? new Set<string>();
  return keys.size === now.size && [...keys].every((k) => now.has(k));
}

const agencyKey = (unitCode: string, handlingUnitCode: string | null | undefined) =>
  `${unitCode}|${handlingUnitCode ?? ''}`;

/** Text is stored in Unicode NFC, so a file saved in NFD (macOS) compares equal and searches. */
function normaliseText(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normaliseText);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseText(v)]));
  }
  return value;
}
