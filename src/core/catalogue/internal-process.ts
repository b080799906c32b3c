import { z } from 'zod';
import { roles } from '../organisation/roles.ts';
import { type Deadline, deadlineUnitLabels } from './procedure-record.ts';

/**
 * The internal process (quy trình nội bộ, DESIGN §2.3; Decree 118/2025 Art. 12.1 and 38.1.d) of a
 * procedure at one implementing agency: ordered steps, each with the role that acts, the unit
 * (or the dossier's own unit for that role), the working time allotted, and whether it hands the
 * dossier to another agency (một cửa liên thông). Steps sharing a `parallelGroup` run at once
 * (electronic inter-agency, Art. 20.2), so the group counts for its longest step.
 */
export const allottedUnits = ['working_hours', 'working_days'] as const;

export const processStepSchema = z
  .object({
    name: z.string().trim().min(2, 'Nhập tên bước').max(200),
    role: z.enum(roles),
    unitCode: z.string().trim().min(1).max(80).nullable().default(null),
    allotted: z.object({
      amount: z.number().positive('Thời gian phải lớn hơn 0').max(1000),
      unit: z.enum(allottedUnits),
    }),
    handoff: z.boolean().default(false),
    parallelGroup: z.number().int().min(1).max(20).nullable().default(null),
    lead: z.boolean().default(false),
    description: z.string().trim().max(1000).nullable().default(null),
  })
  .refine((s) => !s.handoff || s.unitCode !== null, {
    message: 'Bước chuyển liên thông phải nêu cơ quan nhận (unitCode)',
    path: ['unitCode'],
  });
export type ProcessStep = z.infer<typeof processStepSchema>;

export const processStepsSchema = z
  .array(processStepSchema)
  .min(1, 'Quy trình phải có ít nhất một bước')
  .max(40);

export const standardDayMinutes = 480;

export function stepMinutes(step: ProcessStep, dayMinutes = standardDayMinutes): number {
  return Math.round(
    step.allotted.amount * (step.allotted.unit === 'working_days' ? dayMinutes : 60),
  );
}

/** Total working minutes of a process: sequential steps add up, a parallel group counts once. */
export function totalProcessMinutes(
  steps: readonly ProcessStep[],
  dayMinutes = standardDayMinutes,
): number {
  const groups = new Map<number, number>();
  let total = 0;
  for (const step of steps) {
    const minutes = stepMinutes(step, dayMinutes);
    if (step.parallelGroup === null) total += minutes;
    else groups.set(step.parallelGroup, Math.max(groups.get(step.parallelGroup) ?? 0, minutes));
  }
  for (const minutes of groups.values()) total += minutes;
  return total;
}

/**
 * The working minutes a legal deadline allows at least. Calendar days and months count the
 * working days they always contain (5 of every 7 days, and at most 5 of a partial week), so a
 * process that fits here fits whatever the reception date — holidays aside.
 */
export function deadlineWorkingMinutes(
  deadline: Deadline,
  dayMinutes = standardDayMinutes,
): number {
  const workingDaysIn = (days: number) => Math.floor(days / 7) * 5 + Math.min(days % 7, 5);
  switch (deadline.unit) {
    case 'working_days':
      return Math.round(deadline.amount * dayMinutes);
    case 'working_hours':
      return Math.round(deadline.amount * 60);
    case 'calendar_days':
      return workingDaysIn(Math.floor(deadline.amount)) * dayMinutes;
    case 'months':
      return workingDaysIn(Math.floor(deadline.amount * 30)) * dayMinutes;
    case 'same_day':
      return dayMinutes;
  }
}

export interface ProcessProblem {
  field: string;
  message: string;
}

/** The editor refuses a process whose steps exceed the shortest legal deadline it must meet. */
export function checkProcessFitsDeadlines(
  steps: readonly ProcessStep[],
  deadlines: readonly Deadline[],
): ProcessProblem[] {
  const problems: ProcessProblem[] = [];
  const total = totalProcessMinutes(steps);
  const tightest = [...deadlines].sort(
    (a, b) => deadlineWorkingMinutes(a) - deadlineWorkingMinutes(b),
  )[0];
  if (tightest && total > deadlineWorkingMinutes(tightest)) {
    problems.push({
      field: 'steps',
      message:
        `Tổng thời gian các bước (${formatMinutes(total)}) vượt thời hạn giải quyết theo quy định ` +
        `(${tightest.amount} ${deadlineUnitLabels[tightest.unit]} ≈ ${formatMinutes(deadlineWorkingMinutes(tightest))}).`,
    });
  }
  const leads = steps.filter((s) => s.lead);
  if (leads.length > 1)
    problems.push({
      field: 'steps',
      message: 'Chỉ một cơ quan chủ trì trong quy trình liên thông.',
    });
  steps.forEach((step, i) => {
    if (step.parallelGroup !== null && !step.handoff) {
      problems.push({
        field: `steps.${i}.parallelGroup`,
        message: 'Chỉ các bước chuyển liên thông mới chạy song song.',
      });
    }
  });
  return problems;
}

export function formatMinutes(minutes: number): string {
  const days = Math.floor(minutes / standardDayMinutes);
  const hours = Math.round(((minutes % standardDayMinutes) / 60) * 10) / 10;
  if (days && hours) return `${days} ngày ${hours} giờ làm việc`;
  if (days) return `${days} ngày làm việc`;
  return `${hours} giờ làm việc`;
}
