import { DomainError } from '../errors.ts';

/**
 * The lifecycle of a procedure version (DESIGN §2.3): drafted and edited by a catalogue officer,
 * sent for review (kiểm soát), approved or returned, then published by the Chairman's decision
 * (Decree 63/2010 Art. 13–15). A published version is never edited in place: a change is a new
 * version (amended / replaced / abolished) with its own effective date.
 */
export const versionStatuses = [
  'draft',
  'under_review',
  'approved',
  'published',
  'superseded',
  'abolished',
] as const;
export type VersionStatus = (typeof versionStatuses)[number];

export const versionActions = [
  'edit',
  'submit',
  'return',
  'approve',
  'publish',
  'discard',
] as const;
export type VersionAction = (typeof versionActions)[number];

export const versionStatusLabels: Record<VersionStatus, string> = {
  draft: 'Dự thảo',
  under_review: 'Đang kiểm soát',
  approved: 'Đã duyệt, chờ công bố',
  published: 'Đã công bố',
  superseded: 'Đã được thay thế',
  abolished: 'Đã bãi bỏ',
};

export const versionActionLabels: Record<VersionAction, string> = {
  edit: 'Sửa dự thảo',
  submit: 'Gửi kiểm soát',
  return: 'Trả lại để sửa',
  approve: 'Duyệt',
  publish: 'Công bố',
  discard: 'Hủy dự thảo',
};

export const versionTransitions: Record<VersionStatus, readonly VersionAction[]> = {
  draft: ['edit', 'submit', 'discard'],
  under_review: ['return', 'approve'],
  approved: ['return', 'publish'],
  published: [],
  superseded: [],
  abolished: [],
};

export const versionActionTarget: Record<
  Exclude<VersionAction, 'edit' | 'discard'>,
  VersionStatus
> = {
  submit: 'under_review',
  return: 'draft',
  approve: 'approved',
  publish: 'published',
};

export function assertVersionAction(status: VersionStatus, action: VersionAction): void {
  const allowed = versionTransitions[status];
  if (allowed.includes(action)) return;
  const detail =
    status === 'published' || status === 'superseded' || status === 'abolished'
      ? ' Phiên bản đã công bố không được sửa trực tiếp: tạo phiên bản mới (sửa đổi, thay thế hoặc bãi bỏ).'
      : ` Các thao tác được phép: ${allowed.map((a) => versionActionLabels[a]).join(', ')}.`;
  throw new DomainError(
    'ACTION_NOT_ALLOWED',
    `Không thể "${versionActionLabels[action]}" phiên bản ở trạng thái "${versionStatusLabels[status]}".${detail}`,
    { status, action, allowedActions: allowed },
  );
}

export const changeKinds = ['new', 'amended', 'replaced', 'abolished'] as const;
export type ChangeKind = (typeof changeKinds)[number];
export const changeKindLabels: Record<ChangeKind, string> = {
  new: 'Ban hành mới',
  amended: 'Sửa đổi, bổ sung',
  replaced: 'Thay thế',
  abolished: 'Bãi bỏ',
};
