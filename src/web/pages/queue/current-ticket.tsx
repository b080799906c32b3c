import type { ReactNode } from 'react';
import { Link } from '../../components/link.tsx';
import { formatInstant } from '../../lib/dates.ts';
import { appBase } from '../../lib/router.ts';
import type { QueueTicket } from './queue-types.ts';

export type CounterAction = 'next' | 'recall' | 'start' | 'finish' | 'skip' | 'transfer';

/** The keys of the counter's buttons (also in `aria-keyshortcuts`). */
export const shortcutKeys: Record<CounterAction | 'intake', string> = {
  next: 'g',
  recall: 'l',
  start: 'p',
  finish: 'h',
  skip: 'b',
  transfer: 'c',
  intake: 't',
};

/** Which buttons the ticket's status allows (the server's transition table says the same). */
export function allowedActions(ticket: QueueTicket | null, isOpen: boolean): Set<CounterAction> {
  const allowed = new Set<CounterAction>();
  if (!ticket) {
    if (isOpen) allowed.add('next');
    return allowed;
  }
  allowed.add('recall');
  allowed.add('transfer');
  if (ticket.status === 'called') {
    allowed.add('start');
    allowed.add('skip');
  }
  if (ticket.status === 'serving') allowed.add('finish');
  return allowed;
}

export function intakeHref(ticketId: string): string {
  return `${appBase}/counter?ticket=${encodeURIComponent(ticketId)}`;
}

function Key({ k }: { k: string }) {
  return <kbd>{k.toUpperCase()}</kbd>;
}

export function ActionButton({
  action,
  label,
  allowed,
  isPending,
  onAction,
  primary,
}: {
  action: CounterAction;
  label: ReactNode;
  allowed: Set<CounterAction>;
  isPending: boolean;
  onAction: (action: CounterAction) => void;
  primary?: boolean;
}) {
  return (
    <button
      type="button"
      className={primary ? 'button-primary button-large' : ''}
      disabled={isPending || !allowed.has(action)}
      aria-keyshortcuts={shortcutKeys[action].toUpperCase()}
      onClick={() => onAction(action)}
    >
      {label} <Key k={shortcutKeys[action]} />
    </button>
  );
}

/** The ticket at the counter: its number large, what it is for, and its times. */
export function CurrentTicket({ ticket }: { ticket: QueueTicket | null }) {
  if (!ticket)
    return (
      <div className="queue-current queue-idle" aria-live="polite">
        <p className="muted">Chưa gọi số nào. Bấm “Gọi số tiếp theo”.</p>
      </div>
    );
  return (
    <div className="queue-current" aria-live="polite">
      <p className="queue-number" data-testid="current-ticket">
        {ticket.displayCode}
      </p>
      <dl className="facts compact">
        <div className="fact-row">
          <dt>Trạng thái</dt>
          <dd>
            {ticket.statusLabel}
            {ticket.callCount > 1 ? ` (gọi ${ticket.callCount} lần)` : ''}
          </dd>
        </div>
        <div className="fact-row">
          <dt>Dịch vụ</dt>
          <dd>
            {ticket.service.prefix} · {ticket.service.name}
          </dd>
        </div>
        {ticket.priority !== 'none' && (
          <div className="fact-row">
            <dt>Ưu tiên</dt>
            <dd>{ticket.priorityLabel}</dd>
          </div>
        )}
        <div className="fact-row">
          <dt>Lấy số</dt>
          <dd>
            {formatInstant(ticket.issuedAt)}
            {ticket.source === 'booking' ? ' (đặt lịch trực tuyến)' : ''}
          </dd>
        </div>
        {ticket.transferCount > 0 && (
          <div className="fact-row">
            <dt>Đã chuyển</dt>
            <dd>{ticket.transferCount} lần</dd>
          </div>
        )}
      </dl>
      <p>
        <Link
          className="button-link"
          href={intakeHref(ticket.id)}
          aria-keyshortcuts={shortcutKeys.intake.toUpperCase()}
        >
          Tiếp nhận hồ sơ <Key k={shortcutKeys.intake} />
        </Link>
      </p>
    </div>
  );
}
