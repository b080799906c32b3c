import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/server/app.ts';
import { createAdapters } from '../../src/services/adapters.ts';
import { PrincipalCache } from '../../src/services/auth/principal-cache.ts';
import { CalendarProvider } from '../../src/services/calendar/calendar-provider.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { demoPassword } from '../../src/services/demo/seed-demo.ts';
import { FileStore } from '../../src/services/files/file-store.ts';
import { TestClock } from './clock.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  ctx: ServiceContext;
  clock: TestClock;
  close(): Promise<void>;
}

/** The real server (every plugin, route and hook) on a private database, driven by inject(). */
export async function createTestApp(
  options: {
    demoMode?: boolean;
    start?: string;
    sessionTtlHours?: number;
    /** A local SMTP server for tests of e-mail delivery; unset: the demo mailbox. */
    smtpUrl?: string;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = new TestClock(options.start);
  const ctx: ServiceContext = {
    db: database.db,
    clock,
    calendars: new CalendarProvider(),
    principals: new PrincipalCache(),
    files: new FileStore(inject('filesDir')),
    settings: {
      demoMode: options.demoMode ?? true,
      sessionTtlHours: options.sessionTtlHours ?? 12,
      publicUrl: 'http://127.0.0.1:3000',
    },
    adapters: createAdapters({
      smtpUrl: options.smtpUrl,
      mailFrom: 'Một Cửa <no-reply@motcua.local>',
      smsUrl: undefined,
      paymentSecret: 'test-payment-secret-0123456789',
      identityProvider: 'standin',
      publicUrl: 'http://127.0.0.1:3000',
    }),
  };
  const app = await buildApp({ ctx, rootDb: database.db, logLevel: 'silent', cookieSecure: false });
  return {
    app,
    database,
    ctx,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  username: string;
}

export async function login(
  app: FastifyInstance,
  username: string,
  password = demoPassword,
): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'mc_session');
  return { cookie: `mc_session=${cookie!.value}`, csrf: response.json().csrfToken, username };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** An API call as a logged-in officer (cookie + CSRF token), or anonymous without a session. */
export function call(
  app: FastifyInstance,
  session: Session | undefined,
  method: Method,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: {
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
      ...headers,
    },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}
