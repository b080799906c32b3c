import type { DossierListItem, WorkflowDueState } from './types.ts';

/**
 * Overdue, due within one working day, or fine, as the server decides it on the working calendar
 * and its own clock (`workflow.dueState`, the list's `overdue` and its due-soon box). The browser's
 * clock and calendar are never used: a laptop set wrongly must not mark a dossier late.
 */
export type DueState = WorkflowDueState | 'closed';

export function fromWorkflow(state: WorkflowDueState | null): DueState {
  return state ?? 'closed';
}

/** An inbox row: `overdue` from the server; every row of the due-soon box is due soon. */
export function getListDueState(item: DossierListItem, box: string): DueState {
  if (item.overdue) return 'overdue';
  if (box === 'due_soon') return 'due_soon';
  return item.resolvedAt || item.returnedAt || !item.dueAt ? 'closed' : 'on_track';
}
