import type { AuthenticatedSession } from './authenticate-session.ts';

/**
 * A short-lived cache of resolved sessions (two queries saved per request on busy counters).
 * Entries live `ttlMs` at most and never past the session's own expiry; logout, and any change to
 * users or memberships in this process, clear them at once. Another process sees such a change
 * within `ttlMs` (ARCHITECTURE.md: several app processes).
 */
export class PrincipalCache {
  private readonly entries = new Map<string, { session: AuthenticatedSession; until: number }>();

  constructor(private readonly ttlMs = 10_000) {}

  get(sessionId: string, now: number): AuthenticatedSession | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry.session;
  }

  set(session: AuthenticatedSession, now: number, expiresAt: number): void {
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(session.sessionId, { session, until: Math.min(now + this.ttlMs, expiresAt) });
  }

  delete(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  clear(): void {
    this.entries.clear();
  }
}
