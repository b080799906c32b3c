import { deadlineWorkingMinutes } from '../catalogue/internal-process.ts';
import { type Deadline, deadlineUnitLabels } from '../catalogue/procedure-record.ts';
import type { Role } from '../organisation/roles.ts';
import type { ActionType } from './actions.ts';
import type { DossierState, ProcessStepDef } from './state.ts';

/**
 * Per-step deadlines (DESIGN §2.4): each step of the procedure's internal process gets its own
 * due instant when it starts; the dossier's legal deadline stays the contract with the citizen.
 * Without a configured process the legal deadline is split over the usual steps, in the
 * proportions below (reception/transfer, assignment, appraisal, approval, issuing, return).
 */
const defaultShares: Array<{ name: string; role: Role; share: number }> = [
  { name: 'Tiếp nhận, chuyển hồ sơ', role: 'reception', share: 0.05 },
  { name: 'Phân công thụ lý', role: 'head', share: 0.05 },
  { name: 'Thẩm định hồ sơ', role: 'specialist', share: 0.6 },
  { name: 'Phê duyệt kết quả', role: 'leader', share: 0.15 },
  { name: 'Phát hành kết quả', role: 'specialist', share: 0.05 },
  { name: 'Trả kết quả', role: 'reception', share: 0.1 },
];

export function defaultProcess(deadline: Deadline): ProcessStepDef[] {
  const total = deadlineWorkingMinutes(deadline);
  return defaultShares.map((s) => ({
    name: s.name,
    role: s.role,
    unitId: null,
    allottedMinutes: Math.max(15, Math.round(total * s.share)),
    handoff: false,
    parallelGroup: null,
    lead: false,
  }));
}

export function describeDeadline(deadline: Deadline): string {
  return deadline.unit === 'same_day'
    ? 'trong ngày'
    : `${deadline.amount} ${deadlineUnitLabels[deadline.unit]}`;
}

/**
 * The step an action starts (null: the current run goes on, or the dossier leaves the process).
 * Searching by role lets a process omit steps (a procedure without a separate assignment step).
 */
export function findTargetStep(state: DossierState, action: ActionType): number | null {
  const steps = state.process;
  // Inter-agency part runs (stepIndex -1) are not steps of the process: the position in the
  // process is the last run of a real step.
  const processRuns = state.runs.filter((r) => r.stepIndex >= 0);
  const from = processRuns.length ? processRuns[processRuns.length - 1]!.stepIndex : -1;
  const after = (predicate: (s: ProcessStepDef) => boolean, start = from + 1) => {
    for (let i = Math.max(start, 0); i < steps.length; i++) if (predicate(steps[i]!)) return i;
    return null;
  };
  const lastWhere = (predicate: (s: ProcessStepDef) => boolean) => {
    for (let i = steps.length - 1; i >= 0; i--) if (predicate(steps[i]!)) return i;
    return null;
  };
  switch (action) {
    case 'receive':
    case 'accept_online':
      return after((s) => s.role !== 'reception' && !s.handoff, 0);
    case 'assign':
    case 'claim':
      return after((s) => s.role === 'specialist' && !s.handoff);
    case 'forward':
      return after((s) => !s.handoff);
    case 'handoff':
      return after((s) => s.handoff);
    case 'complete_part': {
      // A process with hand-off steps continues after them; otherwise the lead agency resumes
      // the step it handed the dossier off from.
      const lastHandoff = lastWhere((s) => s.handoff);
      return lastHandoff === null
        ? from >= 0
          ? from
          : null
        : after((s) => !s.handoff, lastHandoff + 1);
    }
    case 'submit_for_approval':
      return after((s) => s.role === 'leader');
    case 'approve':
      return (
        after((s) => s.role !== 'leader' && s.role !== 'reception' && !s.handoff) ??
        lastWhere((s) => s.role === 'reception')
      );
    case 'return_for_rework': {
      for (let i = Math.min(from, steps.length - 1); i >= 0; i--)
        if (steps[i]!.role === 'specialist' && !steps[i]!.handoff) return i;
      return null;
    }
    case 'refuse':
    case 'mark_result_ready':
      return lastWhere((s) => s.role === 'reception');
    case 'supplement_received':
      return from >= 0 ? from : null;
    default:
      return null;
  }
}
