import { DomainError, isDomainError } from '../../core/errors.ts';
import { sniffType } from '../../core/files/sniff-type.ts';
import { hasScopeAnywhere, type Principal } from '../../core/organisation/permissions.ts';
import { insertAuditEvent } from '../../db/repositories/audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { sheets } from './catalogue-table.ts';
import { createProcedure } from './create-procedure.ts';
import { editDraft } from './edit-draft.ts';
import type { TransferFormat } from './export-catalogue.ts';
import { readCsvImport } from './import-csv.ts';
import {
  type ImportError,
  type ParsedImport,
  sortErrors,
  summariseErrors,
} from './import-errors.ts';
import { parseJsonFile, readJsonImport } from './import-json.ts';
import { type ImportPlan, planImport } from './import-validate.ts';
import { readXlsxImport } from './import-xlsx.ts';
import { startRevision } from './start-revision.ts';

/** Issue #3 point 4: a file of at most 5 MB and 5,000 procedures per import. */
export const maxImportBytes = 5 * 1024 * 1024;
export const maxImportProcedures = 5000;

export type ImportSource =
  | { format: 'json'; value: unknown }
  | { format: TransferFormat; bytes: Buffer };

export interface ImportOutcome {
  dryRun: boolean;
  /** Set when nothing was imported because of `errors`. */
  rejected: boolean;
  message: string;
  created: Array<{ code: string; versionNo: number | null }>;
  revised: Array<{ code: string; versionNo: number | null; basedOn: number; changes: string[] }>;
  unchanged: Array<{ code: string; versionNo: number; status: string }>;
  warnings: ImportError[];
  errors: ImportError[];
}

/** Importing needs the catalogue drafting scope somewhere; each procedure is checked again. */
export function requireImportScope(principal: Principal): void {
  if (!hasScopeAnywhere(principal, 'catalogue.edit')) {
    throw new DomainError(
      'FORBIDDEN',
      'Bạn không có quyền nhập danh mục thủ tục (cần quyền kiểm soát TTHC).',
      { scope: 'catalogue.edit' },
    );
  }
}

/**
 * Imports a catalogue file all or nothing: every row of every sheet is validated first and any
 * error imports nothing. Otherwise, in ONE transaction, each new code becomes a new procedure
 * (draft version 1) and each changed one a new draft version ("amended") of the version in
 * force, through the same use cases and permission checks as the catalogue screens. Nothing is
 * published and no published version is touched (Decree 63/2010 Art. 13–15: publication is the
 * Chairman's decision).
 */
export async function importCatalogue(
  ctx: ServiceContext,
  principal: Principal,
  source: ImportSource,
  options: { dryRun: boolean },
): Promise<ImportOutcome> {
  requireImportScope(principal);
  const parsed = await readSource(source);
  if (parsed.candidates.length > maxImportProcedures) throw tooMany(parsed.candidates.length);
  return inTransaction(ctx, async (trx) => {
    const plan = await planImport(trx, principal, ctx.clock.now(), parsed);
    const sheetOrder = Object.values(sheets).map((s) => s.name);
    if (plan.errors.length > 0) {
      return outcome(plan, options.dryRun, {
        rejected: true,
        errors: sortErrors(plan.errors, sheetOrder),
      });
    }
    if (options.dryRun) return outcome(plan, true, {});
    const trxCtx: ServiceContext = { ...ctx, db: trx };
    const created: ImportOutcome['created'] = [];
    const revised: ImportOutcome['revised'] = [];
    for (const input of plan.create) {
      const done = await explain(input.record.code, createProcedure(trxCtx, principal, input));
      created.push(done);
    }
    for (const revision of plan.revise) {
      const code = revision.record.code;
      const started = await explain(code, startRevision(trxCtx, principal, code, 'amended'));
      await explain(
        code,
        editDraft(trxCtx, principal, code, started.versionNo, { record: revision.record }),
      );
      revised.push({
        code,
        versionNo: started.versionNo,
        basedOn: revision.basedOn,
        changes: revision.changes,
      });
    }
    await insertAuditEvent(trx, {
      tenantId: principal.tenantId,
      actorId: principal.userId,
      action: 'catalogue.imported',
      targetType: 'catalogue',
      details: {
        format: source.format,
        created: created.map((c) => c.code),
        revised: revised.map((r) => r.code),
        unchanged: plan.unchanged.length,
      },
    });
    return outcome(plan, false, { created, revised });
  });
}

async function readSource(source: ImportSource): Promise<ParsedImport> {
  if ('value' in source) {
    const count = (source.value as { procedures?: unknown[] } | null)?.procedures?.length ?? 0;
    if (count > maxImportProcedures) throw tooMany(count);
    return readJsonImport(source.value);
  }
  const { bytes, format } = source;
  if (bytes.length === 0)
    throw new DomainError('VALIDATION_FAILED', 'Tệp trống (0 byte). Chọn lại tệp.', {
      field: 'file',
    });
  if (format === 'xlsx') return readXlsxImport(bytes);
  const type = sniffType(bytes);
  if (type && type.extension !== 'txt') {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Tệp không phải ${format.toUpperCase()}: nội dung là ${type.label}. Chọn đúng định dạng của tệp.`,
      { field: 'file', detected: type.extension },
    );
  }
  return format === 'csv' ? readCsvImport(bytes) : readJsonImport(parseJsonFile(bytes));
}

function tooMany(count: number): DomainError {
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    `Tệp có ${count.toLocaleString('vi-VN')} thủ tục; mỗi lần nhập tối đa ${maxImportProcedures.toLocaleString('vi-VN')}. Chia thành nhiều tệp.`,
    { limit: maxImportProcedures, count },
  );
}

/** A failure while writing (a concurrent change since validation) names its procedure. */
async function explain<T>(code: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new DomainError(error.code, `Thủ tục ${code}: ${error.message} Chưa nhập thủ tục nào.`, {
      ...error.details,
      procedure: code,
    });
  }
}

function outcome(
  plan: ImportPlan,
  dryRun: boolean,
  done: Partial<Pick<ImportOutcome, 'created' | 'revised' | 'errors' | 'rejected'>>,
): ImportOutcome {
  const created =
    done.created ?? plan.create.map((c) => ({ code: c.record.code, versionNo: null }));
  const revised =
    done.revised ??
    plan.revise.map((r) => ({
      code: r.record.code,
      versionNo: null,
      basedOn: r.basedOn,
      changes: r.changes,
    }));
  const errors = done.errors ?? [];
  const counts = `${created.length} thủ tục mới, ${revised.length} bản sửa đổi, ${plan.unchanged.length} thủ tục không đổi`;
  const message =
    errors.length > 0
      ? summariseErrors(errors)
      : dryRun
        ? `Kiểm tra xong, không có lỗi; nếu nhập sẽ tạo dự thảo: ${counts}. Chưa nhập thủ tục nào.`
        : `Đã nhập thành dự thảo: ${counts}.`;
  return {
    dryRun,
    rejected: done.rejected ?? false,
    message,
    created: done.rejected ? [] : created,
    revised: done.rejected ? [] : revised,
    unchanged: plan.unchanged,
    warnings: plan.warnings,
    errors,
  };
}
