import { FormError } from '../../components/form-error.tsx';
import { Link } from '../../components/link.tsx';
import { getQueryParam, useLocation } from '../../lib/router.ts';
import type { CatalogueProcedure, VersionComparison } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { cataloguePath, procedureApi, procedurePath } from './catalogue-api.ts';
import { CompareForm } from './compare-form.tsx';
import { describePath, labelOf, splitPath } from './record-paths.ts';
import { comparedFields, formatField, formatLeaf } from './record-text.ts';

/**
 * Two versions side by side (`/so-sanh?a=1&b=2`): first the changed fields one by one (the
 * server's diff), then the whole record in two columns with the changed fields highlighted.
 */
export function ComparePage({ code }: { code: string }) {
  const search = useLocation().split('?')[1] ?? '';
  const a = Number(getQueryParam(search, 'a')) || 1;
  const b = Number(getQueryParam(search, 'b')) || 1;
  usePageTitle(`So sánh phiên bản ${a} và ${b} — ${code}`);
  const procedure = useApiData<CatalogueProcedure>(procedureApi(code));
  const compared = useApiData<VersionComparison>(`${procedureApi(code)}/compare`, { a, b });
  const data = compared.data;
  const changedTop = new Set(data?.changes.map((c) => String(splitPath(c.path)[0])) ?? []);

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href={cataloguePath}>Danh mục TTHC</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={procedurePath(code)}>{code}</Link> <span aria-hidden="true">›</span> So sánh
      </p>
      <h1>
        So sánh phiên bản {a} và {b} — {code}
      </h1>
      {procedure.data && (
        <CompareForm
          key={`${a}-${b}`}
          code={code}
          versions={procedure.data.versions}
          initial={{ a, b }}
        />
      )}
      <FormError error={compared.error} />
      {compared.isLoading && <p aria-busy="true">Đang so sánh…</p>}
      {data && (
        <>
          <section className="panel" aria-labelledby="changes-heading">
            <h2 id="changes-heading">
              {data.changes.length === 0
                ? 'Hai phiên bản giống nhau'
                : `${data.changes.length} trường thay đổi`}
            </h2>
            {data.changes.length > 0 && (
              <div className="table-wrap">
                <table className="data-table changes-table">
                  <caption className="visually-hidden">Các trường thay đổi</caption>
                  <thead>
                    <tr>
                      <th scope="col">Trường</th>
                      <th scope="col">Phiên bản {a}</th>
                      <th scope="col">Phiên bản {b}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.changes.map((change) => (
                      <tr key={change.path}>
                        <th scope="row">{describePath(change.path)}</th>
                        <td>
                          <del className="diff-before">{formatLeaf(change.before)}</del>
                        </td>
                        <td>
                          <ins className="diff-after">{formatLeaf(change.after)}</ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="panel" aria-labelledby="side-heading">
            <h2 id="side-heading">Toàn bộ nội dung, song song</h2>
            <div className="table-wrap">
              <table className="data-table side-by-side">
                <caption className="visually-hidden">
                  Nội dung phiên bản {a} và {b}; dòng có thay đổi được đánh dấu
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Trường</th>
                    <th scope="col">
                      Phiên bản {a} ({data.left.statusLabel})
                    </th>
                    <th scope="col">
                      Phiên bản {b} ({data.right.statusLabel})
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {comparedFields.map((key) => {
                    const changed = changedTop.has(key);
                    return (
                      <tr key={key} className={changed ? 'row-changed' : ''}>
                        <th scope="row">
                          {labelOf(key)}
                          {changed && (
                            <span className="chip chip-changed block-chip">Đã thay đổi</span>
                          )}
                        </th>
                        {[data.left.record, data.right.record].map((record, side) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: the two fixed columns
                          <td key={side}>
                            <ul className="plain-list side-lines">
                              {formatField(record, key).map((line, i) => (
                                // biome-ignore lint/suspicious/noArrayIndexKey: lines of one cell
                                <li key={i}>{line}</li>
                              ))}
                            </ul>
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
