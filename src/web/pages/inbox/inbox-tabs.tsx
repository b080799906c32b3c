import { type KeyboardEvent, useRef } from 'react';
import type { Scope } from '../../lib/types.ts';

export type Box =
  | 'to_receive'
  | 'to_assign'
  | 'mine'
  | 'to_approve'
  | 'to_return'
  | 'due_soon'
  | 'overdue'
  | 'waiting_citizen'
  | 'consulted'
  | 'all';

export interface BoxTab {
  box: Box;
  label: string;
  scope: Scope;
}

/**
 * Boxes in working order. The server says which boxes the user has (`/dossiers/counts`); the
 * scopes only decide the tabs shown while the counts load.
 */
export const boxTabs: BoxTab[] = [
  { box: 'to_receive', label: 'Chờ tiếp nhận', scope: 'dossier.receive' },
  { box: 'to_assign', label: 'Chờ phân công', scope: 'dossier.assign' },
  { box: 'mine', label: 'Của tôi', scope: 'dossier.process' },
  { box: 'to_approve', label: 'Chờ phê duyệt', scope: 'dossier.approve' },
  { box: 'to_return', label: 'Chờ trả kết quả', scope: 'dossier.return' },
  { box: 'due_soon', label: 'Sắp đến hạn', scope: 'dossier.read' },
  { box: 'overdue', label: 'Quá hạn', scope: 'dossier.read' },
  { box: 'waiting_citizen', label: 'Chờ công dân bổ sung', scope: 'dossier.read' },
  { box: 'consulted', label: 'Được xin ý kiến / liên thông', scope: 'dossier.process' },
  { box: 'all', label: 'Tất cả', scope: 'dossier.read' },
];

export const tabId = (box: Box) => `inbox-tab-${box}`;

/** The server stops counting a box at 10 000 rows; a count there reads "10.000+". */
const countCap = 10_000;
export function formatCount(count: number, capped = count >= countCap): string {
  return `${count.toLocaleString('vi-VN')}${capped ? '+' : ''}`;
}
export const panelId = 'inbox-panel';

interface InboxTabsProps {
  tabs: BoxTab[];
  current: Box;
  counts: Partial<Record<Box, number>> | undefined;
  onSelect: (box: Box) => void;
}

/**
 * WAI-ARIA tabs with automatic activation: arrows, Home and End move between boxes. Each tab's
 * name carries its count ("Chờ phân công (3)"), so a screen reader hears it with the box.
 */
export function InboxTabs({ tabs, current, counts, onSelect }: InboxTabsProps) {
  const listRef = useRef<HTMLDivElement>(null);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((t) => t.box === current);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.box);
    listRef.current?.querySelector<HTMLButtonElement>(`#${tabId(next.box)}`)?.focus();
  }

  return (
    <div
      role="tablist"
      aria-label="Hộp việc"
      className="tabs"
      ref={listRef}
      onKeyDown={handleKeyDown}
    >
      {tabs.map((tab) => {
        const selected = tab.box === current;
        const count = counts?.[tab.box];
        const urgent = (tab.box === 'overdue' || tab.box === 'due_soon') && (count ?? 0) > 0;
        return (
          <button
            key={tab.box}
            type="button"
            role="tab"
            id={tabId(tab.box)}
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            aria-label={count === undefined ? undefined : `${tab.label} (${formatCount(count)})`}
            onClick={() => onSelect(tab.box)}
          >
            {tab.label}
            {count !== undefined && (
              <span className={`badge ${urgent ? `badge-${tab.box}` : ''}`}>
                {formatCount(count)}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
