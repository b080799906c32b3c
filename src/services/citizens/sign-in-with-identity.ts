import { randomBytes } from 'node:crypto';
import { DomainError } from '../../core/errors.ts';
import { newId } from '../../db/ids.ts';
import {
  claimIdentityCode,
  findCitizenByIdentity,
  insertCitizen,
  updateCitizen,
} from '../../db/repositories/citizens.ts';
import { hashToken } from '../auth/tokens.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { resolvePublicTenant } from '../organisation/resolve-unit.ts';
import { createCitizenSession, type NewCitizenSession } from './citizen-sessions.ts';

/** The path the e-ID provider sends the browser back to. */
export const identityCallbackPath = '/cong-dan/dang-nhap/vneid/xong';

export function identityRedirectUri(ctx: ServiceContext): string {
  return `${ctx.settings.publicUrl.replace(/\/$/, '')}${identityCallbackPath}`;
}

/**
 * The stand-in lets anyone claim any identity: it works only in demo mode. Outside it, e-ID
 * sign-in is offered once a real provider is wired (IDENTITY_PROVIDER=vneid).
 */
export function isIdentitySignInAvailable(ctx: ServiceContext): boolean {
  return ctx.adapters.identity.name !== 'standin' || ctx.settings.demoMode;
}

function assertAvailable(ctx: ServiceContext): void {
  if (!isIdentitySignInAvailable(ctx)) {
    throw new DomainError(
      'SERVICE_UNAVAILABLE',
      'Đăng nhập bằng VNeID chưa được kết nối trên hệ thống này. Vui lòng đăng nhập bằng số điện thoại hoặc thư điện tử.',
      { reason: 'identity_provider_not_configured' },
    );
  }
}

/** Step 1: a fresh `state` (kept by the caller in a short-lived cookie) and where to go. */
export function startIdentitySignIn(ctx: ServiceContext): { state: string; url: string } {
  assertAvailable(ctx);
  const state = randomBytes(18).toString('base64url');
  return {
    state,
    url: ctx.adapters.identity.authorizeUrl({ state, redirectUri: identityRedirectUri(ctx) }),
  };
}

/**
 * Step 3: the provider's code becomes a citizen session. The code is exchanged once: a replay
 * (same code again, from any process) is refused. The account is the e-ID subject's; its name and
 * ID number are the ones the e-ID asserts (Decree 118/2025 Art. 17.1: the e-ID account is the
 * applicant's identity), so they prefill drafts.
 */
export async function completeIdentitySignIn(
  ctx: ServiceContext,
  input: { code: string; ip: string | null; userAgent: string | null },
): Promise<NewCitizenSession & { citizenId: string }> {
  assertAvailable(ctx);
  if (input.code.length === 0 || input.code.length > 4000)
    throw new DomainError('SIGNATURE_INVALID', 'Thiếu mã đăng nhập VNeID.');
  const provider = ctx.adapters.identity;
  const now = ctx.clock.now();
  const identity = await provider.exchangeCode({
    code: input.code,
    redirectUri: identityRedirectUri(ctx),
    now,
  });
  const { tenantId } = await resolvePublicTenant(ctx.db, undefined);
  return inTransaction(ctx, async (trx) => {
    const fresh = await claimIdentityCode(trx, {
      codeHash: hashToken(input.code),
      tenantId,
      usedAt: now,
      expiresAt: new Date(now.getTime() + provider.codeLifetimeMs + 60_000),
    });
    if (!fresh) {
      throw new DomainError(
        'SIGNATURE_INVALID',
        'Mã đăng nhập VNeID này đã được sử dụng. Vui lòng đăng nhập lại.',
        { reason: 'replayed' },
      );
    }
    const profile = {
      fullName: identity.fullName.normalize('NFC'),
      idNumber: identity.idNumber,
      identityLevel: identity.level,
      lastSignInAt: now,
      updatedAt: now,
    };
    let citizen = await findCitizenByIdentity(trx, tenantId, identity.subject);
    if (citizen) await updateCitizen(trx, citizen.id, profile);
    else {
      await insertCitizen(trx, {
        id: newId(now.getTime()),
        tenantId,
        identitySubject: identity.subject,
        createdAt: now,
        ...profile,
      });
      citizen = await findCitizenByIdentity(trx, tenantId, identity.subject);
    }
    if (!citizen) throw new DomainError('CONFLICT', 'Không tạo được tài khoản; vui lòng thử lại.');
    const session = await createCitizenSession(trx, {
      citizenId: citizen.id,
      tenantId,
      method: 'identity',
      now,
      ip: input.ip,
      userAgent: input.userAgent,
    });
    return { ...session, citizenId: citizen.id };
  });
}
