/**
 * Which delivery failures are worth retrying. A mail server's 4xx reply (greylisting, mailbox
 * busy, rate limit) and network trouble are temporary; a 5xx reply (no such user, rejected) or an
 * address the server refuses to even try is permanent: retrying would only repeat the refusal.
 */
export interface FailureFacts {
  /** SMTP reply code (e.g. 451, 550) when the server answered. */
  responseCode?: number | undefined;
  /** nodemailer's error code: EENVELOPE, ECONNECTION, ETIMEDOUT, EAUTH, EDNS… */
  code?: string | undefined;
}

export function isPermanentSmtpFailure(facts: FailureFacts): boolean {
  if (typeof facts.responseCode === 'number')
    return facts.responseCode >= 500 && facts.responseCode < 600;
  // No reply code: the recipient address itself was unusable before any server said anything.
  return facts.code === 'EENVELOPE' || facts.code === 'EADDRESS';
}

/**
 * An SMS provider's HTTP status: 4xx means the request is wrong (bad number, rejected content) and
 * will stay wrong, except 408 (timeout) and 429 (throttled), which pass; 5xx and no answer pass.
 */
export function isPermanentHttpFailure(status: number | undefined): boolean {
  if (status === undefined) return false;
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}
