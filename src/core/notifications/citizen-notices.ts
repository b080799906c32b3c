import type { ActionType } from '../dossiers/actions.ts';
import type { DossierState } from '../dossiers/state.ts';
import { type NationalStatus, nationalStatusCodes } from '../dossiers/statuses.ts';
import type { CollectInfo } from './notice-parts.ts';
import type { CitizenNotice } from './templates.ts';

/**
 * Which message a workflow action sends the applicant, if any. The applicant hears of every change
 * of the status they can see (the 10 national codes, domain.md §4.13), with a dedicated message for
 * the events the law says must reach them: reception (Art. 17), a supplement request or a refusal
 * with its reasons (Art. 16), the apology with the new date (Art. 19), the result and how to
 * collect it, its return (Art. 22), a stop. Internal steps that keep the national status (assign
 * within appraisal, consultations, approval) say nothing.
 */
export function selectCitizenNotice(
  type: ActionType,
  before: DossierState,
  after: DossierState,
  payload: Record<string, unknown>,
  collect: CollectInfo | null,
): CitizenNotice | null {
  const reasons = Array.isArray(payload.reasons) ? payload.reasons.map(String) : [];
  switch (type) {
    case 'accept_online':
      return { kind: 'received', dueAt: after.dueAt };
    case 'refuse_reception':
      return { kind: 'reception_refused', reasons };
    case 'request_supplement': {
      const open = after.supplements[after.supplements.length - 1];
      return {
        kind: 'supplement_requested',
        reasons: open?.reasons ?? reasons,
        documents: open?.documents ?? [],
        closeAt: open?.closeAt ?? null,
      };
    }
    case 'supplement_received':
      // At reception the dossier waits for acceptance again: no new due instant yet.
      return {
        kind: 'supplement_received',
        dueAt: after.status === 'submitted' ? null : after.dueAt,
      };
    case 'refuse':
      return { kind: 'refused', reasons, collect };
    case 'mark_result_ready':
      return { kind: 'result_ready', collect };
    case 'approve_extension':
      return {
        kind: 'extended',
        reason: after.extension?.reason ?? '',
        newDueAt: after.dueAt,
        previousDueAt: before.dueAt,
      };
    case 'return_result':
      return { kind: 'returned' };
    case 'withdraw':
    case 'confirm_withdrawal':
      return { kind: 'stopped', cause: 'withdrawn', reason: after.outcomeReason };
    case 'auto_close':
      return { kind: 'stopped', cause: 'closed_no_supplement', reason: null };
    default:
      if (after.nationalStatus === before.nationalStatus) return null;
      return {
        kind: 'status_changed',
        statusLabel: nationalStatusCodes[after.nationalStatus as NationalStatus],
      };
  }
}

/** Actions whose message says where and how to collect the result. */
export function needsCollectInfo(type: ActionType): boolean {
  return type === 'mark_result_ready' || type === 'refuse';
}
