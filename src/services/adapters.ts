import type { IdentityProvider } from './citizens/identity-provider.ts';
import type { EmailSender, SmsSender } from './notifications/senders.ts';
import type { PaymentGateway } from './payments/payment-gateway.ts';

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
  const notYet = (name: string) => ({
    name,
    send: async (): Promise<never> => {
      throw new Error(`${name}: not configured yet`);
    },
  });
  return {
    email: notYet('email'),
    sms: notYet('sms'),
    payments: { name: 'payments' },
    identity: { name: 'identity' },
  };
}
