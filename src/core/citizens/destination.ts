/**
 * Where a one-time code goes: a Vietnamese phone number (SMS) or an e-mail address. The account
 * is keyed by the normalised form, so "+84 912 345 678" and "0912.345.678" are one account.
 */
export type OtpChannel = 'sms' | 'email';

export interface Destination {
  channel: OtpChannel;
  /** Normalised: 0xxxxxxxxx for phones, lower case for e-mail. */
  address: string;
}

const emailPattern = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]{2,}$/;

/** A phone or e-mail as typed, normalised; undefined when it is neither. */
export function parseDestination(input: string): Destination | undefined {
  const text = input.trim().normalize('NFC');
  if (text.length === 0 || text.length > 254) return undefined;
  if (text.includes('@')) {
    const email = text.toLowerCase();
    return emailPattern.test(email) ? { channel: 'email', address: email } : undefined;
  }
  const digits = text.replace(/[\s.\-()]/g, '');
  const local = digits.startsWith('+84')
    ? `0${digits.slice(3)}`
    : digits.startsWith('84') && digits.length === 11
      ? `0${digits.slice(2)}`
      : digits;
  // Vietnamese mobile numbers: 10 digits starting 03, 05, 07, 08 or 09 (landlines are not SMS).
  return /^0[35789]\d{8}$/.test(local) ? { channel: 'sms', address: local } : undefined;
}

/** "0912345678" → "091****678"; "binh@example.vn" → "b***@example.vn": shown, never logged whole. */
export function maskDestination(destination: Destination): string {
  if (destination.channel === 'sms') {
    const a = destination.address;
    return `${a.slice(0, 3)}****${a.slice(-3)}`;
  }
  const [user = '', domain = ''] = destination.address.split('@');
  return `${user.slice(0, 1)}***@${domain}`;
}
