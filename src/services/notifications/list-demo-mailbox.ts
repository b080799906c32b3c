import { formatInstant } from '../../core/calendar/index.ts';
import { DomainError } from '../../core/errors.ts';
import { nationalVnMobile } from '../../core/notifications/addresses.ts';
import { listDemoMailbox } from '../../db/repositories/deliveries.ts';
import type { ServiceContext } from '../context.ts';

/**
 * The demo mailbox's latest messages (demo mode only: elsewhere it does not exist, 404). In the
 * demo the citizen reads the one-time sign-in code here (template `citizen.otp`), so the code is
 * also picked out of the text.
 */
export async function listDemoMessages(
  ctx: ServiceContext,
  input: { to?: string | undefined; limit: number },
) {
  if (!ctx.settings.demoMode) throw new DomainError('NOT_FOUND', 'Không có trang này.');
  const recipient = normaliseRecipient(input.to);
  const rows = await listDemoMailbox(ctx.db, { limit: input.limit, recipient });
  return {
    recipient: recipient ?? null,
    items: rows.map((m) => ({
      id: m.id,
      channel: m.channel,
      recipient: m.recipient,
      subject: m.subject,
      body: m.body,
      template: m.template,
      messageId: m.messageId,
      keptAt: formatInstant(m.keptAt.getTime()),
      oneTimeCode: m.template === 'citizen.otp' ? (/\b(\d{6})\b/.exec(m.body)?.[1] ?? null) : null,
    })),
  };
}
export type DemoMessage = Awaited<ReturnType<typeof listDemoMessages>>['items'][number];

/** An e-mail in lower case, a phone in the stored national form; blank → everyone. */
function normaliseRecipient(to: string | undefined): string | undefined {
  const text = to?.trim();
  if (!text) return undefined;
  if (text.includes('@')) return text.toLowerCase();
  return nationalVnMobile(text) ?? text;
}
