import { useEffect, useState } from 'react';
import { apiGet } from '../../lib/api.ts';

/**
 * The queue ticket the applicant was called from (`?ticket=<id>`): the dossier will point to it.
 * Its display code (A012) is shown when the queue API answers; the id is carried either way.
 */
export function TicketBadge({ ticketId }: { ticketId: string }) {
  const [displayCode, setDisplayCode] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    apiGet<{ displayCode?: string }>(
      `/queue/tickets/${encodeURIComponent(ticketId)}`,
      undefined,
      controller.signal,
    ).then(
      (ticket) => setDisplayCode(ticket.displayCode ?? null),
      () => setDisplayCode(null),
    );
    return () => controller.abort();
  }, [ticketId]);
  return (
    <p className="ticket-badge" data-testid="ticket-badge">
      Tiếp nhận theo số thứ tự{' '}
      <strong>{displayCode ?? `đã gọi (mã ${ticketId.slice(0, 8)}…)`}</strong>
    </p>
  );
}
