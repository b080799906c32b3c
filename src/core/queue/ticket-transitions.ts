import { DomainError } from '../errors.ts';
import type { QueueEventKind, TicketStatus } from './queue-types.ts';

/** What an officer (or the end-of-day close) can do to a ticket. */
export const ticketActions = [
  'call',
  'recall',
  'start',
  'finish',
  'skip',
  'transfer',
  'cancel',
  'expire',
] as const;
export type TicketAction = (typeof ticketActions)[number];

interface Transition {
  from: readonly TicketStatus[];
  to: TicketStatus;
  event: QueueEventKind;
  label: string;
}

/**
 * The ticket's life as one table: status → allowed actions. A recall also brings back a skipped
 * ticket whose holder turns up late the same day; a transfer puts the ticket back to waiting with
 * its place kept (fair-order.ts).
 */
export const ticketTransitions: Record<TicketAction, Transition> = {
  call: { from: ['waiting'], to: 'called', event: 'called', label: 'Gọi số' },
  recall: { from: ['called', 'skipped'], to: 'called', event: 'recalled', label: 'Gọi lại' },
  start: { from: ['called'], to: 'serving', event: 'serving', label: 'Bắt đầu phục vụ' },
  finish: { from: ['serving'], to: 'done', event: 'finished', label: 'Hoàn thành' },
  skip: { from: ['called'], to: 'skipped', event: 'skipped', label: 'Bỏ qua (vắng mặt)' },
  transfer: {
    from: ['called', 'serving'],
    to: 'waiting',
    event: 'transferred',
    label: 'Chuyển quầy/dịch vụ',
  },
  cancel: { from: ['waiting'], to: 'cancelled', event: 'cancelled', label: 'Hủy số' },
  expire: {
    from: ['waiting', 'called', 'skipped'],
    to: 'no_show',
    event: 'no_show',
    label: 'Hết ngày, không đến',
  },
};

export function canApply(status: TicketStatus, action: TicketAction): boolean {
  return ticketTransitions[action].from.includes(status);
}

/** The status after `action`, or ACTION_NOT_ALLOWED naming what the ticket allows now. */
export function applyTicketAction(status: TicketStatus, action: TicketAction): TicketStatus {
  const transition = ticketTransitions[action];
  if (!transition.from.includes(status)) {
    const allowed = ticketActions.filter((a) => canApply(status, a) && a !== 'expire');
    throw new DomainError(
      'ACTION_NOT_ALLOWED',
      `Không thể "${transition.label.toLowerCase()}" với số đang ở trạng thái này.`,
      { status, action, allowed },
    );
  }
  return transition.to;
}

/** The tickets a counter is busy with: it calls the next one only when none is called or serving. */
export function isActiveAtCounter(status: TicketStatus): boolean {
  return status === 'called' || status === 'serving';
}
