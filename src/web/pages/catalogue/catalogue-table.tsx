import { Link } from '../../components/link.tsx';
import { formatInstant } from '../../lib/dates.ts';
import type { CatalogueListItem } from '../../lib/types.ts';
import { procedurePath, versionPath } from './catalogue-api.ts';
import {
  describeChangeKind,
  describeLevels,
  describeStatus,
  formatOptionalDate,
} from './catalogue-labels.ts';

/** Due for review (rà soát) within 30 days, or past it. */
function isReviewDue(date: string | null): boolean {
  if (!date) return false;
  return Date.parse(`${date}T00:00:00+07:00`) - Date.now() < 30 * 86_400_000;
}

/** One row per procedure: the version in force and the open version, if any, side by side. */
export function CatalogueTable({ items }: { items: CatalogueListItem[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table catalogue-table">
        <caption className="visually-hidden">Danh mục thủ tục</caption>
        <thead>
          <tr>
            <th scope="col">Mã</th>
            <th scope="col">Tên thủ tục</th>
            <th scope="col">Lĩnh vực · Cấp</th>
            <th scope="col">Đang hiệu lực</th>
            <th scope="col">Đang soạn</th>
            <th scope="col">Hạn rà soát</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.code}>
              <td className="nowrap code">{item.code}</td>
              <td>
                <Link href={procedurePath(item.code)}>{item.name}</Link>
                {item.isFictional && <span className="chip">Hư cấu (kiểm thử)</span>}
              </td>
              <td>
                {item.field}
                <span className="muted small block">{describeLevels(item.levels)}</span>
              </td>
              <td>
                {item.lifecycle === 'abolished' ? (
                  <span className="chip chip-version-abolished">Đã bãi bỏ</span>
                ) : item.publishedVersionNo ? (
                  <>
                    Phiên bản {item.publishedVersionNo}
                    <span className="muted small block">
                      Hiệu lực từ {formatInstant(item.effectiveFrom) || '—'}
                    </span>
                  </>
                ) : (
                  <span className="muted">Chưa công bố</span>
                )}
              </td>
              <td>
                {item.openVersionNo ? (
                  <>
                    <Link href={versionPath(item.code, item.openVersionNo)}>
                      Phiên bản {item.openVersionNo}
                    </Link>{' '}
                    <span className={`chip chip-version-${item.openStatus}`}>
                      {describeStatus(item.openStatus ?? '')}
                    </span>
                    <span className="muted small block">
                      {describeChangeKind(item.openChangeKind)}
                    </span>
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className={`nowrap ${isReviewDue(item.reviewDueOn) ? 'review-due' : ''}`}>
                {formatOptionalDate(item.reviewDueOn)}
                {isReviewDue(item.reviewDueOn) && (
                  <span className="chip chip-due_soon block-chip">Đến hạn rà soát</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
