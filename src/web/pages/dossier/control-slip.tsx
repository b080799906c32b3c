import { GradeChip } from '../../components/status-chip.tsx';
import { formatInstant } from '../../lib/dates.ts';
import type { DossierDetail } from '../../lib/types.ts';

function describeSide(unit: string | null, person: string | null): string {
  if (!unit && !person) return '—';
  return person ? `${unit ?? ''} (${person})` : (unit ?? '');
}

/**
 * "Phiếu kiểm soát quá trình giải quyết hồ sơ" (form 06): one row per hand-off, each graded
 * Trước hạn / Đúng hạn / Quá hạn against the receiving step's own due. Printing the dossier page
 * prints the slip alone: the print style hides everything else.
 */
export function ControlSlip({ dossier }: { dossier: DossierDetail }) {
  const { rows, returnRow } = dossier.workflow.controlSlip;

  return (
    <section className="panel control-slip" aria-labelledby="slip-heading">
      <div className="row spread">
        <h2 id="slip-heading">Phiếu kiểm soát quá trình giải quyết hồ sơ</h2>
        <button type="button" className="button-quiet no-print" onClick={() => window.print()}>
          In phiếu kiểm soát
        </button>
      </div>
      <dl className="facts slip-facts">
        <dt>Mã hồ sơ</dt>
        <dd>{dossier.code}</dd>
        <dt>Người nộp</dt>
        <dd>
          {dossier.applicant.fullName} — {dossier.applicant.idNumber}
        </dd>
        <dt>Thủ tục</dt>
        <dd>
          {dossier.procedure.name} ({dossier.procedure.code})
        </dd>
        <dt>Nơi tiếp nhận</dt>
        <dd>{dossier.receivingUnit?.name ?? '—'}</dd>
        <dt>Ngày nhận — hẹn trả</dt>
        <dd>
          {formatInstant(dossier.receivedAt)} — {formatInstant(dossier.dueAt)}
        </dd>
      </dl>
      <div className="table-wrap">
        <table className="data-table slip-table">
          <caption className="visually-hidden">
            Phiếu kiểm soát: các lần giao, nhận hồ sơ và kết quả từng bước
          </caption>
          <thead>
            <tr>
              <th scope="col">STT</th>
              <th scope="col">Tên cơ quan (Giao / Nhận)</th>
              <th scope="col">Thời gian giao, nhận</th>
              <th scope="col">Kết quả (Trước hạn / Đúng hạn / Quá hạn)</th>
              <th scope="col">Ghi chú</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.no}>
                <td>{row.no}</td>
                <td>
                  <span className="block">
                    Giao: {describeSide(row.giverUnitName, row.giverName)}
                  </span>
                  <span className="block">
                    Nhận: {describeSide(row.receiverUnitName, row.receiverName)}
                  </span>
                  <span className="muted small block">{row.stepName}</span>
                </td>
                <td className="nowrap">
                  <span className="block">{formatInstant(row.handedAt)}</span>
                  <span className="muted small block">Hạn: {formatInstant(row.dueAt)}</span>
                  {row.finishedAt && (
                    <span className="muted small block">Xong: {formatInstant(row.finishedAt)}</span>
                  )}
                </td>
                <td>
                  <GradeChip grade={row.grade} label={row.gradeLabel} />
                </td>
                <td>{row.note ?? ''}</td>
              </tr>
            ))}
            {returnRow && (
              <tr>
                <td>{rows.length + 1}</td>
                <td>
                  <span className="block">
                    Giao: {dossier.receivingUnit?.name ?? ''} — trả kết quả
                  </span>
                  <span className="block">Nhận: {dossier.applicant.fullName} (người nộp)</span>
                </td>
                <td className="nowrap">
                  <span className="block">{formatInstant(returnRow.returnedAt)}</span>
                  <span className="muted small block">
                    Hẹn trả: {formatInstant(returnRow.dueAt)}
                  </span>
                </td>
                <td>
                  <GradeChip grade={returnRow.grade} label={returnRow.gradeLabel} />
                </td>
                <td>Trả kết quả cho người nộp</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
