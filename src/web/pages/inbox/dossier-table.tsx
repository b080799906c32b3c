import { type KeyboardEvent, type MouseEvent, useRef } from 'react';
import { Link } from '../../components/link.tsx';
import { DueChip, StatusChip } from '../../components/status-chip.tsx';
import { formatInstant } from '../../lib/dates.ts';
import { getListDueState } from '../../lib/due-state.ts';
import { dossierPath, navigate } from '../../lib/router.ts';
import type { DossierListItem } from '../../lib/types.ts';

interface DossierTableProps {
  items: DossierListItem[];
  box: string;
  caption: string;
}

/**
 * The inbox table; overdue and due-soon rows carry a text chip, not colour alone. Keyboard: each
 * row's code is a link (Tab reaches it, Enter opens the dossier); ↑ and ↓ move between rows.
 */
export function DossierTable({ items, box, caption }: DossierTableProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);

  function focusRow(index: number) {
    const links = bodyRef.current?.querySelectorAll<HTMLAnchorElement>('a.row-link');
    links?.[Math.max(0, Math.min(index, links.length - 1))]?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number, code: string) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(index + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLAnchorElement)) {
      navigate(dossierPath(code));
    }
  }

  function handleClick(event: MouseEvent<HTMLTableRowElement>, code: string) {
    // A click anywhere on the row opens it, unless the officer is selecting text or used a link.
    if (event.target instanceof HTMLAnchorElement || window.getSelection()?.toString()) return;
    navigate(dossierPath(code));
  }

  return (
    <div className="table-wrap">
      <table className="data-table inbox-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Mã hồ sơ</th>
            <th scope="col">Thủ tục</th>
            <th scope="col">Người nộp</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Bước hiện tại</th>
            <th scope="col">Ngày nhận</th>
            <th scope="col">Hạn trả</th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {items.map((dossier, index) => {
            const due = getListDueState(dossier, box);
            return (
              <tr
                key={dossier.code}
                className={`due-${due}`}
                onKeyDown={(event) => handleKeyDown(event, index, dossier.code)}
                onClick={(event) => handleClick(event, dossier.code)}
              >
                <td className="nowrap">
                  <Link className="row-link" href={dossierPath(dossier.code)}>
                    {dossier.code}
                  </Link>
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
                  {dossier.handlingUnit?.name && (
                    <span className="muted small block">{dossier.handlingUnit.name}</span>
                  )}
                </td>
                <td>
                  {dossier.currentStep ?? <span className="muted">—</span>}
                  {dossier.stepDueAt && (
                    <span className="muted small block">
                      Hạn bước: {formatInstant(dossier.stepDueAt)}
                    </span>
                  )}
                </td>
                <td className="nowrap">{formatInstant(dossier.receivedAt)}</td>
                <td className="nowrap">
                  <span className="block">{formatInstant(dossier.dueAt)}</span>
                  {dossier.status === 'submitted' && dossier.receptionDueAt && (
                    <span className="block small">
                      Hạn tiếp nhận: {formatInstant(dossier.receptionDueAt)}
                    </span>
                  )}
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
