import { type KeyboardEvent, useRef } from 'react';
import type { Scope } from '../../lib/types.ts';

export type Box = 'to_assign' | 'mine' | 'to_approve' | 'to_return' | 'all';

export interface BoxTab {
  box: Box;
  label: string;
  scope: Scope;
}

/** Boxes in working order; each shows only to users whose scopes give it meaning. */
export const boxTabs: BoxTab[] = [
  { box: 'to_assign', label: 'Chờ phân công', scope: 'dossier.assign' },
  { box: 'mine', label: 'Của tôi', scope: 'dossier.process' },
  { box: 'to_approve', label: 'Chờ phê duyệt', scope: 'dossier.approve' },
  { box: 'to_return', label: 'Chờ trả kết quả', scope: 'dossier.return' },
  { box: 'all', label: 'Tất cả', scope: 'dossier.read' },
];

export const tabId = (box: Box) => `inbox-tab-${box}`;
export const panelId = 'inbox-panel';

interface InboxTabsProps {
  tabs: BoxTab[];
  current: Box;
  onSelect: (box: Box) => void;
}

/** WAI-ARIA tabs with automatic activation: arrows, Home and End move between boxes. */
export function InboxTabs({ tabs, current, onSelect }: InboxTabsProps) {
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
        return (
          <button
            key={tab.box}
            type="button"
            role="tab"
            id={tabId(tab.box)}
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(tab.box)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
