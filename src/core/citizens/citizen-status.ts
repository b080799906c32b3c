import type { Status } from '../dossiers/statuses.ts';

/**
 * A dossier's status in the citizen's words (user-voice #11: say what happened and what is
 * needed from me), and whether the citizen has something to do.
 */
export const citizenStatusLabels: Record<Status, string> = {
  submitted: 'Đã gửi, chờ cơ quan tiếp nhận',
  awaiting_supplement: 'Cần bổ sung giấy tờ',
  refused_at_reception: 'Không được tiếp nhận',
  received: 'Đã tiếp nhận, đang xử lý',
  in_appraisal: 'Đang xử lý',
  in_consultation: 'Đang xử lý (xin ý kiến cơ quan khác)',
  in_inter_agency: 'Đang xử lý liên thông',
  awaiting_approval: 'Đang xử lý (chờ phê duyệt)',
  approved: 'Đã phê duyệt, chờ phát hành kết quả',
  result_ready: 'Đã có kết quả',
  returned: 'Đã trả kết quả',
  withdrawal_requested: 'Đang xử lý yêu cầu rút hồ sơ',
  stopped: 'Dừng xử lý',
};

export function citizenMustAct(status: string): boolean {
  return status === 'awaiting_supplement';
}
