import { GradeChip } from '../../components/status-chip.tsx';
import { formatInstant } from '../../lib/dates.ts';
import type { StepRunView } from '../../lib/types.ts';
import { gradeCompletion, gradeLabels, runEndLabels } from '../../lib/workflow-labels.ts';

function describeHolder(run: StepRunView): string {
  const holder = run.holderName ?? run.finishedByName;
  if (!holder) return '—';
  return run.finishedByName && run.finishedByName !== holder
    ? `${holder} (chuyển: ${run.finishedByName})`
    : holder;
}

/** "Các bước xử lý": every step run with its own deadline, graded early / on time / late. */
export function StepRuns({ runs }: { runs: StepRunView[] }) {
  if (runs.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="runs-heading">
      <h2 id="runs-heading">Các bước xử lý</h2>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">
            Các bước xử lý hồ sơ, hạn của từng bước và kết quả
          </caption>
          <thead>
            <tr>
              <th scope="col">Bước</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Người xử lý</th>
              <th scope="col">Bắt đầu</th>
              <th scope="col">Hạn của bước</th>
              <th scope="col">Kết thúc</th>
              <th scope="col">Kết quả</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => {
              const grade =
                run.finishedAt && run.dueAt ? gradeCompletion(run.finishedAt, run.dueAt) : null;
              return (
                <tr key={`${run.unitId}-${run.startedAt}-${run.name}`}>
                  <th scope="row">{run.name}</th>
                  <td>{run.unitName ?? '—'}</td>
                  <td>{describeHolder(run)}</td>
                  <td className="nowrap">{formatInstant(run.startedAt)}</td>
                  <td className="nowrap">{formatInstant(run.dueAt)}</td>
                  <td className="nowrap">{formatInstant(run.finishedAt) || '—'}</td>
                  <td>
                    {grade ? (
                      <GradeChip grade={grade} label={gradeLabels[grade]} />
                    ) : (
                      <span className="chip chip-running">Đang xử lý</span>
                    )}
                    {run.end && run.end !== 'done' && (
                      <span className="muted small block">{runEndLabels[run.end]}</span>
                    )}
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
