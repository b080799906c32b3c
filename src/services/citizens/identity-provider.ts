/**
 * Citizen sign-in by national e-ID (VNeID) behind an adapter; a local stand-in for the demo.
 * Completed in issue #5 item 4.
 */
export interface IdentityProvider {
  readonly name: string;
}
