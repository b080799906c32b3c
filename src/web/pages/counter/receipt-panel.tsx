import { useEffect, useRef } from 'react';
import { Link } from '../../components/link.tsx';
import { formatInstant } from '../../lib/dates.ts';
import { formatDeadline, formatVnd } from '../../lib/labels.ts';
import { appBase, dossierPath } from '../../lib/router.ts';
import { deliveryOptions, type ReceivedDossier, receiptUrl } from './intake-types.ts';

/**
 * The confirmation after intake: the code in large type, the appointment, the fees due, and the
 * next steps — print the receipt (form 01, a new tab), collect the fees on the dossier page,
 * correct a typing mistake while processing has not started, or take the next applicant.
 */
export function ReceiptPanel({
  dossier,
  onNext,
}: {
  dossier: ReceivedDossier;
  onNext: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const intake = dossier.intake;
  const current = intake.documents.filter((d) => d.removedAt === null);
  const scans = current.filter((d) => d.file).length;
  const delivery = deliveryOptions.find((o) => o.value === intake.deliveryMethod)?.label;
  const due = intake.feeTotal - intake.feePaid;
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
        <dt>Giấy tờ đã nhận</dt>
        <dd data-testid="documents-received">
          {current.length} giấy tờ, {scans} bản quét · {intake.setsCount} bộ
        </dd>
        <dt>Trả kết quả</dt>
        <dd>
          {delivery}
          {intake.deliveryAddress ? ` — ${intake.deliveryAddress}` : ''}
        </dd>
        <dt>Phí, lệ phí phải nộp</dt>
        <dd data-testid="fees-due">
          {intake.feeTotal === 0 ? 'Không thu phí, lệ phí' : formatVnd(due)}
        </dd>
      </dl>
      <div className="row no-print">
        <a
          className="button-link button-primary"
          href={receiptUrl(dossier.code)}
          target="_blank"
          rel="noopener"
        >
          In giấy tiếp nhận
        </a>
        <Link className="button-link" href={dossierPath(dossier.code)}>
          {due > 0 ? 'Thu phí, lệ phí tại trang hồ sơ' : 'Mở hồ sơ'}
        </Link>
        {intake.correctable && (
          <Link
            className="button-link"
            href={`${appBase}/counter?correct=${encodeURIComponent(dossier.code)}`}
          >
            Sửa thông tin tiếp nhận
          </Link>
        )}
        <button type="button" className="button-quiet" onClick={onNext}>
          Tiếp nhận hồ sơ mới
        </button>
      </div>
    </section>
  );
}
