import { civilFromDays, daysFromCivil, parseIsoDate } from '../../core/calendar/civil-date.ts';
import { getLocalMidnight } from '../../core/calendar/instant.ts';
import type { DossierState } from '../../core/dossiers/state.ts';
import { type Status, statusInfo } from '../../core/dossiers/statuses.ts';
import { DomainError } from '../../core/errors.ts';
import { buildRegisterForm, type RegisterRow } from '../../core/forms/register-form.ts';
import { hasScopeOn, type Principal } from '../../core/organisation/permissions.ts';
import { listRegisterDossiers } from '../../db/repositories/dossier-forms.ts';
import { listSubtreeIds } from '../../db/repositories/units.ts';
import type { ServiceContext } from '../context.ts';
import { getUnitByCode } from '../organisation/resolve-unit.ts';
import type { RenderedPdf } from './get-dossier-form.ts';
import { describeUnit } from './load-form-data.ts';
import { renderFormPdf } from './render-form-pdf.ts';

/** More rows than this asks for a shorter period (about 500 pages, some seconds of layout). */
export const registerRowLimit = 5_000;

export interface RegisterQuery {
  org: string;
  from: string;
  to: string;
}

/**
 * Form 07, the dossier register of a unit for a period of at most one year: the dossiers it
 * received, or that it (or a unit under it) decides, in order of reception. Needs `dossier.read`
 * or `report.read` on the unit.
 */
export async function getRegisterPdf(
  ctx: ServiceContext,
  principal: Principal,
  query: RegisterQuery,
): Promise<RenderedPdf> {
  const { fromDay, toDay } = checkPeriod(query.from, query.to);
  const unit = await getUnitByCode(ctx.db, query.org);
  const allowed =
    unit.tenantId === principal.tenantId &&
    (hasScopeOn(principal, 'dossier.read', unit.id) ||
      hasScopeOn(principal, 'report.read', unit.id));
  if (!allowed) {
    throw new DomainError('FORBIDDEN', 'Bạn không có quyền xem sổ theo dõi hồ sơ của đơn vị này.', {
      scope: 'dossier.read',
      unitId: unit.id,
    });
  }
  const unitIds = await listSubtreeIds(ctx.db, [unit.id]);
  const rows = await listRegisterDossiers(
    ctx.db,
    unit.tenantId,
    unitIds,
    new Date(getLocalMidnight(fromDay)),
    new Date(getLocalMidnight(toDay + 1)),
    registerRowLimit + 1,
  );
  if (rows.length > registerRowLimit) {
    throw new DomainError(
      'RULE_VIOLATED',
      `Khoảng thời gian có hơn ${registerRowLimit.toLocaleString('vi-VN')} hồ sơ; chọn khoảng ngắn hơn.`,
      { rule: 'register_row_limit', field: 'from' },
    );
  }
  const now = ctx.clock.now();
  const form = buildRegisterForm(
    {
      unit: await describeUnit(ctx.db, unit.id),
      from: query.from,
      to: query.to,
      rows: rows.map((r): RegisterRow => {
        const state = r.workflow as Partial<DossierState> | null;
        // Sent on: the first step run outside the receiving unit.
        const transfer = state?.runs?.find((run) => run.unitId !== r.receivingUnitId);
        return {
          code: r.code,
          procedureName: r.procedureName,
          setsCount: r.setsCount,
          applicantName: r.applicantName,
          applicantAddress: r.applicantAddress,
          applicantPhone: r.applicantPhone,
          leadAgency: r.leadAgency,
          receivedAt: new Date(r.receivedAt).toISOString(),
          dueAt: r.dueAt?.toISOString() ?? null,
          transferredAt: transfer?.startedAt ?? null,
          resultReceivedAt: r.resolvedAt?.toISOString() ?? null,
          returnedAt: r.returnedAt?.toISOString() ?? null,
          note: statusInfo[r.status as Status]?.label ?? r.status,
        };
      }),
    },
    { now: now.toISOString(), publicUrl: ctx.settings.publicUrl },
  );
  return { fileName: form.fileName, bytes: await renderFormPdf(form, now) };
}

/** 'YYYY-MM-DD' dates, from ≤ to, at most one year (to before the same date a year later). */
function checkPeriod(from: string, to: string): { fromDay: number; toDay: number } {
  const parse = (value: string, field: string) => {
    try {
      return parseIsoDate(value);
    } catch {
      throw new DomainError('VALIDATION_FAILED', `Ngày không hợp lệ: ${value} (dạng YYYY-MM-DD).`, {
        fields: [{ field, message: 'ngày dạng YYYY-MM-DD' }],
      });
    }
  };
  const fromDay = parse(from, 'from');
  const toDay = parse(to, 'to');
  if (toDay < fromDay) {
    throw new DomainError('VALIDATION_FAILED', 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.', {
      fields: [{ field: 'to', message: 'trước ngày bắt đầu' }],
    });
  }
  const start = civilFromDays(fromDay);
  if (toDay >= daysFromCivil(start.year + 1, start.month, start.day)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Sổ theo dõi lập cho khoảng thời gian tối đa 1 năm.',
      {
        fields: [{ field: 'to', message: 'quá 1 năm kể từ ngày bắt đầu' }],
      },
    );
  }
  return { fromDay, toDay };
}
