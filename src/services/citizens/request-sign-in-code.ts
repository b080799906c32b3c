import { randomInt } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { formatInstant } from '../../core/calendar/index.ts';
import { maskDestination, parseDestination } from '../../core/citizens/destination.ts';
import { assertMayRequestCode, otpRules } from '../../core/citizens/otp-rules.ts';
import { DomainError } from '../../core/errors.ts';
import { newId } from '../../db/ids.ts';
import {
  countOtpsFromIp,
  findOtpById,
  insertOtp,
  listOtpTimes,
  lockOtpDestination,
  queueOtpMessage,
  supersedeOtps,
} from '../../db/repositories/citizens.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { resolvePublicTenant } from '../organisation/resolve-unit.ts';

// argon2id, lighter than passwords': a 6-digit code lives 5 minutes and allows 5 tries.
const hashOptions = { algorithm: 2, memoryCost: 8_192, timeCost: 2, parallelism: 1 } as const;

export interface SignInChallenge {
  challengeId: string;
  channel: 'sms' | 'email';
  maskedDestination: string;
  expiresAt: string;
  resendAfter: string;
}

/**
 * Sends a one-time sign-in code to a phone (SMS) or an e-mail address. The code is never
 * returned: it is written, in Vietnamese, to the notifications outbox in the same transaction,
 * and the delivery worker (or the demo mailbox) carries it. Limits: one code a minute and five an
 * hour per address, twenty an hour per IP address; a new code supersedes the previous one.
 */
export async function requestSignInCode(
  ctx: ServiceContext,
  input: { destination: string; ip: string | null },
): Promise<SignInChallenge> {
  const destination = parseDestination(input.destination);
  if (!destination) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Nhập số điện thoại di động (10 số, ví dụ 0912345678) hoặc địa chỉ thư điện tử.',
      { field: 'destination' },
    );
  }
  const { tenantId } = await resolvePublicTenant(ctx.db, undefined);
  const code = String(randomInt(0, 10 ** otpRules.digits)).padStart(otpRules.digits, '0');
  const codeHash = await hash(code, hashOptions);
  return inTransaction(ctx, async (trx) => {
    const now = ctx.clock.now();
    const hourAgo = new Date(now.getTime() - 3_600_000);
    // Two requests racing for one address: the second waits and then sees the first.
    await lockOtpDestination(trx, `${tenantId}:${destination.address}`);
    assertMayRequestCode({
      now,
      destinationHistory: await listOtpTimes(trx, tenantId, destination.address, hourAgo),
      ipCountLastHour: input.ip ? await countOtpsFromIp(trx, input.ip, hourAgo) : 0,
    });
    await supersedeOtps(trx, tenantId, destination.address, now);
    const id = newId(now.getTime());
    const expiresAt = new Date(now.getTime() + otpRules.lifetimeMs);
    await insertOtp(trx, {
      id,
      tenantId,
      channel: destination.channel,
      destination: destination.address,
      codeHash,
      requestedIp: input.ip,
      createdAt: now,
      expiresAt,
    });
    const until = formatInstant(expiresAt.getTime()).slice(11, 16);
    await queueOtpMessage(trx, {
      id: newId(now.getTime()),
      tenantId,
      channel: destination.channel,
      recipientAddress: destination.address,
      template: 'citizen.otp',
      subject: `Mã đăng nhập Một Cửa: ${code}`,
      body: `Mã đăng nhập Cổng dịch vụ công Một Cửa của bạn là ${code}. Mã có hiệu lực 5 phút (đến ${until}). Không đưa mã này cho bất kỳ ai, kể cả cán bộ.`,
      payload: JSON.stringify({ challengeId: id, expiresAt: formatInstant(expiresAt.getTime()) }),
      dedupeKey: `citizen.otp:${id}`,
      createdAt: now,
      nextAttemptAt: now,
    });
    return {
      challengeId: id,
      channel: destination.channel,
      maskedDestination: maskDestination(destination),
      expiresAt: formatInstant(expiresAt.getTime()),
      resendAfter: formatInstant(now.getTime() + otpRules.resendAfterMs),
    };
  });
}

/**
 * A pending code request as the code page shows it (masked address, validity, when a new code
 * may be asked); undefined once it is used, superseded or unknown. `resend` sends a new code to
 * the same address under the same limits.
 */
export async function describeChallenge(ctx: ServiceContext, challengeId: string) {
  if (!/^[0-9a-f-]{36}$/.test(challengeId)) return undefined;
  const otp = await findOtpById(ctx.db, challengeId);
  if (!otp || otp.consumedAt || otp.supersededAt) return undefined;
  return {
    challengeId,
    channel: otp.channel,
    maskedDestination: maskDestination({ channel: otp.channel, address: otp.destination }),
    expiresAt: formatInstant(otp.expiresAt.getTime()),
    resendAfter: formatInstant(otp.createdAt.getTime() + otpRules.resendAfterMs),
    resend: (ip: string | null) => requestSignInCode(ctx, { destination: otp.destination, ip }),
  };
}
