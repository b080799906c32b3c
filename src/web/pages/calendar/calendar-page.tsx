import { type FormEvent, useMemo, useState } from 'react';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { getCurrentYearVn, getTodayVn } from '../../lib/dates.ts';
import { hasScope, useSession } from '../../lib/session.ts';
import type { CalendarDay, CalendarOverride } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { legendReasons, reasonLabels } from './calendar-labels.ts';
import { DayDialog } from './day-dialog.tsx';
import { DueCalculator } from './due-calculator.tsx';
import { YearGrid } from './year-grid.tsx';

/** "Lịch làm việc": the year's working calendar; calendar managers set holidays and make-up days. */
export function CalendarPage() {
  usePageTitle('Lịch làm việc');
  const { session } = useSession();
  const canManage = hasScope(session, 'calendar.manage');
  const currentYear = getCurrentYearVn();
  const [year, setYear] = useState(currentYear);
  const [orgDraft, setOrgDraft] = useState('');
  const [org, setOrg] = useState('');
  const [openDate, setOpenDate] = useState<string | null>(null);
  const [focusedDate, setFocusedDate] = useState(getTodayVn());
  const days = useApiData<CalendarDay[]>('/calendar/days', {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    org,
  });
  const overrides = useApiData<{ items: CalendarOverride[] }>('/calendar/overrides', { year, org });
  const dayMap = useMemo(() => new Map((days.data ?? []).map((d) => [d.date, d])), [days.data]);
  const overrideMap = useMemo(() => {
    const map = new Map<string, CalendarOverride>();
    for (const item of overrides.data?.items ?? []) {
      const existing = map.get(item.date);
      if (!existing || (item.org ?? '') === org) map.set(item.date, item);
    }
    return map;
  }, [overrides.data, org]);
  const yearOptions = Array.from({ length: 6 }, (_, i) => String(currentYear - 2 + i)).map((v) => ({
    value: v,
    label: v,
  }));
  const openDay = openDate ? dayMap.get(openDate) : undefined;
  const focused = focusedDate.startsWith(String(year)) ? focusedDate : `${year}-01-01`;

  function handleOrg(event: FormEvent) {
    event.preventDefault();
    setOrg(orgDraft.trim());
  }

  function reload() {
    days.reload();
    overrides.reload();
  }

  return (
    <div className="page">
      <h1>Lịch làm việc</h1>
      {!canManage && (
        <p className="muted">
          Bạn đang xem lịch (chỉ đọc). Quản trị hệ thống điều chỉnh ngày nghỉ, ngày làm bù.
        </p>
      )}
      <form className="toolbar" onSubmit={handleOrg}>
        <SelectField
          label="Chọn năm"
          value={String(year)}
          onValueChange={(v) => setYear(Number(v))}
          options={yearOptions}
        />
        <TextField
          label="Đơn vị (để trống = toàn tỉnh)"
          value={orgDraft}
          onValueChange={setOrgDraft}
          spellCheck={false}
          placeholder="Ví dụ: 000.00.03.H31"
        />
        <button type="submit">Xem lịch</button>
      </form>
      <h2 className="visually-hidden">Chú giải</h2>
      <ul className="legend">
        {legendReasons.map((reason) => (
          <li key={reason}>
            <span className={`swatch reason-${reason}`} aria-hidden="true">
              15
            </span>
            {reasonLabels[reason]}
          </li>
        ))}
        <li>
          <span className="swatch day has-override" aria-hidden="true">
            15
          </span>
          Có điều chỉnh
        </li>
      </ul>
      <FormError error={days.error ?? overrides.error} />
      <h2 className="visually-hidden">
        Lịch năm {year}
        {org ? ` của đơn vị ${org}` : ' toàn tỉnh'}
      </h2>
      <p className="muted small" role="status">
        {days.isLoading
          ? 'Đang tải lịch…'
          : `Năm ${year}${org ? `, đơn vị ${org}` : ', toàn tỉnh'}: ${(days.data ?? []).filter((d) => d.working).length} ngày làm việc. Dùng phím mũi tên để di chuyển giữa các ngày, Enter để xem chi tiết.`}
      </p>
      {days.data && (
        <YearGrid
          year={year}
          days={dayMap}
          overrideDates={new Set(overrideMap.keys())}
          focusedDate={focused}
          onFocusDate={setFocusedDate}
          onOpen={setOpenDate}
        />
      )}
      <DueCalculator org={org} />
      {openDay && (
        <DayDialog
          key={`${openDay.date}-${org}`}
          day={openDay}
          override={overrideMap.get(openDay.date)}
          org={org}
          canManage={canManage}
          onChanged={reload}
          onClose={() => setOpenDate(null)}
        />
      )}
    </div>
  );
}
