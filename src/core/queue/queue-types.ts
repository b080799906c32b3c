/**
 * The queue's closed vocabularies (Decree 118/2025 Art. 13: an automatic ticket machine linked to
 * the TTHC system, a priority counter for elderly, pregnant and disabled people).
 */

export const ticketStatuses = [
  'waiting',
  'called',
  'serving',
  'done',
  'skipped',
  'cancelled',
  'no_show',
] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const priorityKinds = ['none', 'elderly', 'pregnant', 'disabled'] as const;
export type PriorityKind = (typeof priorityKinds)[number];

export const counterStatuses = ['open', 'paused', 'closed'] as const;
export type CounterStatus = (typeof counterStatuses)[number];

export const bookingStatuses = ['booked', 'checked_in', 'cancelled', 'no_show'] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

export const queueEventKinds = [
  'issued',
  'called',
  'recalled',
  'serving',
  'finished',
  'skipped',
  'transferred',
  'cancelled',
  'no_show',
] as const;
export type QueueEventKind = (typeof queueEventKinds)[number];

export const ticketStatusLabels: Record<TicketStatus, string> = {
  waiting: 'Đang chờ',
  called: 'Đã gọi',
  serving: 'Đang phục vụ',
  done: 'Đã xong',
  skipped: 'Bỏ qua (vắng mặt)',
  cancelled: 'Đã hủy',
  no_show: 'Không đến',
};

export const priorityLabels: Record<PriorityKind, string> = {
  none: 'Không ưu tiên',
  elderly: 'Người cao tuổi',
  pregnant: 'Phụ nữ có thai',
  disabled: 'Người khuyết tật',
};

export const counterStatusLabels: Record<CounterStatus, string> = {
  open: 'Đang mở',
  paused: 'Tạm nghỉ',
  closed: 'Đóng',
};

export const bookingStatusLabels: Record<BookingStatus, string> = {
  booked: 'Đã đặt',
  checked_in: 'Đã lấy số',
  cancelled: 'Đã hủy',
  no_show: 'Không đến',
};

export function isPriority(kind: PriorityKind): boolean {
  return kind !== 'none';
}
