import type { DueState } from '../lib/due-state.ts';

/** A dossier status as a chip; the colour only repeats what the text says. */
export function StatusChip({ status, label }: { status: string; label: string }) {
  return <span className={`chip chip-status-${status}`}>{label}</span>;
}

const dueLabels: Record<DueState, string> = {
  overdue: 'Quá hạn',
  due_soon: 'Sắp đến hạn',
  on_track: 'Trong hạn',
  closed: '',
};

/** Overdue and due-soon always show; "Trong hạn" only where asked (the dossier's own page). */
export function DueChip({
  state,
  showOnTrack = false,
}: {
  state: DueState;
  showOnTrack?: boolean;
}) {
  const label = dueLabels[state];
  if (!label || (state === 'on_track' && !showOnTrack)) return null;
  return <span className={`chip chip-${state}`}>{label}</span>;
}

/** Trước hạn / Đúng hạn / Quá hạn of the control slip and of finished steps. */
export function GradeChip({ grade, label }: { grade: string | null; label: string | null }) {
  if (!grade || !label) return null;
  return <span className={`chip chip-grade-${grade}`}>{label}</span>;
}
