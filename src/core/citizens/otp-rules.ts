import { DomainError } from '../errors.ts';

/**
 * The rules of one-time sign-in codes (DESIGN §2.5; user-voice #8: a login that works when the
 * citizen has no VNeID). Pure: the service passes the history and the time.
 */
export const otpRules = {
  digits: 6,
  lifetimeMs: 5 * 60_000,
  maxAttempts: 5,
  resendAfterMs: 60_000,
  maxPerDestinationPerHour: 5,
  maxPerIpPerHour: 20,
} as const;

const hourMs = 3_600_000;

/**
 * Refuses a new code while the previous one to the same address is under 60 s old, after 5 codes
 * in the last hour to that address, or after too many codes from one IP address.
 */
export function assertMayRequestCode(input: {
  now: Date;
  /** When earlier codes to this address were created (any order). */
  destinationHistory: readonly Date[];
  /** How many codes this IP address asked for in the last hour. */
  ipCountLastHour: number;
}): void {
  const now = input.now.getTime();
  const recent = input.destinationHistory
    .map((d) => d.getTime())
    .filter((t) => t > now - hourMs)
    .sort((a, b) => b - a);
  const last = recent[0];
  if (last !== undefined && now - last < otpRules.resendAfterMs) {
    const seconds = Math.ceil((otpRules.resendAfterMs - (now - last)) / 1000);
    throw new DomainError(
      'RATE_LIMITED',
      `Mã vừa được gửi. Vui lòng chờ ${seconds} giây rồi gửi lại.`,
      {
        rule: 'otp_resend_interval',
        retryAfterSeconds: seconds,
      },
    );
  }
  if (recent.length >= otpRules.maxPerDestinationPerHour) {
    const oldest = recent[otpRules.maxPerDestinationPerHour - 1]!;
    const minutes = Math.ceil((oldest + hourMs - now) / 60_000);
    throw new DomainError(
      'RATE_LIMITED',
      `Đã gửi ${otpRules.maxPerDestinationPerHour} mã tới địa chỉ này trong một giờ. Vui lòng thử lại sau ${minutes} phút.`,
      { rule: 'otp_hourly_limit', retryAfterSeconds: minutes * 60 },
    );
  }
  if (input.ipCountLastHour >= otpRules.maxPerIpPerHour) {
    throw new DomainError(
      'RATE_LIMITED',
      'Có quá nhiều yêu cầu gửi mã từ mạng của bạn. Vui lòng thử lại sau.',
      { rule: 'otp_ip_limit', retryAfterSeconds: 3600 },
    );
  }
}

export type OtpState = 'usable' | 'expired' | 'used' | 'superseded' | 'exhausted';

/** Whether a stored code may still be tried now. */
export function otpStateOf(
  otp: {
    expiresAt: Date;
    attempts: number;
    consumedAt: Date | null;
    supersededAt: Date | null;
  },
  now: Date,
): OtpState {
  if (otp.consumedAt) return 'used';
  if (otp.supersededAt) return 'superseded';
  if (otp.attempts >= otpRules.maxAttempts) return 'exhausted';
  if (now.getTime() >= otp.expiresAt.getTime()) return 'expired';
  return 'usable';
}

const refusals: Record<Exclude<OtpState, 'usable'>, string> = {
  used: 'Mã này đã được dùng. Yêu cầu mã mới để đăng nhập.',
  superseded: 'Đã có mã mới hơn được gửi; dùng mã mới nhất.',
  exhausted: `Đã nhập sai ${otpRules.maxAttempts} lần. Yêu cầu mã mới để tiếp tục.`,
  expired: 'Mã đã hết hạn (hiệu lực 5 phút). Yêu cầu mã mới.',
};

/** The error for a code that may not be tried, or for a wrong code with the tries left. */
export function otpRefusal(state: OtpState | 'wrong', attemptsAfter = 0): DomainError {
  if (state === 'wrong') {
    const left = otpRules.maxAttempts - attemptsAfter;
    return new DomainError(
      'OTP_INVALID',
      left > 0
        ? `Mã không đúng. Còn ${left} lần thử.`
        : `Mã không đúng. Đã nhập sai ${otpRules.maxAttempts} lần; yêu cầu mã mới.`,
      { reason: 'wrong', attemptsLeft: left },
    );
  }
  if (state === 'usable') throw new RangeError('a usable code is not refused');
  return new DomainError('OTP_INVALID', refusals[state], { reason: state, attemptsLeft: 0 });
}
