/**
 * Early / on time / late (Trước hạn / Đúng hạn / Quá hạn), the grading of Biểu 06 and of the
 * control slip (form 06, domain.md §6): late after the due instant; on time when finished on the
 * due day itself; early when finished on an earlier day. Dates are Vietnam dates (UTC+7).
 */
export type Grade = 'early' | 'on_time' | 'late';

export const gradeLabels: Record<Grade, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

const localDay = (ms: number) => Math.floor((ms + 7 * 3_600_000) / 86_400_000);

export function gradeCompletion(finishedAt: string, dueAt: string): Grade {
  const finished = Date.parse(finishedAt);
  const due = Date.parse(dueAt);
  if (finished > due) return 'late';
  return localDay(finished) === localDay(due) ? 'on_time' : 'early';
}

/** In progress: still within the deadline, or already overdue at `now`. */
export function gradeInProgress(now: string, dueAt: string): 'within' | 'overdue' {
  return Date.parse(now) > Date.parse(dueAt) ? 'overdue' : 'within';
}
