import { messageIdFor } from '../../core/notifications/dedupe-keys.ts';
import { keepInDemoMailbox } from '../../db/repositories/deliveries.ts';
import type { EmailSender, SendEnvironment, SmsSender } from './senders.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The stand-in for SMTP and the SMS provider when SMTP_URL / SMS_URL are unset (the demo, and
 * tests of flows that are not about delivery): each message is kept in `demo_mailbox` and shown
 * on /hop-thu-demo in demo mode. Like a real receiver it de-duplicates by Message-ID, so a resend
 * of the same outbox row after a crash is kept once.
 */
export function createDemoMailbox(options: { mailFrom: string }): {
  email: EmailSender;
  sms: SmsSender;
} {
  const keep = async (
    env: SendEnvironment,
    row: {
      channel: 'email' | 'sms';
      to: string;
      subject: string | null;
      text: string;
      html: string | null;
      reference: string;
      template: string | undefined;
      tenantId: string | undefined;
    },
  ) => {
    const messageId = messageIdFor(row.reference, options.mailFrom);
    await keepInDemoMailbox(env.db, {
      tenantId: row.tenantId ?? '00000000-0000-0000-0000-000000000000',
      notificationId: uuidPattern.test(row.reference) ? row.reference : null,
      channel: row.channel,
      recipient: row.to,
      subject: row.subject,
      body: row.text,
      html: row.html,
      messageId,
      template: row.template ?? 'unknown',
      keptAt: env.now,
    });
    return { providerId: `demo-mailbox ${messageId}` };
  };
  return {
    email: {
      name: 'demo-mailbox',
      send: (m, env) =>
        keep(env, {
          channel: 'email',
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html ?? null,
          reference: m.reference,
          template: m.template,
          tenantId: m.tenantId,
        }),
    },
    sms: {
      name: 'demo-mailbox',
      send: (m, env) =>
        keep(env, {
          channel: 'sms',
          to: m.to,
          subject: null,
          text: m.text,
          html: null,
          reference: m.reference,
          template: m.template,
          tenantId: m.tenantId,
        }),
    },
  };
}
