import { formatInstant } from '../../lib/dates.ts';
import type { DeliveryAttempt, DossierNotification } from '../../lib/types.ts';

const channelLabels: Record<DossierNotification['channel'], string> = {
  email: 'E-mail',
  sms: 'SMS',
};
const outcomeLabels: Record<DeliveryAttempt['outcome'], string> = {
  sending: 'đang gửi',
  sent: 'đã gửi',
  retry: 'lỗi tạm thời, sẽ gửi lại',
  failed: 'không gửi được',
  abandoned: 'không rõ kết quả, đã gửi lại',
};

/**
 * The e-mails and SMS an action sent the applicant, under that action in the timeline (issue #5
 * item 9): channel, masked address, state in words (never colour alone), and every attempt.
 */
export function ApplicantMessages({ items }: { items: DossierNotification[] }) {
  if (items.length === 0) return null;
  return (
    <div className="applicant-messages">
      <p className="muted">Thông báo cho người nộp:</p>
      <ul>
        {items.map((n) => (
          <li key={n.id} className={`delivery delivery-${n.status}`}>
            <span className="delivery-channel">{channelLabels[n.channel]}</span> {n.address ?? ''}
            {' — '}
            <strong>{n.statusLabel}</strong>
            {n.status === 'pending' && n.nextAttemptAt
              ? ` (lần gửi tới: ${formatInstant(n.nextAttemptAt)})`
              : ''}
            <details>
              <summary>
                {n.subject} · {n.attempts.length} lần gửi
              </summary>
              <ol className="delivery-attempts">
                {n.attempts.map((a) => (
                  <li key={a.attemptNo}>
                    <time dateTime={a.finishedAt ?? a.startedAt ?? undefined}>
                      {formatInstant(a.finishedAt ?? a.startedAt)}
                    </time>{' '}
                    Lần {a.attemptNo} ({a.adapter}): {outcomeLabels[a.outcome] ?? a.outcome}
                    {a.error ? ` — ${a.error}` : ''}
                  </li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
