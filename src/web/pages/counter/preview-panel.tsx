import { ExplanationList } from '../../components/explanation-list.tsx';
import { formatInstant } from '../../lib/dates.ts';
import { formatDeadline, formatFee, formatVnd } from '../../lib/labels.ts';
import type { CounterPreview } from './intake-types.ts';

/** What the counter will promise the applicant: competent agency, deadline, appointment and why. */
export function PreviewPanel({
  preview,
  isLoading,
}: {
  preview: CounterPreview | null;
  isLoading: boolean;
}) {
  return (
    <section className="panel preview" aria-labelledby="preview-heading" aria-busy={isLoading}>
      <h2 id="preview-heading">Dự kiến hẹn trả</h2>
      {!preview && (
        <p className="muted">
          {isLoading ? 'Đang tính hạn…' : 'Chọn thủ tục và cách thức nộp để xem hạn trả kết quả.'}
        </p>
      )}
      {preview && (
        <>
          <dl className="facts">
            <dt>Nơi tiếp nhận</dt>
            <dd>{preview.receivingUnit.name}</dd>
            <dt>Cơ quan giải quyết</dt>
            <dd>{preview.competentUnit.name}</dd>
            <dt>Thời hạn</dt>
            <dd>{formatDeadline(preview.deadline)}</dd>
            <dt>Bắt đầu tính hạn</dt>
            <dd>{formatInstant(preview.clockStartAt)}</dd>
            <dt>Ngày hẹn trả</dt>
            <dd className="due-emphasis">{formatInstant(preview.dueAt)}</dd>
          </dl>
          <ExplanationList items={preview.explanation} />
          <h3>Phí, lệ phí</h3>
          {preview.fees.length === 0 ? (
            <p>Không thu phí, lệ phí.</p>
          ) : (
            <ul className="plain-list">
              {preview.fees.map((fee) => (
                <li key={fee.name + fee.amountVnd}>{formatFee(fee)}</li>
              ))}
            </ul>
          )}
          {preview.feeAssessment.totalVnd > 0 && (
            <p>
              Phải nộp khi tiếp nhận: <strong>{formatVnd(preview.feeAssessment.totalVnd)}</strong>
              {preview.feeAssessment.variable
                ? ' (cán bộ điều chỉnh nếu tính theo số trang, số bản)'
                : ''}
            </p>
          )}
        </>
      )}
      <p className="visually-hidden" role="status">
        {preview ? `Ngày hẹn trả dự kiến ${formatInstant(preview.dueAt)}` : ''}
      </p>
    </section>
  );
}
