import { formatInstant } from '../../lib/dates.ts';
import type { WaitingList } from './queue-types.ts';

const hhmm = (iso: string | null) => formatInstant(iso).slice(0, 5);

/** The tickets this counter will call, in the fair rule's order, with the expected wait. */
export function WaitingTable({ list }: { list: WaitingList | undefined }) {
  if (!list) return <p>Đang tải…</p>;
  return (
    <section className="panel" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">
        Đang chờ quầy này <span className="count">{list.items.length}</span>
      </h2>
      {list.items.length === 0 ? (
        <p className="empty">Không còn ai chờ.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table queue-waiting">
            <thead>
              <tr>
                <th scope="col">Thứ tự</th>
                <th scope="col">Số</th>
                <th scope="col">Dịch vụ</th>
                <th scope="col">Ưu tiên / lịch hẹn</th>
                <th scope="col">Lấy số lúc</th>
                <th scope="col">Chờ dự kiến</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((t, i) => (
                <tr key={t.id}>
                  <td>{i + 1}</td>
                  <td className="code">{t.displayCode}</td>
                  <td>{t.service.name}</td>
                  <td>
                    {t.priority !== 'none' && <span className="chip">{t.priorityLabel}</span>}
                    {t.booking && (
                      <span>
                        Hẹn {hhmm(t.booking.slotStart)} · {t.booking.fullName}
                      </span>
                    )}
                  </td>
                  <td>{hhmm(t.issuedAt)}</td>
                  <td>{t.expectedWaitMinutes > 0 ? `${t.expectedWaitMinutes} phút` : 'Kế tiếp'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small">
        {list.services
          .filter((s) => s.waiting > 0)
          .map((s) => `${s.prefix}: ${s.waiting} người chờ, ${s.openCounters} quầy mở`)
          .join(' · ')}
      </p>
    </section>
  );
}
