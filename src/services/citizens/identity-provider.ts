import { ConfigError } from '../../config.ts';
import { createStandinIdentityProvider } from './standin-identity-provider.ts';

/**
 * Citizen sign-in by the national e-ID (VNeID) behind an adapter (DESIGN §2.5; Decree 118/2025
 * Art. 17.1 names the e-ID account as the applicant's identity). The shape is the OAuth 2.0 /
 * OpenID Connect authorization-code flow that national e-ID gateways offer:
 *
 *  1. `authorizeUrl` — where to send the browser, carrying our `state` and `redirectUri`;
 *  2. the provider signs the person in and redirects to `redirectUri?code=…&state=…`;
 *  3. `exchangeCode` — the back channel turns the one-time code into the asserted identity.
 *
 * Replays are refused twice over: the provider refuses a code used before, and the sign-in
 * service records every exchanged code (table citizen_identity_codes).
 *
 * Production wiring (IDENTITY_PROVIDER=vneid) is not implemented: it needs the client id, secret
 * and endpoints issued to the province by the Ministry of Public Security (C06) after
 * registration, which this project does not have. An implementation would call the gateway's
 * authorize endpoint, exchange the code at its token endpoint with the client credentials, verify
 * the ID token's signature against the published keys, and map its claims below. Until then the
 * server refuses to start with IDENTITY_PROVIDER=vneid instead of failing at the first sign-in.
 */
export interface VerifiedIdentity {
  /** The provider's stable id of the person (not the ID number, which may be re-issued). */
  subject: string;
  /** Số định danh cá nhân (12 digits). */
  idNumber: string;
  fullName: string;
  /** e-ID account level: 1 (basic) or 2 (verified in person, chip card). */
  level: 1 | 2;
}

export interface IdentityProvider {
  readonly name: string;
  /** Shown on the sign-in button. */
  readonly label: string;
  /** Where to send the browser to sign in; a same-origin path for the local stand-in. */
  authorizeUrl(input: { state: string; redirectUri: string }): string;
  /** The identity behind a one-time code; throws SIGNATURE_INVALID for a forged, stale or used code. */
  exchangeCode(input: { code: string; redirectUri: string; now: Date }): Promise<VerifiedIdentity>;
  /** How long an issued code stays valid (the sign-in service remembers used codes that long). */
  readonly codeLifetimeMs: number;
}

/** The adapter for IDENTITY_PROVIDER: the demo stand-in, or a clear refusal for VNeID. */
export function createIdentityProvider(kind: 'standin' | 'vneid'): IdentityProvider {
  if (kind === 'vneid') {
    throw new ConfigError([
      'IDENTITY_PROVIDER: "vneid" chưa được triển khai — cần mã ứng dụng (client id), khóa bí mật và địa chỉ cổng VNeID do Bộ Công an cấp cho tỉnh. Dùng IDENTITY_PROVIDER=standin (mặc định) cho môi trường thử nghiệm; xem src/services/citizens/identity-provider.ts.',
    ]);
  }
  return createStandinIdentityProvider();
}
