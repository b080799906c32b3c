import type { Scope } from '../organisation/roles.ts';
import type { Status } from './statuses.ts';

/**
 * The actions of the workflow. `receive` creates a dossier; the others move it. Each action names
 * the scope it needs and which of the dossier's units that scope must cover.
 */
export const actionTypes = [
  'receive',
  'assign',
  'submit_for_approval',
  'approve',
  'return_result',
] as const;
export type ActionType = (typeof actionTypes)[number];

/** Which of the dossier's units the actor's scope must cover. */
export type ActionUnit = 'receiving' | 'handling' | 'competent';

export interface ActionSpec {
  label: string;
  scope: Scope;
  unit: ActionUnit;
  /** The status the dossier moves to. */
  to: Status;
  /** Only the assigned officer may act (the head of the handling unit may act for them). */
  assigneeOnly?: boolean;
}

export const actionSpecs: Record<ActionType, ActionSpec> = {
  receive: {
    label: 'Tiếp nhận hồ sơ',
    scope: 'dossier.receive',
    unit: 'receiving',
    to: 'received',
  },
  assign: {
    label: 'Phân công xử lý',
    scope: 'dossier.assign',
    unit: 'handling',
    to: 'in_appraisal',
  },
  submit_for_approval: {
    label: 'Trình phê duyệt',
    scope: 'dossier.process',
    unit: 'handling',
    to: 'awaiting_approval',
    assigneeOnly: true,
  },
  approve: {
    label: 'Phê duyệt kết quả',
    scope: 'dossier.approve',
    unit: 'competent',
    to: 'result_ready',
  },
  return_result: {
    label: 'Trả kết quả',
    scope: 'dossier.return',
    unit: 'receiving',
    to: 'returned',
  },
};

export function isActionType(value: string): value is ActionType {
  return (actionTypes as readonly string[]).includes(value);
}
