import { GradeChip } from '../../components/status-chip.tsx';
import { formatInstant } from '../../lib/dates.ts';
import type { DossierWorkflow } from '../../lib/types.ts';
import {
  chainModeLabels,
  extensionStatusLabels,
  formatWorkingMinutes,
  gradeCompletion,
  gradeLabels,
  partStatusLabels,
} from '../../lib/workflow-labels.ts';

const phaseLabels = { reception: 'khi tiếp nhận', appraisal: 'trong quá trình thẩm định' };

/** "Yêu cầu bổ sung": each request with its coded reasons and the full list asked for. */
export function SupplementsPanel({ supplements }: { supplements: DossierWorkflow['supplements'] }) {
  if (supplements.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="supplements-heading">
      <h2 id="supplements-heading">Yêu cầu bổ sung hồ sơ</h2>
      {supplements.map((s) => (
        <article key={s.requestedAt} className="subpanel">
          <p>
            Yêu cầu {phaseLabels[s.phase]} lúc {formatInstant(s.requestedAt)}.{' '}
            {s.receivedAt ? (
              <>Đã nhận bổ sung lúc {formatInstant(s.receivedAt)}.</>
            ) : (
              <>
                Đang chờ người nộp; tự đóng hồ sơ sau {formatInstant(s.closeAt)} nếu không bổ sung.
              </>
            )}
          </p>
          <h3>Lý do</h3>
          <ul>
            {s.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <h3>Giấy tờ cần bổ sung</h3>
          <ul>
            {s.documents.map((doc) => (
              <li key={doc}>{doc}</li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}

/** "Xin ý kiến": each agency asked, its question, due and answer. */
export function ConsultationsPanel({
  consultations,
}: {
  consultations: DossierWorkflow['consultations'];
}) {
  if (consultations.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="consultations-heading">
      <h2 id="consultations-heading">Xin ý kiến cơ quan khác</h2>
      {consultations.map((c) => (
        <article key={c.requestedAt} className="subpanel">
          <p>
            <strong>{c.unitName}</strong> — hỏi lúc {formatInstant(c.requestedAt)}, hạn trả lời{' '}
            {formatInstant(c.dueAt)}
          </p>
          <p>Nội dung: {c.question}</p>
          {c.answeredAt ? (
            <p>
              Trả lời lúc {formatInstant(c.answeredAt)}: {c.answer}{' '}
              {c.dueAt && (
                <GradeChip
                  grade={gradeCompletion(c.answeredAt, c.dueAt)}
                  label={gradeLabels[gradeCompletion(c.answeredAt, c.dueAt)]}
                />
              )}
            </p>
          ) : (
            <p className="muted">Chưa trả lời.</p>
          )}
        </article>
      ))}
    </section>
  );
}

/** "Liên thông": the chain's parts in order, each with its hand-off slip number. */
export function ChainPanel({ chain }: { chain: DossierWorkflow['chain'] }) {
  if (!chain) return null;
  return (
    <section className="panel" aria-labelledby="chain-heading">
      <h2 id="chain-heading">Xử lý liên thông</h2>
      <p>
        Cách chuyển: {chainModeLabels[chain.mode]}; bắt đầu {formatInstant(chain.startedAt)}.
      </p>
      <ol className="chain-parts">
        {chain.parts.map((part) => {
          const grade =
            part.finishedAt && part.dueAt ? gradeCompletion(part.finishedAt, part.dueAt) : null;
          return (
            <li key={part.slipNo}>
              <p>
                <strong>Phiếu chuyển xử lý số {part.slipNo}</strong> — {part.unitName}
                {part.lead && <span className="chip chip-lead">Cơ quan chủ trì</span>}
              </p>
              <dl className="facts">
                <dt>Phần việc</dt>
                <dd>{part.task}</dd>
                <dt>Trạng thái</dt>
                <dd>
                  {partStatusLabels[part.status]}{' '}
                  {grade && <GradeChip grade={grade} label={gradeLabels[grade]} />}
                </dd>
                <dt>Thời hạn</dt>
                <dd>
                  {formatWorkingMinutes(part.allottedMinutes)}
                  {part.dueAt && <> — hạn {formatInstant(part.dueAt)}</>}
                </dd>
                {part.startedAt && (
                  <>
                    <dt>Nhận lúc</dt>
                    <dd>{formatInstant(part.startedAt)}</dd>
                  </>
                )}
                {part.finishedAt && (
                  <>
                    <dt>Hoàn thành</dt>
                    <dd>{formatInstant(part.finishedAt)}</dd>
                  </>
                )}
                {part.result && (
                  <>
                    <dt>Kết quả</dt>
                    <dd>{part.result}</dd>
                  </>
                )}
              </dl>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** "Gia hạn": the one request with its apology, and the leader's decision. */
export function ExtensionPanel({ extension }: { extension: DossierWorkflow['extension'] }) {
  if (!extension) return null;
  return (
    <section className="panel" aria-labelledby="extension-heading">
      <h2 id="extension-heading">Gia hạn và xin lỗi</h2>
      <dl className="facts">
        <dt>Trạng thái</dt>
        <dd>
          <span className={`chip chip-extension-${extension.status}`}>
            {extensionStatusLabels[extension.status]}
          </span>
        </dd>
        <dt>Đề nghị lúc</dt>
        <dd>{formatInstant(extension.requestedAt)}</dd>
        <dt>Lý do, lời xin lỗi</dt>
        <dd>{extension.reason}</dd>
        <dt>Ngày hẹn đề nghị</dt>
        <dd>{formatInstant(extension.proposedDueAt)}</dd>
        {extension.decidedAt && (
          <>
            <dt>Quyết định lúc</dt>
            <dd>{formatInstant(extension.decidedAt)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
