/** Vietnamese labels shared by several pages; domain labels come from `core` so terms stay one. */
import { channelLabels } from '../../core/dossiers/statuses.ts';
import { roleLabels, roles } from '../../core/organisation/roles.ts';
import { unitKindLabels, unitKinds } from '../../core/organisation/unit-kinds.ts';
import type { Channel, Deadline, DeadlineUnit, Fee } from './types.ts';

export { channelLabels, roleLabels, unitKindLabels };

export const channelOptions = (['in_person', 'online', 'postal'] as const).map(
  (value: Channel) => ({
    value,
    label: channelLabels[value],
  }),
);

export const roleOptions = roles.map((value) => ({ value, label: roleLabels[value] }));

export const unitKindOptions = unitKinds.map((value) => ({ value, label: unitKindLabels[value] }));

export const deadlineUnitLabels: Record<DeadlineUnit, string> = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày (theo lịch)',
  months: 'tháng',
  same_day: 'trong ngày',
};

/** `{3, working_days}` → "3 ngày làm việc"; same-day procedures read "Trong ngày". */
export function formatDeadline(deadline: Deadline | null | undefined): string {
  if (!deadline) return '';
  if (deadline.unit === 'same_day') return 'Trong ngày';
  return `${deadline.amount} ${deadlineUnitLabels[deadline.unit] ?? deadline.unit}`;
}

export function formatVnd(amount: number | null): string {
  if (amount === null) return '';
  return `${amount.toLocaleString('vi-VN')} đồng`;
}

export function formatFee(fee: Fee): string {
  if (fee.amountVnd === 0) return `${fee.name}: miễn phí`;
  const amount = fee.amountVnd === null ? '' : `: ${formatVnd(fee.amountVnd)}`;
  const per = fee.per ? `/${fee.per}` : '';
  return `${fee.name}${amount}${per}${fee.note ? ` (${fee.note})` : ''}`;
}

export const applicantKindOptions = [
  { value: 'person', label: 'Cá nhân' },
  { value: 'organisation', label: 'Tổ chức' },
];

export const returnMethodOptions = [
  { value: 'in_person', label: 'Trực tiếp' },
  { value: 'postal', label: 'Bưu chính' },
  { value: 'electronic', label: 'Điện tử' },
];
