import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../core/errors.ts';
import type { IdentityProvider, VerifiedIdentity } from './identity-provider.ts';

/**
 * The local stand-in for VNeID (demo and tests only, IDENTITY_PROVIDER=standin). The page
 * /cong-dan/vneid-gia-lap plays the provider: the person picks or types a demo identity, and the
 * page redirects back with a code. A code is the identity signed with HMAC-SHA256 under a key
 * made at process start, valid 2 minutes, with a random id; the sign-in service refuses a code
 * exchanged before. Nothing here reaches the real VNeID.
 */
export interface StandinIdentityProvider extends IdentityProvider {
  readonly name: 'standin';
  /** The stand-in's own "sign in" step: a signed, short-lived code for this identity. */
  issueCode(identity: Omit<VerifiedIdentity, 'subject'>, now: Date): string;
  readonly demoIdentities: ReadonlyArray<Omit<VerifiedIdentity, 'subject'>>;
}

const lifetimeMs = 2 * 60_000;

/** Fictional people for the demo (ID numbers in the Hưng Yên range 033…, none real). */
const demoIdentities: ReadonlyArray<Omit<VerifiedIdentity, 'subject'>> = [
  { idNumber: '033095001234', fullName: 'Nguyễn Văn Bình', level: 2 },
  { idNumber: '033190004567', fullName: 'Trần Thị Hoa', level: 2 },
  { idNumber: '033201007890', fullName: 'Lê Minh Tuấn', level: 1 },
];

interface CodeClaims {
  sub: string;
  idn: string;
  name: string;
  lvl: 1 | 2;
  exp: number;
  jti: string;
}

export function isStandinProvider(provider: IdentityProvider): provider is StandinIdentityProvider {
  return provider.name === 'standin' && 'issueCode' in provider;
}

export function createStandinIdentityProvider(): StandinIdentityProvider {
  const key = randomBytes(32);
  const sign = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  return {
    name: 'standin',
    label: 'VNeID (giả lập cho thử nghiệm)',
    codeLifetimeMs: lifetimeMs,
    demoIdentities,
    authorizeUrl: ({ state }) => `/cong-dan/vneid-gia-lap?state=${encodeURIComponent(state)}`,
    issueCode(identity, now) {
      const claims: CodeClaims = {
        // The same person (ID number) is the same subject on every sign-in.
        sub: `standin-${createHash('sha256').update(identity.idNumber).digest('hex').slice(0, 24)}`,
        idn: identity.idNumber,
        name: identity.fullName.normalize('NFC'),
        lvl: identity.level,
        exp: now.getTime() + lifetimeMs,
        jti: randomBytes(12).toString('base64url'),
      };
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${body}.${sign(body)}`;
    },
    async exchangeCode({ code, now }) {
      const [body, signature, extra] = code.split('.');
      if (!body || !signature || extra !== undefined || !sameText(signature, sign(body)))
        throw refused('Mã đăng nhập VNeID không hợp lệ (sai chữ ký).');
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CodeClaims;
      if (now.getTime() > claims.exp)
        throw refused('Mã đăng nhập VNeID đã hết hạn. Vui lòng đăng nhập lại.');
      return {
        subject: claims.sub,
        idNumber: claims.idn,
        fullName: claims.name,
        level: claims.lvl,
      };
    },
  };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function refused(message: string): DomainError {
  return new DomainError('SIGNATURE_INVALID', message);
}
