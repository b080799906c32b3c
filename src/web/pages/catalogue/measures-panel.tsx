import {
  provinceDecisionLeadDays,
  provincePublicationDays,
} from '../../../core/catalogue/publication-measures.ts';
import type { CatalogueProcedure, MeasureScore } from '../../lib/types.ts';

const outcomeLabels: Record<MeasureScore['decisionOnTime'], string> = {
  on_time: 'Đạt',
  late: 'Không đạt',
  unknown: 'Chưa đủ dữ liệu',
};

function Outcome({ outcome, detail }: { outcome: MeasureScore['decisionOnTime']; detail: string }) {
  const chip =
    outcome === 'on_time' ? 'chip-grade-on_time' : outcome === 'late' ? 'chip-grade-late' : '';
  return (
    <>
      <span className={`chip ${chip}`}>{outcomeLabels[outcome]}</span>
      {detail && <span className="muted small block">{detail}</span>}
    </>
  );
}

/**
 * The 766 group-1 measures of each published version (QĐ 766/QĐ-TTg; domain.md §9), each with the
 * formula it is computed by, so an officer can check the figure by hand.
 */
export function MeasuresPanel({ versions }: { versions: CatalogueProcedure['versions'] }) {
  const measured = versions.filter((v) => v.measures);
  return (
    <section className="panel" aria-labelledby="measures-heading">
      <h2 id="measures-heading">Chỉ số công khai, minh bạch (Bộ chỉ số 766, nhóm 1)</h2>
      <dl className="facts measure-formulas">
        <dt>1.1 (6 điểm)</dt>
        <dd>
          Quyết định công bố ban hành trước ngày văn bản quy định có hiệu lực ít nhất{' '}
          {provinceDecisionLeadDays} ngày làm việc.
        </dd>
        <dt>1.2 (4 điểm)</dt>
        <dd>
          Thủ tục được công khai trong {provincePublicationDays} ngày làm việc kể từ ngày quyết
          định.
        </dd>
        <dt>1.3 (2 điểm)</dt>
        <dd>
          Công bố đủ thành phần: tên, trình tự, cách thức, hồ sơ, thời hạn, đối tượng, cơ quan thực
          hiện, kết quả.
        </dd>
      </dl>
      {measured.length === 0 ? (
        <p className="muted">Chưa có phiên bản nào được công bố.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Chỉ số 766 theo phiên bản</caption>
            <thead>
              <tr>
                <th scope="col">Phiên bản</th>
                <th scope="col">1.1 Quyết định trước hiệu lực</th>
                <th scope="col">1.2 Công khai kịp thời</th>
                <th scope="col">1.3 Đủ thành phần</th>
              </tr>
            </thead>
            <tbody>
              {measured.map((v) => {
                const m = v.measures as MeasureScore;
                return (
                  <tr key={v.versionNo}>
                    <td>Phiên bản {v.versionNo}</td>
                    <td>
                      <Outcome
                        outcome={m.decisionOnTime}
                        detail={
                          m.decisionLeadWorkingDays === null
                            ? 'Thiếu ngày quyết định hoặc ngày văn bản có hiệu lực'
                            : `${m.decisionLeadWorkingDays} ngày làm việc trước ngày hiệu lực`
                        }
                      />
                    </td>
                    <td>
                      <Outcome
                        outcome={m.publishedOnTime}
                        detail={
                          m.publicationWorkingDays === null
                            ? ''
                            : `${m.publicationWorkingDays} ngày làm việc sau quyết định`
                        }
                      />
                    </td>
                    <td>
                      <Outcome
                        outcome={m.complete ? 'on_time' : 'late'}
                        detail={m.complete ? '' : `Thiếu: ${m.missingComponents.join(', ')}`}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
