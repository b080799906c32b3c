import { createIdentityProvider, type IdentityProvider } from './citizens/identity-provider.ts';
import { createDemoMailbox } from './notifications/demo-mailbox.ts';
import { createHttpSmsSender } from './notifications/http-sms-sender.ts';
import type { EmailSender, SmsSender } from './notifications/senders.ts';
import { createSmtpEmailSender } from './notifications/smtp-email-sender.ts';
import type { PaymentGateway } from './payments/payment-gateway.ts';
import { SimulatedGateway } from './payments/simulated-gateway.ts';

/** The outside world the services talk to, each behind its interface (DESIGN §3). */
export interface Adapters {
  email: EmailSender;
  sms: SmsSender;
  payments: PaymentGateway;
  identity: IdentityProvider;
}

export interface AdapterSettings {
  smtpUrl: string | undefined;
  mailFrom: string;
  smsUrl: string | undefined;
  paymentSecret: string | undefined;
  identityProvider: 'standin' | 'vneid';
  publicUrl: string;
}

/** Chooses each adapter from the configuration (unset: the demo stand-ins). */
export function createAdapters(_settings: AdapterSettings): Adapters {
  // E-mail and SMS: SMTP / the HTTP SMS adapter when configured, else the demo mailbox (/hop-thu-demo).
  const mailbox = createDemoMailbox({ mailFrom: _settings.mailFrom });
  return {
    email: _settings.smtpUrl
      ? createSmtpEmailSender({ smtpUrl: _settings.smtpUrl, mailFrom: _settings.mailFrom })
      : mailbox.email,
    sms: _settings.smsUrl ? createHttpSmsSender({ smsUrl: _settings.smsUrl }) : mailbox.sms,
    payments: new SimulatedGateway(_settings.paymentSecret),
    identity: createIdentityProvider(_settings.identityProvider),
  };
}
