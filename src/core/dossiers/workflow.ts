import { DomainError } from '../errors.ts';
import { type ActionType, actionSpecs } from './actions.ts';
import { type Status, statusInfo } from './statuses.ts';

/**
 * The workflow as data (OpenCRVS habit): each status lists the actions allowed in it. The Record
 * type makes the compiler refuse a status without an entry.
 */
export const transitions: Record<Status, readonly ActionType[]> = {
  received: ['assign'],
  in_appraisal: ['assign', 'submit_for_approval'],
  awaiting_approval: ['approve'],
  result_ready: ['return_result'],
  returned: [],
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
