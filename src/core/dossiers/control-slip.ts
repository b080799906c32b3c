import type { DossierState, StepRun } from './state.ts';
import { type Grade, gradeCompletion, gradeLabels } from './timeliness.ts';

/**
 * The control slip (form 06, Phiếu kiểm soát quá trình giải quyết hồ sơ; domain.md §6.1 Mẫu 05):
 * one row per hand-off — who gave the dossier, who received it, when — with the result of the
 * step that received it graded against that step's own deadline. Derived from the workflow state
 * (the fold of the action log), never typed by hand.
 */
export interface SlipRow {
  no: number;
  stepName: string;
  giverUnitId: string | null;
  giverId: string | null;
  receiverUnitId: string;
  receiverId: string | null;
  handedAt: string;
  dueAt: string;
  finishedAt: string | null;
  grade: Grade | null;
  gradeLabel: string | null;
  note: string | null;
}

export interface ControlSlip {
  rows: SlipRow[];
  /** The last row: the result handed to the applicant, graded against the dossier's deadline. */
  returnRow: { returnedAt: string; dueAt: string; grade: Grade; gradeLabel: string } | null;
}

const endNotes: Record<NonNullable<StepRun['end']>, string | null> = {
  done: null,
  paused: 'Tạm dừng chờ công dân bổ sung hồ sơ',
  rework: 'Trả lại để xử lý lại',
  closed: 'Dừng xử lý',
};

export function buildControlSlip(state: DossierState): ControlSlip {
  const ordered = [...state.runs].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const rows = ordered.map((run, index): SlipRow => {
    const giver = previousHolder(ordered, index);
    const grade = run.finishedAt ? gradeCompletion(run.finishedAt, run.dueAt) : null;
    return {
      no: index + 1,
      stepName: run.name,
      giverUnitId: giver?.unitId ?? null,
      giverId: giver ? (giver.finishedBy ?? giver.holderId) : null,
      receiverUnitId: run.unitId,
      receiverId: run.holderId ?? run.finishedBy,
      handedAt: run.startedAt,
      dueAt: run.dueAt,
      finishedAt: run.finishedAt,
      grade,
      gradeLabel: grade ? gradeLabels[grade] : null,
      note: run.end ? endNotes[run.end] : run.finishedAt ? null : 'Đang xử lý',
    };
  });
  const returnRow =
    state.returnedAt && state.dueAt
      ? {
          returnedAt: state.returnedAt,
          dueAt: state.dueAt,
          grade: gradeCompletion(state.resolvedAt ?? state.returnedAt, state.dueAt),
          gradeLabel:
            gradeLabels[gradeCompletion(state.resolvedAt ?? state.returnedAt, state.dueAt)],
        }
      : null;
  return { rows, returnRow };
}

/** The run that held the dossier before this one started (the latest finished before it). */
function previousHolder(runs: StepRun[], index: number): StepRun | undefined {
  const start = runs[index]!.startedAt;
  let best: StepRun | undefined;
  for (let i = 0; i < index; i++) {
    const run = runs[i]!;
    if (run.finishedAt && run.finishedAt <= start && (!best || run.finishedAt >= best.finishedAt!))
      best = run;
  }
  return best;
}
