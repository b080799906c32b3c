import { type FormEvent, useEffect, useRef, useState } from 'react';
import { TextField } from '../../components/field.tsx';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import { apiWrite, buildPath, findFieldError } from '../../lib/api.ts';
import { formatDate, formatInstant, getWeekdayName } from '../../lib/dates.ts';
import type { CalendarDay, CalendarOverride } from '../../lib/types.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import { overrideKindLabels, overrideSourceLabels, reasonLabels } from './calendar-labels.ts';

interface DayDialogProps {
  day: CalendarDay;
  override: CalendarOverride | undefined;
  org: string;
  canManage: boolean;
  onChanged: () => void;
  onClose: () => void;
}

/** One day: why it is (not) a working day, its override, and for calendar managers a form to change it. */
export function DayDialog({ day, override, org, canManage, onChanged, onClose }: DayDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [kind, setKind] = useState<'holiday' | 'workday'>(
    override?.kind ?? (day.working ? 'holiday' : 'workday'),
  );
  const [name, setName] = useState(override?.source === 'admin' ? override.name : '');
  const [done, setDone] = useState('');
  const { isPending, error, submit } = useSubmission();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const body = { kind, name: name.trim(), ...(org ? { org } : {}) };
    const ok = await submit((key) => apiWrite('PUT', `/calendar/overrides/${day.date}`, body, key));
    if (ok !== undefined) {
      setDone('Đã lưu điều chỉnh.');
      onChanged();
    }
  }

  async function remove() {
    const path = buildPath(`/calendar/overrides/${day.date}`, { org });
    await submit(async (key) => {
      await apiWrite('DELETE', path, undefined, key);
      setDone('Đã xóa điều chỉnh.');
      onChanged();
      return true;
    });
  }

  return (
    <dialog ref={dialogRef} aria-labelledby="day-heading" onClose={onClose}>
      <div className="dialog-body">
        <div className="dialog-head">
          <h2 id="day-heading">
            {getWeekdayName(day.date)}, {formatDate(day.date)}
          </h2>
          <button type="button" className="button-quiet" onClick={() => dialogRef.current?.close()}>
            Đóng
          </button>
        </div>
        <dl className="facts">
          <dt>Loại ngày</dt>
          <dd>
            <span className={`chip reason-${day.reason}`}>
              {reasonLabels[day.reason] ?? day.reason}
            </span>{' '}
            {day.working ? 'làm việc' : 'nghỉ'}
          </dd>
          <dt>Tên ngày</dt>
          <dd>{day.name}</dd>
          <dt>Điều chỉnh</dt>
          <dd>
            {override ? (
              <>
                {overrideKindLabels[override.kind]}: {override.name}
                <span className="muted block">
                  {overrideSourceLabels[override.source]}
                  {override.org ? ` · đơn vị ${override.org}` : ' · toàn tỉnh'} · cập nhật{' '}
                  {formatInstant(override.updatedAt)}
                </span>
              </>
            ) : (
              'Không có (theo quy tắc chung)'
            )}
          </dd>
        </dl>
        <StatusMessage text={done} />
        {canManage && (
          <form
            onSubmit={save}
            noValidate
            aria-labelledby="override-heading"
            className="action-form"
          >
            <h3 id="override-heading">Điều chỉnh ngày {org ? `cho đơn vị ${org}` : 'toàn tỉnh'}</h3>
            <fieldset className="radio-group">
              <legend>Loại điều chỉnh</legend>
              {(['holiday', 'workday'] as const).map((value) => (
                <label key={value} className="check">
                  <input
                    type="radio"
                    name="override-kind"
                    checked={kind === value}
                    onChange={() => setKind(value)}
                  />
                  <span>{overrideKindLabels[value]}</span>
                </label>
              ))}
            </fieldset>
            <div className="form-grid">
              <TextField
                label="Tên ngày"
                value={name}
                onValueChange={setName}
                wide
                required
                error={findFieldError(error, 'name')}
                hint="Ví dụ: Nghỉ bù Quốc khánh; Làm bù cho ngày 02/01"
              />
            </div>
            <FormError error={error} shownFields={['name']} />
            <div className="row">
              <button type="submit" className="button-primary" disabled={isPending}>
                Lưu điều chỉnh
              </button>
              {override && (
                <button
                  type="button"
                  className="button-danger"
                  disabled={isPending}
                  onClick={remove}
                >
                  Xóa điều chỉnh
                </button>
              )}
            </div>
          </form>
        )}
      </div>
    </dialog>
  );
}
