/**
 * De-duplication of the outbox, at both ends.
 *  - At write time: `notifications.dedupe_key` is unique and every writer inserts with ON CONFLICT
 *    DO NOTHING, so one event (an action of the dossier log, by its sequence number) produces at
 *    most one message per template and channel, however often the writing code runs.
 *  - At the receiver: delivery is at-least-once (a worker that dies after sending and before
 *    recording leaves the message to be sent again when its lease runs out), so every e-mail
 *    carries a Message-ID derived from the outbox row, identical on every attempt, and every SMS
 *    the row id as the provider's client reference; a receiver drops a repeat by that id.
 */
export function citizenDedupeKey(
  dossierId: string,
  actionSeq: number,
  template: string,
  channel: 'email' | 'sms',
): string {
  return `citizen:${dossierId}:${actionSeq}:${template}:${channel}`;
}

/** The domain of MAIL_FROM (`Một Cửa <no-reply@motcua.local>` → `motcua.local`). */
export function mailDomain(mailFrom: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(mailFrom.trim());
  return match?.[1]?.toLowerCase() ?? 'motcua.local';
}

/** RFC 5322 Message-ID of an outbox row: `<notification-id@domain>`, the same on every attempt. */
export function messageIdFor(notificationId: string, mailFrom: string): string {
  return `<${notificationId}@${mailDomain(mailFrom)}>`;
}
