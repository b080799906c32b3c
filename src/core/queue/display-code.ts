/** Ticket numbers, booking codes and the words the display board speaks. */

export const prefixPattern = /^[A-Z]{1,2}$/;

/** A012: the service's prefix and the day's number for that prefix, at least three digits. */
export function formatDisplayCode(prefix: string, seq: number): string {
  return `${prefix}${String(seq).padStart(3, '0')}`;
}

/** The call as the board shows it and says it in Vietnamese. */
export function formatAnnouncement(displayCode: string, counterNumber: number): string {
  return `Mời khách hàng số ${displayCode} đến quầy số ${counterNumber}`;
}

/** No 0/O, 1/I/L: a booking code is read aloud and typed at a kiosk. */
export const bookingCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const bookingCodeLength = 8;

/** Maps random bytes (from the caller: core does no I/O) to a booking code. */
export function formatBookingCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < bookingCodeLength) throw new RangeError('not enough random bytes');
  let code = '';
  for (let i = 0; i < bookingCodeLength; i++)
    code += bookingCodeAlphabet[randomBytes[i]! % bookingCodeAlphabet.length];
  return code;
}

/** Upper-cases, drops spaces and dashes: what a citizen types is compared as the code. */
export function normaliseBookingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isBookingCode(value: string): boolean {
  return (
    value.length === bookingCodeLength && [...value].every((c) => bookingCodeAlphabet.includes(c))
  );
}
