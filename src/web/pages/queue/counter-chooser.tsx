import { useState } from 'react';
import { SelectField } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { apiWrite } from '../../lib/api.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import type { UnitCounters } from './queue-types.ts';

interface QueueUnit {
  code: string;
  name: string;
}

/** No counter yet: the officer picks their unit (when several) and opens a free counter. */
export function CounterChooser({ onOpened }: { onOpened: () => void }) {
  const units = useApiData<{ items: QueueUnit[] }>('/queue/units');
  const [chosen, setChosen] = useState('');
  const unitCode = chosen || units.data?.items[0]?.code || '';
  const counters = useApiData<UnitCounters>(
    unitCode ? `/queue/units/${encodeURIComponent(unitCode)}/counters` : null,
  );
  const { isPending, error, submit } = useSubmission();

  async function open(counterId: string) {
    const done = await submit((key) =>
      apiWrite('POST', `/queue/counters/${counterId}/open`, {}, key),
    );
    if (done) onOpened();
  }

  if (units.error) return <FormError error={units.error} />;
  if (!units.data) return <p>Đang tải…</p>;
  if (units.data.items.length === 0)
    return (
      <p className="empty">
        Bạn chưa được giao phục vụ quầy ở bộ phận một cửa nào có hệ thống lấy số.
      </p>
    );
  return (
    <section className="panel" aria-labelledby="choose-counter">
      <h2 id="choose-counter">Chọn quầy để mở</h2>
      {units.data.items.length > 1 && (
        <SelectField
          label="Bộ phận một cửa"
          value={unitCode}
          onValueChange={setChosen}
          options={units.data.items.map((u) => ({ value: u.code, label: u.name }))}
        />
      )}
      <FormError error={error ?? counters.error} />
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Quầy</th>
              <th scope="col">Tên quầy</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Cán bộ</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(counters.data?.counters ?? []).map((c) => {
              const taken = c.status !== 'closed' && c.officer !== null;
              return (
                <tr key={c.id}>
                  <td>
                    {c.number}
                    {c.isPriority ? ' (ưu tiên)' : ''}
                  </td>
                  <td>{c.name}</td>
                  <td>{c.statusLabel}</td>
                  <td>{c.officer?.fullName ?? '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="button-small"
                      disabled={isPending || taken}
                      onClick={() => open(c.id)}
                    >
                      Mở quầy số {c.number}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
