import { verify } from '@node-rs/argon2';
import { otpRefusal, otpStateOf } from '../../core/citizens/otp-rules.ts';
import { DomainError } from '../../core/errors.ts';
import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import {
  findCitizenByAddress,
  findOtpForUpdate,
  insertCitizen,
  updateCitizen,
  updateOtp,
} from '../../db/repositories/citizens.ts';
import type { CitizenOtpRow } from '../../db/schema-citizens.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { createCitizenSession, type NewCitizenSession } from './citizen-sessions.ts';

/**
 * Checks a one-time code and signs the citizen in: the account of that phone or e-mail is
 * created on first sign-in. A wrong code counts one try (kept even though the answer is an
 * error); the fifth wrong try, expiry, a newer code or a used code end it.
 */
export async function verifySignInCode(
  ctx: ServiceContext,
  input: { challengeId: string; code: string; ip: string | null; userAgent: string | null },
): Promise<NewCitizenSession & { citizenId: string }> {
  if (!/^[0-9a-f-]{36}$/.test(input.challengeId)) throw otpRefusal('superseded');
  const code = input.code.replace(/\s/g, '');
  const outcome = await inTransaction(ctx, async (trx) => {
    const now = ctx.clock.now();
    const otp = await findOtpForUpdate(trx, input.challengeId);
    if (!otp) return { error: otpRefusal('superseded') };
    const state = otpStateOf(otp, now);
    if (state !== 'usable') return { error: otpRefusal(state) };
    if (!/^\d{6}$/.test(code) || !(await matches(otp, code))) {
      const attempts = otp.attempts + 1;
      await updateOtp(trx, otp.id, { attempts });
      return { error: otpRefusal('wrong', attempts) };
    }
    await updateOtp(trx, otp.id, { consumedAt: now });
    const citizenId = await findOrCreateAccount(trx, otp, now);
    const session = await createCitizenSession(trx, {
      citizenId,
      tenantId: otp.tenantId,
      method: 'otp',
      now,
      ip: input.ip,
      userAgent: input.userAgent,
    });
    return { session: { ...session, citizenId } };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.session;
}

async function matches(otp: CitizenOtpRow, code: string): Promise<boolean> {
  try {
    return await verify(otp.codeHash, code);
  } catch {
    return false;
  }
}

async function findOrCreateAccount(trx: Trx, otp: CitizenOtpRow, now: Date): Promise<string> {
  const existing = await findCitizenByAddress(trx, otp.tenantId, otp.channel, otp.destination);
  if (existing) {
    await updateCitizen(trx, existing.id, { lastSignInAt: now, updatedAt: now });
    return existing.id;
  }
  await insertCitizen(trx, {
    id: newId(now.getTime()),
    tenantId: otp.tenantId,
    phone: otp.channel === 'sms' ? otp.destination : null,
    email: otp.channel === 'email' ? otp.destination : null,
    createdAt: now,
    updatedAt: now,
    lastSignInAt: now,
  });
  const created = await findCitizenByAddress(trx, otp.tenantId, otp.channel, otp.destination);
  if (!created) throw new DomainError('CONFLICT', 'Không tạo được tài khoản; vui lòng thử lại.');
  return created.id;
}
