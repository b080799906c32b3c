/**
 * The one error type of the domain. Each code is one line of documentation; the HTTP layer maps
 * codes to statuses in one table (src/server/http-errors.ts). Messages are Vietnamese, for people.
 */
export const errorCodes = {
  VALIDATION_FAILED: 'The input does not match the schema; details list each field.',
  NOT_FOUND: 'The thing asked for does not exist or is outside the caller’s scope.',
  UNAUTHENTICATED: 'No valid session or API key.',
  INVALID_CREDENTIALS: 'Wrong username or password.',
  ACCOUNT_LOCKED: 'Too many failed logins; the account is locked for a while.',
  ACCOUNT_DISABLED: 'The account has been disabled by an administrator.',
  CSRF_TOKEN_INVALID: 'A cookie-authenticated write came without the session’s CSRF token.',
  FORBIDDEN: 'The caller lacks the scope for this action on this unit.',
  ACTION_NOT_ALLOWED: 'The workflow does not allow this action in the dossier’s status.',
  RULE_VIOLATED: 'A legal or business rule refuses the action; details name the rule.',
  CONFLICT: 'The resource changed concurrently; reload and retry.',
  DUPLICATE: 'A unique value (code, username…) is already taken.',
  IDEMPOTENCY_KEY_REUSED: 'The Idempotency-Key was used before with a different request.',
  IDEMPOTENCY_IN_PROGRESS: 'A request with this Idempotency-Key is still being processed.',
  CALENDAR_OUT_OF_RANGE: 'The date is outside the years the working calendar covers.',
  PAYLOAD_TOO_LARGE: 'The request body or file is too large.',
  UNSUPPORTED_FILE_TYPE:
    'The file’s bytes are not a type this upload accepts (the name is ignored).',
  OTP_INVALID: 'The one-time code is wrong, expired or used up.',
  SIGNATURE_INVALID: 'A callback or signed request failed its signature or freshness check.',
  RATE_LIMITED: 'Too many requests; wait and retry.',
  SERVICE_UNAVAILABLE: 'The database or a dependency is unavailable; retry later.',
  INTERNAL: 'An unexpected failure; the request id identifies it in the logs.',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
