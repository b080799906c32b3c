import { DomainError } from '../errors.ts';
import { type ActionType, actionSpecs } from './actions.ts';
import { type Status, statusInfo } from './statuses.ts';

/**
 * The workflow as data (OpenCRVS habit): each status lists the actions allowed in it. The Record
 * type makes the compiler refuse a status without an entry. Finer legal rules (once only, within
 * 3 working days…) are checked after this table, in rules.ts.
 */
const working: ActionType[] = [
  'request_extension',
  'approve_extension',
  'reject_extension',
  'withdraw',
  'request_withdrawal',
];

export const transitions: Record<Status, readonly ActionType[]> = {
  submitted: [
    'accept_online',
    'refuse_reception',
    'request_supplement',
    'withdraw',
    'request_withdrawal',
  ],
  awaiting_supplement: ['supplement_received', 'auto_close', 'withdraw', 'request_withdrawal'],
  refused_at_reception: [],
  received: ['assign', 'claim', 'request_supplement', 'withdraw', 'request_withdrawal'],
  in_appraisal: [
    'reassign',
    'forward',
    'consult',
    'handoff',
    'request_supplement',
    'submit_for_approval',
    ...working,
  ],
  in_consultation: ['record_consultation', 'reassign', ...working],
  in_inter_agency: ['complete_part', 'reassign', ...working],
  awaiting_approval: ['approve', 'refuse', 'return_for_rework', ...working],
  approved: ['mark_result_ready', 'request_extension', 'approve_extension', 'reject_extension'],
  result_ready: ['return_result'],
  returned: [],
  withdrawal_requested: ['confirm_withdrawal'],
  stopped: [],
};

export function allowedActions(status: Status): readonly ActionType[] {
  return transitions[status];
}

/** The one guard: refuses a disallowed action with the rule and the actions that are allowed. */
export function assertActionAllowed(status: Status, action: ActionType): void {
  const allowed = transitions[status];
  if (!allowed.includes(action)) {
    const names = allowed.map((a) => `${a} (${actionSpecs[a].label})`);
    throw new DomainError(
      'ACTION_NOT_ALLOWED',
      `Không thể "${actionSpecs[action].label}" khi hồ sơ ở trạng thái "${statusInfo[status].label}".` +
        (names.length ? ` Các thao tác được phép: ${names.join(', ')}.` : ' Hồ sơ đã kết thúc.'),
      { status, action, allowedActions: allowed },
    );
  }
}
