import { ExplanationList } from '../../components/explanation-list.tsx';
import { DueChip } from '../../components/status-chip.tsx';
import { formatInstant } from '../../lib/dates.ts';
import { fromWorkflow } from '../../lib/due-state.ts';
import { formatDeadline } from '../../lib/labels.ts';
import type { DossierAction, DossierDetail, ExplanationItem } from '../../lib/types.ts';

interface DueChange {
  at: string;
  dueAt: string;
  why: string;
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : null);

/**
 * Each time the appointment moved, from the action log: the restart after a complete supplement
 * and the one extension (Decree 118/2025 Art. 19), with the new due instant.
 */
function listDueChanges(actions: DossierAction[]): DueChange[] {
  const changes: DueChange[] = [];
  for (const action of actions) {
    const p = action.payload ?? {};
    if (action.type === 'supplement_received' && text(p.dueAt)) {
      changes.push({
        at: action.at,
        dueAt: String(p.dueAt),
        why: 'Nhận đủ hồ sơ bổ sung: thời hạn giải quyết được tính lại từ đầu (Điều 19 NĐ 118/2025).',
      });
    }
    if (action.type === 'approve_extension' && text(p.newDueAt)) {
      changes.push({
        at: action.at,
        dueAt: String(p.newDueAt),
        why: `${action.actorName ?? 'Lãnh đạo'} duyệt gia hạn, hẹn lại ngày trả kết quả một lần và xin lỗi người nộp (Điều 19 NĐ 118/2025).`,
      });
    }
  }
  return changes;
}

/** The explanation of the latest computed due: after a restart, the restart's own. */
function findExplanation(dossier: DossierDetail): ExplanationItem[] | null {
  for (let i = dossier.actions.length - 1; i >= 0; i--) {
    const explanation = dossier.actions[i]?.payload?.explanation;
    if (Array.isArray(explanation)) return explanation as ExplanationItem[];
  }
  return dossier.deadlineExplanation;
}

/**
 * "Thời hạn": the legal due with its explanation, the original due and why it moved, the pause
 * while the applicant supplements, and the step in progress with its own due.
 */
export function DeadlinePanel({ dossier }: { dossier: DossierDetail }) {
  const { workflow } = dossier;
  const changes = listDueChanges(dossier.actions);
  const movedDue = dossier.originalDueAt && dossier.originalDueAt !== dossier.dueAt;
  const current = workflow.runs.filter((r) => r.finishedAt === null);
  const waiting = workflow.supplements.find((s) => s.receivedAt === null);
  const extended = workflow.extension?.status === 'approved';
  return (
    <section className="panel" aria-labelledby="deadline-heading">
      <h2 id="deadline-heading">Thời hạn</h2>
      <dl className="facts">
        <dt>Thời hạn giải quyết</dt>
        <dd>{formatDeadline(dossier.deadline)}</dd>
        {dossier.receptionDueAt && (
          <>
            <dt>Nộp trực tuyến lúc</dt>
            <dd>{formatInstant(dossier.submittedAt)}</dd>
            <dt>Hạn tiếp nhận hoặc yêu cầu bổ sung</dt>
            <dd data-testid="reception-due-at">
              {formatInstant(dossier.receptionDueAt)}{' '}
              <span className="muted">(8 giờ làm việc, Điều 17.2 NĐ 118/2025)</span>
            </dd>
          </>
        )}
        <dt>Ngày nhận</dt>
        <dd>{formatInstant(dossier.receivedAt) || 'Chưa tiếp nhận'}</dd>
        <dt>Bắt đầu tính hạn</dt>
        <dd>{formatInstant(dossier.clockStartAt) || '—'}</dd>
        <dt>Hạn trả kết quả</dt>
        <dd data-testid="due-at">
          <span className="due-emphasis">{formatInstant(dossier.dueAt) || 'Chưa có'}</span>{' '}
          <DueChip state={fromWorkflow(workflow.dueState)} showOnTrack />
        </dd>
        {movedDue && (
          <>
            <dt>Hạn ban đầu</dt>
            <dd>
              <s>{formatInstant(dossier.originalDueAt)}</s>
            </dd>
          </>
        )}
        {current.map((run) => (
          <div key={`${run.name}-${run.startedAt}`} className="facts-pair">
            <dt>Bước hiện tại</dt>
            <dd>
              <strong>{run.name}</strong> — {run.unitName ?? ''}
              {run.holderName ? `, ${run.holderName}` : ''}
              <span className="block">Hạn của bước: {formatInstant(run.dueAt)}</span>
            </dd>
          </div>
        ))}
        {dossier.resolvedAt && (
          <>
            <dt>Có kết quả lúc</dt>
            <dd>{formatInstant(dossier.resolvedAt)}</dd>
          </>
        )}
        {dossier.returnedAt && (
          <>
            <dt>Đã trả kết quả lúc</dt>
            <dd>{formatInstant(dossier.returnedAt)}</dd>
          </>
        )}
      </dl>
      {changes.length > 0 && (
        <ul className="due-changes">
          {changes.map((change) => (
            <li key={change.at}>
              {formatInstant(change.at)}: {change.why} Hạn mới:{' '}
              <strong>{formatInstant(change.dueAt)}</strong>.
            </li>
          ))}
        </ul>
      )}
      {waiting && (
        <p className="alert alert-warn">
          Thời hạn tạm dừng từ {formatInstant(waiting.requestedAt)}: chờ người nộp bổ sung hồ sơ.
          Thời gian chờ không tính vào thời hạn giải quyết; hồ sơ tự đóng nếu không bổ sung trước{' '}
          {formatInstant(waiting.closeAt)}.
          {waiting.phase === 'appraisal' &&
            ' Khi nhận đủ, thời hạn giải quyết được tính lại từ đầu (Điều 19 NĐ 118/2025).'}
        </p>
      )}
      <ExplanationList
        items={findExplanation(dossier)}
        label={
          extended
            ? 'Hạn trước khi gia hạn được tính thế nào?'
            : changes.length > 0
              ? 'Vì sao hạn mới là ngày này?'
              : 'Vì sao hạn là ngày này?'
        }
      />
    </section>
  );
}
