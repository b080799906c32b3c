import type { Db, Executor, Trx } from '../db/database.ts';
import type { Adapters } from './adapters.ts';
import type { PrincipalCache } from './auth/principal-cache.ts';
import type { CalendarProvider } from './calendar/calendar-provider.ts';
import type { FileStore } from './files/file-store.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface ServiceSettings {
  demoMode: boolean;
  sessionTtlHours: number;
  publicUrl: string;
}

/** What every use case receives: the database (or the caller's transaction), a clock, caches. */
export interface ServiceContext {
  db: Executor;
  clock: Clock;
  calendars: CalendarProvider;
  files: FileStore;
  principals: PrincipalCache;
  settings: ServiceSettings;
  /** E-mail, SMS, payment gateway, e-ID sign-in. */
  adapters: Adapters;
}

/** Runs `work` in the caller's transaction when there is one, else in a new transaction. */
export async function inTransaction<T>(
  ctx: ServiceContext,
  work: (trx: Trx) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx.db as Trx);
  return (ctx.db as Db).transaction().execute(work);
}
