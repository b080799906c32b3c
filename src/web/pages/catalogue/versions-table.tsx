import { Link } from '../../components/link.tsx';
import { formatInstant } from '../../lib/dates.ts';
import type { CatalogueVersionSummary } from '../../lib/types.ts';
import { versionPath } from './catalogue-api.ts';
import { describeChangeKind, formatOptionalDate } from './catalogue-labels.ts';

/** Every version, newest first: status, change kind, effective and published dates, decision. */
export function VersionsTable({
  code,
  versions,
}: {
  code: string;
  versions: CatalogueVersionSummary[];
}) {
  return (
    <div className="table-wrap">
      <table className="data-table versions-table">
        <caption className="visually-hidden">Các phiên bản của thủ tục {code}</caption>
        <thead>
          <tr>
            <th scope="col">Phiên bản</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Loại thay đổi</th>
            <th scope="col">Hiệu lực</th>
            <th scope="col">Công bố</th>
            <th scope="col">Quyết định công bố</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.versionNo}>
              <td className="nowrap">
                <Link href={versionPath(code, v.versionNo)}>Phiên bản {v.versionNo}</Link>
              </td>
              <td>
                <span className={`chip chip-version-${v.status}`}>{v.statusLabel}</span>
                {v.reviewNote && (
                  <span className="muted small block">Ý kiến kiểm soát: {v.reviewNote}</span>
                )}
              </td>
              <td>{describeChangeKind(v.changeKind)}</td>
              <td className="nowrap">
                {v.effectiveFrom ? `Từ ${formatInstant(v.effectiveFrom)}` : '—'}
                {v.effectiveTo && (
                  <span className="muted small block">Đến {formatInstant(v.effectiveTo)}</span>
                )}
              </td>
              <td className="nowrap">{formatInstant(v.publishedAt) || '—'}</td>
              <td>
                {v.decisionNumber ? (
                  <>
                    Số {v.decisionNumber}, ngày {formatOptionalDate(v.decisionDate)}
                    <span className="muted small block">Người ký: {v.decisionSigner}</span>
                    {v.decisionFileId && (
                      <a href={`/api/v1/files/${v.decisionFileId}`} download>
                        Tải quyết định (phiên bản {v.versionNo})
                      </a>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
