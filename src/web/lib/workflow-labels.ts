/** Words of the workflow engine as officers read them; the domain's own labels come from `core`. */
import type { supplementReasonCodes } from '../../core/dossiers/action-inputs.ts';
import { actionSpecs, isActionType } from '../../core/dossiers/actions.ts';
import { gradeCompletion, gradeLabels } from '../../core/dossiers/timeliness.ts';
import type { Grade } from './types.ts';

export type { Grade };
export { gradeCompletion, gradeLabels };

/**
 * The coded reasons of a supplement request. The schema module pulls in zod, so the app keeps a
 * copy; typing it as the core constant makes the compiler refuse any drift in codes or wording.
 */
export const supplementReasonLabels: typeof supplementReasonCodes = {
  missing_document: 'Thiếu thành phần hồ sơ',
  invalid_copy: 'Bản sao chưa được chứng thực hoặc không rõ',
  wrong_form: 'Mẫu đơn, tờ khai chưa đúng mẫu',
  incomplete_form: 'Tờ khai chưa ghi đủ thông tin',
  inconsistent_information: 'Thông tin giữa các giấy tờ không thống nhất',
  expired_document: 'Giấy tờ hết hiệu lực',
  other: 'Lý do khác',
};
export type SupplementReasonCode = keyof typeof supplementReasonCodes;
export const supplementReasonOptions = Object.entries(supplementReasonLabels) as [
  SupplementReasonCode,
  string,
][];

/** `approve` → "Phê duyệt kết quả"; unknown types are shown as they are. */
export function getActionLabel(type: string): string {
  return isActionType(type) ? actionSpecs[type].label : type;
}

/** The legal article an action rests on, when the catalogue of actions names one. */
export function getActionArticle(type: string): string | undefined {
  return isActionType(type) ? actionSpecs[type].article : undefined;
}

/** One working day is 480 minutes (two office sessions of four hours). */
export const workingDayMinutes = 480;

/** 620 → "1 ngày 2 giờ 20 phút làm việc"; 0 → "0 giờ làm việc". */
export function formatWorkingMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const days = Math.floor(total / workingDayMinutes);
  const hours = Math.floor((total % workingDayMinutes) / 60);
  const rest = total % 60;
  const parts = [
    days ? `${days} ngày` : '',
    hours || (!days && !rest) ? `${hours} giờ` : '',
    rest ? `${rest} phút` : '',
  ].filter(Boolean);
  return `${parts.join(' ')} làm việc`;
}

export const chainModeLabels = {
  sequential: 'Tuần tự (hồ sơ giấy)',
  parallel: 'Song song (hồ sơ điện tử)',
} as const;

export const partStatusLabels = {
  waiting: 'Chờ đến lượt',
  active: 'Đang xử lý',
  done: 'Đã hoàn thành',
} as const;

export const extensionStatusLabels = {
  pending: 'Chờ lãnh đạo duyệt',
  approved: 'Đã duyệt',
  rejected: 'Không duyệt',
} as const;

export const runEndLabels = {
  done: 'Đã chuyển',
  paused: 'Tạm dừng chờ bổ sung',
  rework: 'Trả lại xử lý lại',
  closed: 'Dừng xử lý',
} as const;
