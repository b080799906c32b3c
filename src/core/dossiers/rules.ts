import { DomainError } from '../errors.ts';
import type { ActionType } from './actions.ts';
import type { DossierState } from './state.ts';
import { allowedActions } from './workflow.ts';

/**
 * The legal rules checked after the status table allowed an action. Facts that need the calendar
 * (working time since reception, until the due instant) are computed by the service and passed in,
 * so the rules stay pure. Each refusal names the rule, its article and what is still allowed.
 */
export interface RuleFacts {
  now: string;
  /** Working days from the start of the handling period to now. */
  workingDaysSinceClockStart: number | null;
  /** Working minutes from now to the due instant (negative once overdue). */
  workingMinutesUntilDue: number | null;
  /** Minutes of a standard working day on the competent agency's calendar. */
  dayMinutes: number;
}

export const supplementAppraisalWorkingDays = 3;
export const supplementCloseDays = 15;

function refuse(
  state: DossierState,
  action: ActionType,
  rule: string,
  article: string,
  message: string,
): never {
  throw new DomainError('RULE_VIOLATED', `${message} (${article}).`, {
    rule,
    article,
    allowedActions: allowedActions(state.status).filter((a) => a !== action),
  });
}

export function checkRules(
  state: DossierState,
  action: ActionType,
  input: Record<string, unknown>,
  facts: RuleFacts,
): void {
  switch (action) {
    case 'request_supplement': {
      if (state.status === 'submitted') {
        if (state.supplements.some((s) => s.phase === 'reception')) {
          refuse(
            state,
            action,
            'supplement_once_at_reception',
            'Điều 11, 17 NĐ 118/2025',
            'Chỉ được yêu cầu bổ sung hồ sơ một lần khi tiếp nhận',
          );
        }
        return;
      }
      if (state.supplements.some((s) => s.phase === 'appraisal')) {
        refuse(
          state,
          action,
          'supplement_once_at_appraisal',
          'Điều 19 NĐ 118/2025',
          'Đã yêu cầu bổ sung một lần trong quá trình thẩm định',
        );
      }
      if (
        facts.workingDaysSinceClockStart !== null &&
        facts.workingDaysSinceClockStart > supplementAppraisalWorkingDays
      ) {
        refuse(
          state,
          action,
          'supplement_within_3_working_days',
          'Điều 19 NĐ 118/2025',
          `Đã quá ${supplementAppraisalWorkingDays} ngày làm việc kể từ khi tiếp nhận (${facts.workingDaysSinceClockStart} ngày): không được yêu cầu bổ sung nữa`,
        );
      }
      return;
    }
    case 'auto_close': {
      const open = state.supplements[state.supplements.length - 1];
      if (!open || open.receivedAt !== null || facts.now < open.closeAt) {
        refuse(
          state,
          action,
          'close_after_15_days',
          'Điều 19 NĐ 118/2025',
          `Chỉ đóng hồ sơ sau ${supplementCloseDays} ngày kể từ khi yêu cầu bổ sung`,
        );
      }
      return;
    }
    case 'request_extension': {
      if (state.extension) {
        refuse(
          state,
          action,
          'extension_once',
          'Điều 19 NĐ 118/2025',
          'Mỗi hồ sơ chỉ được hẹn lại ngày trả kết quả một lần',
        );
      }
      if (
        facts.workingMinutesUntilDue !== null &&
        facts.workingMinutesUntilDue < facts.dayMinutes
      ) {
        refuse(
          state,
          action,
          'extension_one_working_day_before_due',
          'Điều 19 NĐ 118/2025',
          'Phải đề nghị gia hạn, xin lỗi chậm nhất 01 ngày làm việc trước hạn trả kết quả',
        );
      }
      if (state.dueAt && String(input.proposedDueAt) <= state.dueAt) {
        refuse(
          state,
          action,
          'extension_after_due',
          'Điều 19 NĐ 118/2025',
          'Ngày hẹn mới phải sau hạn trả kết quả hiện tại',
        );
      }
      return;
    }
    case 'approve_extension':
    case 'reject_extension':
      if (state.extension?.status !== 'pending') {
        refuse(
          state,
          action,
          'extension_pending',
          'Điều 19 NĐ 118/2025',
          'Không có đề nghị gia hạn nào đang chờ duyệt',
        );
      }
      return;
    case 'consult':
      if (state.consultations.some((c) => c.answeredAt === null)) {
        refuse(
          state,
          action,
          'one_consultation_at_a_time',
          'Điều 19 NĐ 118/2025',
          'Đang chờ ý kiến của một cơ quan khác',
        );
      }
      return;
    case 'handoff':
      if (state.chain?.parts.some((p) => p.status !== 'done')) {
        refuse(
          state,
          action,
          'one_chain_at_a_time',
          'Điều 20 NĐ 118/2025',
          'Hồ sơ đang trong một quy trình liên thông chưa xong',
        );
      }
      return;
    default:
      return;
  }
}

/**
 * The rules that depend on the dossier alone (no calendar, no input): used to offer only the
 * actions that can succeed. checkRules remains the authority at the moment of acting.
 */
export function ruleAllows(state: DossierState, action: ActionType): boolean {
  switch (action) {
    case 'request_supplement':
      return state.status === 'submitted'
        ? !state.supplements.some((s) => s.phase === 'reception')
        : !state.supplements.some((s) => s.phase === 'appraisal');
    case 'request_extension':
      return state.extension === null;
    case 'approve_extension':
    case 'reject_extension':
      return state.extension?.status === 'pending';
    case 'consult':
      return !state.consultations.some((c) => c.answeredAt === null);
    default:
      return true;
  }
}
