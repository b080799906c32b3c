/**
 * Citizens' addresses as the outbox uses them: checked before a message is written, shown masked
 * to officers in the dossier timeline (the full address is on the dossier itself).
 */

const emailPattern = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;

export function isEmailAddress(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.length <= 254 && emailPattern.test(value.trim());
}

/**
 * A Vietnamese mobile number in E.164 (+84…), or undefined: 0xxxxxxxxx, 84xxxxxxxxx and
 * +84xxxxxxxxx with spaces, dots or dashes are accepted; mobile prefixes are 3, 5, 7, 8 and 9.
 */
export function normaliseVnMobile(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const digits = value.replace(/[\s.\-()]/g, '');
  const match = /^(?:\+?84|0)([35789]\d{8})$/.exec(digits);
  return match ? `+84${match[1]}` : undefined;
}

/**
 * The national form (0xxxxxxxxx) the outbox stores, the same as citizen accounts
 * (core/citizens/destination.ts); the SMS adapter sends E.164.
 */
export function nationalVnMobile(value: string | null | undefined): string | undefined {
  const e164 = normaliseVnMobile(value);
  return e164 ? `0${e164.slice(3)}` : undefined;
}

/** `binh.nguyen@example.vn` → `bi***@example.vn`. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  const local = address.slice(0, at);
  return `${local.slice(0, Math.min(2, local.length - 1) || 1)}***${address.slice(at)}`;
}

/** `+84912345678` or `0912345678` → `091***678`. */
export function maskPhone(number: string): string {
  const national = number.replace(/^\+84/, '0').replace(/\D/g, '');
  if (national.length < 7) return '***';
  return `${national.slice(0, 3)}***${national.slice(-3)}`;
}

export function maskAddress(channel: string, address: string | null): string | null {
  if (!address) return null;
  return channel === 'email' ? maskEmail(address) : maskPhone(address);
}
