import { useEffect, useRef } from 'react';
import { Link } from '../../components/link.tsx';
import { formatInstant } from '../../lib/dates.ts';
import { formatDeadline } from '../../lib/labels.ts';
import { dossierPath } from '../../lib/router.ts';
import type { DossierDetail } from '../../lib/types.ts';

/** The confirmation after intake: the code in large type, the appointment, and the next steps. */
export function ReceiptPanel({ dossier, onNext }: { dossier: DossierDetail; onNext: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="panel receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading" ref={headingRef} tabIndex={-1}>
        Đã tiếp nhận hồ sơ
      </h2>
      <p className="muted">Mã hồ sơ</p>
      <p className="dossier-code" data-testid="dossier-code">
        {dossier.code}
      </p>
      <dl className="facts">
        <dt>Người nộp</dt>
        <dd>{dossier.applicant.fullName}</dd>
        <dt>Thủ tục</dt>
        <dd>{dossier.procedure.name}</dd>
        <dt>Thời hạn</dt>
        <dd>{formatDeadline(dossier.deadline)}</dd>
        <dt>Ngày hẹn trả</dt>
        <dd className="due-emphasis" data-testid="due-at">
          {formatInstant(dossier.dueAt)}
        </dd>
      </dl>
      <div className="row no-print">
        <Link className="button-link" href={dossierPath(dossier.code)}>
          Mở hồ sơ
        </Link>
        <button type="button" className="button-quiet" onClick={() => window.print()}>
          In giấy tiếp nhận
        </button>
        <button type="button" className="button-primary" onClick={onNext}>
          Tiếp nhận hồ sơ mới
        </button>
      </div>
    </section>
  );
}
