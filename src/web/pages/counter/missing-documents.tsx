import { useEffect, useRef } from 'react';
import { formatInstant } from '../../lib/dates.ts';
import type { MissingRequirement } from './intake-types.ts';

/**
 * "Hướng dẫn bổ sung": the dossier lacks required documents, so it is not received (Decree
 * 118/2025 Art. 17.1); the applicant is told once, in full, what to bring. Printed from the
 * browser (the form 02 PDF exists only for dossiers already received).
 */
export function MissingDocumentsPanel({
  missing,
  procedureName,
  applicantName,
  onClose,
}: {
  missing: MissingRequirement[];
  procedureName: string;
  applicantName: string;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel guidance" aria-labelledby="guidance-heading" role="alert">
      <h2 id="guidance-heading" ref={heading} tabIndex={-1}>
        Hồ sơ chưa đủ thành phần — chưa tiếp nhận
      </h2>
      <p>
        Thủ tục: <strong>{procedureName}</strong>
        {applicantName && (
          <>
            {' '}
            · Người nộp: <strong>{applicantName}</strong>
          </>
        )}
      </p>
      <p>
        Theo Điều 17.1 Nghị định 118/2025/NĐ-CP, hồ sơ chưa đầy đủ thì chưa được tiếp nhận. Đề nghị
        bổ sung các giấy tờ sau rồi nộp lại:
      </p>
      <ol data-testid="missing-documents">
        {missing.map((item) => (
          <li key={item.requirementNos.join('-')}>{item.name}</li>
        ))}
      </ol>
      <p className="muted">Hướng dẫn lập lúc {formatInstant(new Date().toISOString())}.</p>
      <div className="row no-print">
        <button type="button" className="button-primary" onClick={() => window.print()}>
          In hướng dẫn bổ sung
        </button>
        <button type="button" className="button-quiet" onClick={onClose}>
          Quay lại sửa danh mục giấy tờ
        </button>
      </div>
    </section>
  );
}
