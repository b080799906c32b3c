import { ExplanationList } from '../../components/explanation-list.tsx';
import { DueChip } from '../../components/status-chip.tsx';
import { formatInstant } from '../../lib/dates.ts';
import { getDueState, useDueSoonThreshold } from '../../lib/due-state.ts';
import { formatDeadline } from '../../lib/labels.ts';
import type { DossierDetail, DossierUnit } from '../../lib/types.ts';

const unitName = (unit: DossierUnit | null) => unit?.name ?? unit?.code ?? '—';

/** Applicant, procedure, units and the deadline block of a dossier. */
export function DossierFacts({ dossier }: { dossier: DossierDetail }) {
  const soon = useDueSoonThreshold();
  const a = dossier.applicant;
  const movedDue = dossier.originalDueAt && dossier.originalDueAt !== dossier.dueAt;
  return (
    <>
      <section className="panel" aria-labelledby="applicant-heading">
        <h2 id="applicant-heading">Người nộp</h2>
        <dl className="facts">
          <dt>Họ và tên</dt>
          <dd>
            {a.fullName}{' '}
            <span className="muted">({a.kind === 'organisation' ? 'Tổ chức' : 'Cá nhân'})</span>
          </dd>
          <dt>Số định danh</dt>
          <dd>{a.idNumber}</dd>
          <dt>Điện thoại</dt>
          <dd>{a.phone}</dd>
          <dt>Thư điện tử</dt>
          <dd>{a.email || '—'}</dd>
          <dt>Địa chỉ</dt>
          <dd>{a.address}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="procedure-heading">
        <h2 id="procedure-heading">Thủ tục</h2>
        <dl className="facts">
          <dt>Tên thủ tục</dt>
          <dd>
            {dossier.procedure.name} <span className="muted">({dossier.procedure.code})</span>
          </dd>
          {dossier.caseName && (
            <>
              <dt>Trường hợp</dt>
              <dd>{dossier.caseName}</dd>
            </>
          )}
          <dt>Cách thức nộp</dt>
          <dd>{dossier.channelLabel}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="units-heading">
        <h2 id="units-heading">Đơn vị và cán bộ</h2>
        <dl className="facts">
          <dt>Nơi tiếp nhận</dt>
          <dd>{unitName(dossier.receivingUnit)}</dd>
          <dt>Cơ quan giải quyết</dt>
          <dd>{unitName(dossier.competentUnit)}</dd>
          <dt>Đơn vị xử lý</dt>
          <dd>{unitName(dossier.handlingUnit)}</dd>
          <dt>Cán bộ xử lý</dt>
          <dd>{dossier.assigneeName ?? 'Chưa phân công'}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="deadline-heading">
        <h2 id="deadline-heading">Thời hạn</h2>
        <dl className="facts">
          <dt>Thời hạn giải quyết</dt>
          <dd>{formatDeadline(dossier.deadline)}</dd>
          <dt>Ngày nhận</dt>
          <dd>{formatInstant(dossier.receivedAt)}</dd>
          <dt>Bắt đầu tính hạn</dt>
          <dd>{formatInstant(dossier.clockStartAt)}</dd>
          <dt>Hạn trả kết quả</dt>
          <dd>
            <span className="due-emphasis">{formatInstant(dossier.dueAt)}</span>{' '}
            <DueChip state={getDueState(dossier, soon)} />
          </dd>
          {movedDue && (
            <>
              <dt>Hạn ban đầu</dt>
              <dd>{formatInstant(dossier.originalDueAt)}</dd>
            </>
          )}
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
        <ExplanationList items={dossier.deadlineExplanation} />
      </section>
    </>
  );
}
