import { Link } from '../../components/link.tsx';
import { DueChip, StatusChip } from '../../components/status-chip.tsx';
import { formatInstant } from '../../lib/dates.ts';
import { getDueState, useDueSoonThreshold } from '../../lib/due-state.ts';
import { dossierPath } from '../../lib/router.ts';
import type { DossierView } from '../../lib/types.ts';

/** The inbox table; overdue and due-soon rows carry a text chip, not colour alone. */
export function DossierTable({ items, caption }: { items: DossierView[]; caption: string }) {
  const soon = useDueSoonThreshold();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Mã hồ sơ</th>
            <th scope="col">Thủ tục</th>
            <th scope="col">Người nộp</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Ngày nhận</th>
            <th scope="col">Hạn trả</th>
          </tr>
        </thead>
        <tbody>
          {items.map((dossier) => {
            const due = getDueState(dossier, soon);
            return (
              <tr key={dossier.code} className={`due-${due}`}>
                <td className="nowrap">
                  <Link href={dossierPath(dossier.code)}>{dossier.code}</Link>
                </td>
                <td>
                  <span className="clamp">{dossier.procedure.name}</span>
                  <span className="muted small"> {dossier.procedure.code}</span>
                </td>
                <td>
                  {dossier.applicant.fullName}
                  <span className="muted small block">{dossier.applicant.idNumber}</span>
                </td>
                <td>
                  <StatusChip status={dossier.status} label={dossier.statusLabel} />
                </td>
                <td className="nowrap">{formatInstant(dossier.receivedAt)}</td>
                <td className="nowrap">
                  <span className="block">{formatInstant(dossier.dueAt)}</span>
                  <DueChip state={due} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
