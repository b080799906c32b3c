import { formatMinutes } from '../../../core/catalogue/internal-process.ts';
import { formatInstant } from '../../lib/dates.ts';
import type { InternalProcessVersion } from '../../lib/types.ts';

const statusLabels: Record<InternalProcessVersion['status'], string> = {
  draft: 'Dự thảo',
  active: 'Đang áp dụng',
  retired: 'Đã thay thế',
};

/** The versions of one agency's process, newest first, with "apply" for drafts. */
export function ProcessHistory({
  versions,
  isPending,
  onActivate,
  onLoad,
}: {
  versions: InternalProcessVersion[];
  isPending: boolean;
  onActivate: (versionNo: number) => void;
  onLoad: (version: InternalProcessVersion) => void;
}) {
  if (versions.length === 0) return <p className="muted">Cơ quan này chưa có quy trình nội bộ.</p>;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Lịch sử phiên bản quy trình</caption>
        <thead>
          <tr>
            <th scope="col">Phiên bản</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Số bước</th>
            <th scope="col">Tổng thời gian</th>
            <th scope="col">Lưu lúc</th>
            <th scope="col">Áp dụng lúc</th>
            <th scope="col">
              <span className="visually-hidden">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.versionNo}>
              <td>Quy trình {v.versionNo}</td>
              <td>
                <span className={`chip chip-process-${v.status}`}>{statusLabels[v.status]}</span>
              </td>
              <td>{v.steps.length}</td>
              <td className="nowrap">{formatMinutes(v.totalMinutes)}</td>
              <td className="nowrap">{formatInstant(v.createdAt)}</td>
              <td className="nowrap">{formatInstant(v.activatedAt) || '—'}</td>
              <td>
                {v.status === 'draft' && (
                  <button
                    type="button"
                    className="button-small button-primary"
                    disabled={isPending}
                    onClick={() => onActivate(v.versionNo)}
                  >
                    Áp dụng quy trình {v.versionNo}
                  </button>
                )}{' '}
                <button type="button" className="button-small" onClick={() => onLoad(v)}>
                  Soạn từ quy trình {v.versionNo}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
