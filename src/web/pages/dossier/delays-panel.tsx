import type { DossierWorkflow } from '../../lib/types.ts';
import { formatWorkingMinutes } from '../../lib/workflow-labels.ts';

const show = (minutes: number) => (minutes > 0 ? formatWorkingMinutes(minutes) : '—');

/**
 * "Trách nhiệm chậm trễ": for each step, the working time held against the time allotted, and
 * how an overrun splits between the officer holding it and another agency it waited on. Time
 * waiting for the applicant's supplement stops the clock and is nobody's delay (Art. 19).
 */
export function DelaysPanel({ delays }: { delays: DossierWorkflow['delays'] }) {
  if (delays.steps.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="delays-heading">
      <h2 id="delays-heading">Trách nhiệm chậm trễ</h2>
      <dl className="facts delay-totals">
        <dt>Chậm do cán bộ xử lý</dt>
        <dd>{show(delays.officerDelayMinutes)}</dd>
        <dt>Chậm do chờ cơ quan khác</dt>
        <dd>{show(delays.agencyDelayMinutes)}</dd>
        <dt>Chờ người nộp bổ sung</dt>
        <dd>
          {show(delays.citizenMinutes)}{' '}
          <span className="muted small">(dừng tính thời hạn, không phải chậm trễ)</span>
        </dd>
      </dl>
      <div className="table-wrap">
        <table className="data-table delays-table">
          <caption className="visually-hidden">
            Thời gian giữ hồ sơ và trách nhiệm chậm trễ của từng bước
          </caption>
          <thead>
            <tr>
              <th scope="col">Bước</th>
              <th scope="col">Đơn vị, người giữ</th>
              <th scope="col">Thời gian giữ</th>
              <th scope="col">Thời gian được giao</th>
              <th scope="col">Chờ cơ quan khác</th>
              <th scope="col">Chậm do cán bộ</th>
              <th scope="col">Chậm do cơ quan khác</th>
            </tr>
          </thead>
          <tbody>
            {delays.steps.map((step) => (
              <tr
                key={`${step.unitId}-${step.startedAt}-${step.stepName}`}
                className={step.officerDelayMinutes > 0 ? 'delay-officer' : ''}
              >
                <th scope="row">
                  {step.stepName}
                  {step.atOtherAgency && (
                    <span className="muted small block">Tại cơ quan phối hợp</span>
                  )}
                </th>
                <td>
                  {step.unitName ?? '—'}
                  {step.holderName && <span className="muted small block">{step.holderName}</span>}
                </td>
                <td>{formatWorkingMinutes(step.heldMinutes)}</td>
                <td>{formatWorkingMinutes(step.allottedMinutes)}</td>
                <td>{show(step.waitingOnAgencyMinutes)}</td>
                <td>{show(step.officerDelayMinutes)}</td>
                <td>{show(step.agencyDelayMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
