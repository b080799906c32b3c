import type { DueState } from '../lib/due-state.ts';

/** A dossier status as a chip; the colour only repeats what the text says. */
export function StatusChip({ status, label }: { status: string; label: string }) {
  return <span className={`chip chip-status-${status}`}>{label}</span>;
}

const dueLabels: Record<DueState, string> = {
  overdue: 'Quá hạn',
  due_soon: 'Sắp đến hạn',
  on_track: '',
  closed: '',
};

export function DueChip({ state }: { state: DueState }) {
  const label = dueLabels[state];
  if (!label) return null;
  return <span className={`chip chip-${state}`}>{label}</span>;
}
