import { DomainError } from '../../core/errors.ts';

/**
 * Wrong second factors per dossier code, besides the per-IP limit of the routes: the last 4
 * digits of a phone are only 10,000 guesses, so guesses spread over many addresses stop too.
 * Counted for any code typed, known or not, so the lock reveals nothing either. Kept in this
 * process's memory (several processes each keep their own count: the bound multiplies by them).
 */
export const maxFailedChecks = 10;
export const failedCheckWindowMs = 15 * 60_000;
const maxTrackedCodes = 50_000;

const failures = new Map<string, { count: number; since: number }>();

function current(code: string, now: number) {
  const entry = failures.get(code);
  if (entry && now - entry.since >= failedCheckWindowMs) {
    failures.delete(code);
    return undefined;
  }
  return entry;
}

export function requireNotLocked(code: string, now: Date): void {
  const entry = current(code, now.getTime());
  if (entry && entry.count >= maxFailedChecks) {
    throw new DomainError(
      'RATE_LIMITED',
      'Đã nhập sai thông tin xác minh quá nhiều lần với mã hồ sơ này. Vui lòng thử lại sau 15 phút hoặc liên hệ Bộ phận Một cửa.',
    );
  }
}

export function recordFailedCheck(code: string, now: Date): void {
  const at = now.getTime();
  const entry = current(code, at);
  if (entry) {
    entry.count += 1;
    return;
  }
  if (failures.size >= maxTrackedCodes) {
    for (const [key, value] of failures) {
      if (at - value.since >= failedCheckWindowMs || failures.size >= maxTrackedCodes)
        failures.delete(key);
      if (failures.size < maxTrackedCodes / 2) break;
    }
  }
  failures.set(code, { count: 1, since: at });
}
