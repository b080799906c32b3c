import { formatDate, formatInstant } from '../../lib/dates.ts';
import type { DossierResults } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { RatingsPanel } from './ratings-panel.tsx';
import { UploadResultForm } from './upload-result-form.tsx';

const channelLabels: Record<string, string> = { sms: 'SMS', email: 'Thư điện tử' };
const noticeStatus: Record<string, string> = {
  pending: 'chờ gửi',
  sent: 'đã gửi',
  failed: 'gửi lỗi',
  skipped: 'không gửi (thiếu địa chỉ)',
};

/**
 * "Kết quả" on the dossier page (Decree 118/2025 Art. 22): the result documents with their
 * document codes and files, the upload form while the result is being issued, how the result was
 * returned, the advance notice of an early return, and the citizen's ratings (Art. 33).
 */
export function ResultsPanel({ code }: { code: string }) {
  const data = useApiData<DossierResults>(`/dossiers/${encodeURIComponent(code)}/results`);
  const r = data.data;
  if (!r) return null;
  const show = r.results.length > 0 || r.canIssue || r.returned || r.earlyReturnNotices.length > 0;
  return (
    <>
      {show && (
        <section className="panel panel-results" aria-labelledby="results-heading">
          <h2 id="results-heading">Kết quả giải quyết</h2>
          {r.results.map((doc) => (
            <article key={doc.id} className="subpanel">
              <h3>{doc.name}</h3>
              <dl className="facts">
                <dt>Mã số giấy tờ</dt>
                <dd>
                  <code>{doc.documentCode}</code>
                </dd>
                {doc.documentNumber && (
                  <>
                    <dt>Số, ký hiệu</dt>
                    <dd>{doc.documentNumber}</dd>
                  </>
                )}
                {(doc.validFrom || doc.validUntil) && (
                  <>
                    <dt>Hiệu lực</dt>
                    <dd>
                      {doc.validFrom ? `từ ${formatDate(doc.validFrom)}` : ''}{' '}
                      {doc.validUntil ? `đến ${formatDate(doc.validUntil)}` : ''}
                    </dd>
                  </>
                )}
                <dt>Phát hành</dt>
                <dd>
                  {formatInstant(doc.issuedAt)}
                  {doc.issuedBy ? ` — ${doc.issuedBy}` : ''}
                </dd>
              </dl>
              {doc.file && <a href={doc.file.url}>Tải tệp {doc.file.fileName}</a>}
            </article>
          ))}
          {r.canIssue && <UploadResultForm results={r} onUploaded={data.reload} />}
          {r.earlyReturnNotices.length > 0 && (
            <p>
              Đã báo trước việc trả kết quả sớm (Điều 22):{' '}
              {r.earlyReturnNotices
                .map(
                  (n) =>
                    `${channelLabels[n.channel] ?? n.channel} ${n.recipient ?? ''} — ${noticeStatus[n.status] ?? n.status}, ${formatInstant(n.createdAt)}`,
                )
                .join('; ')}
              .
            </p>
          )}
          {r.returned && (
            <article className="subpanel" aria-labelledby="returned-heading">
              <h3 id="returned-heading">Đã trả kết quả</h3>
              <dl className="facts">
                <dt>Thời điểm</dt>
                <dd>
                  {formatInstant(r.returned.at)} {r.returned.by ? `— ${r.returned.by}` : ''}
                </dd>
                <dt>Hình thức</dt>
                <dd>{r.returned.methodLabel}</dd>
                {r.returned.collectedBy && (
                  <>
                    <dt>Người nhận</dt>
                    <dd>
                      {r.returned.collectedBy} ({r.returned.collectorIdNumber})
                      {r.returned.collectorIsApplicant === false
                        ? ' — nhận thay theo ủy quyền'
                        : ''}
                    </dd>
                  </>
                )}
                {r.returned.authorisationNote && (
                  <>
                    <dt>Giấy ủy quyền</dt>
                    <dd>{r.returned.authorisationNote}</dd>
                  </>
                )}
                {r.returned.signatureLabel && (
                  <>
                    <dt>Chữ ký</dt>
                    <dd>
                      {r.returned.signatureLabel}
                      {r.returned.signatureUrl && (
                        <img
                          className="signature-image"
                          src={r.returned.signatureUrl}
                          alt={`Chữ ký của ${r.returned.collectedBy ?? 'người nhận'}`}
                        />
                      )}
                    </dd>
                  </>
                )}
                {r.returned.postalTrackingNumber && (
                  <>
                    <dt>Bưu gửi</dt>
                    <dd>
                      Số hiệu {r.returned.postalTrackingNumber}, gửi ngày{' '}
                      {r.returned.postedOn ? formatDate(r.returned.postedOn) : ''}
                    </dd>
                  </>
                )}
              </dl>
            </article>
          )}
        </section>
      )}
      <RatingsPanel code={code} />
    </>
  );
}
