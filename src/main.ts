import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { type Database, openPglite, openPostgres } from './db/database.ts';
import { DataDirLockedError } from './db/lock.ts';
import { migrate } from './db/migrate.ts';
import { buildApp } from './server/app.ts';
import { createAdapters } from './services/adapters.ts';
import { PrincipalCache } from './services/auth/principal-cache.ts';
import { CalendarProvider } from './services/calendar/calendar-provider.ts';
import {
  catalogueJobHandlers,
  catalogueRecurringJobs,
} from './services/catalogue/catalogue-jobs.ts';
import {
  citizenJobHandlers,
  citizenRecurringJobs,
} from './services/citizens/online-reception-alerts.ts';
import { type ServiceContext, systemClock } from './services/context.ts';
import { demoAccounts, demoPassword, seedDemo } from './services/demo/seed-demo.ts';
import { dossierJobHandlers, dossierRecurringJobs } from './services/dossiers/dossier-jobs.ts';
import { FileStore } from './services/files/file-store.ts';
import { JobRunner } from './services/jobs/job-runner.ts';
import { DeliveryWorker } from './services/notifications/delivery-worker.ts';
import { paymentJobHandlers, paymentRecurringJobs } from './services/payments/payment-jobs.ts';
import { queueJobHandlers, queueRecurringJobs } from './services/queue/queue-jobs.ts';
import { resultJobHandlers, resultRecurringJobs } from './services/results/result-jobs.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Wires config → database → services → HTTP server. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : await openPglite({ dataDir: resolve(config.dataDir) });
  try {
    await migrate(database.db);
    const files = new FileStore(resolve(config.filesDir));
    const seed = config.seedDemo ? await seedDemo(database.db, files) : undefined;
    const publicUrl = config.publicUrl ?? `http://${config.host}:${config.port}`;
    const ctx: ServiceContext = {
      db: database.db,
      clock: systemClock,
      calendars: new CalendarProvider(),
      principals: new PrincipalCache(),
      files,
      settings: { demoMode: config.demoMode, sessionTtlHours: config.sessionTtlHours, publicUrl },
      adapters: createAdapters({ ...config, publicUrl }),
    };
    const app = await buildApp({
      ctx,
      rootDb: database.db,
      logLevel: config.logLevel,
      cookieSecure: config.cookieSecure,
    });
    const jobs = new JobRunner(
      ctx,
      {
        ...catalogueJobHandlers,
        ...dossierJobHandlers,
        ...citizenJobHandlers,
        ...paymentJobHandlers,
        ...resultJobHandlers,
        ...queueJobHandlers,
      },
      [
        ...catalogueRecurringJobs,
        ...dossierRecurringJobs,
        ...citizenRecurringJobs,
        ...paymentRecurringJobs,
        ...resultRecurringJobs,
        ...queueRecurringJobs,
      ],
      (job, error) => app.log.error({ err: error, job: job.kind }, 'job failed'),
    );
    const address = await app.listen({ port: config.port, host: config.host });
    jobs.start();
    // The outbox's e-mails and SMS, every 5 s: a status change reaches the citizen within minutes.
    const delivery = new DeliveryWorker(ctx, (error) =>
      app.log.error({ err: error }, 'notification delivery failed'),
    );
    delivery.start(5_000);
    const url = config.publicUrl ?? address.replace('0.0.0.0', '127.0.0.1');
    if (seed?.seeded)
      app.log.info({ units: seed.units, procedures: seed.procedures }, 'demo data loaded');
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        await jobs.stop();
        await delivery.stop();
        await app.close(); // finishes in-flight requests, refuses new ones
        await database.close();
      })();
      return stopping;
    };
    return { app, database, url, stop };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}

function printBanner(server: RunningServer, config: Config): void {
  const lines = [
    '',
    `Một Cửa đang chạy: ${server.url}`,
    `  Trang cán bộ:   ${server.url}/app/login`,
    `  Cơ sở dữ liệu:  ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite nhúng tại ${resolve(config.dataDir)}`}`,
  ];
  if (config.demoMode) {
    lines.push(`  Hộp thư demo (e-mail, SMS, mã OTP): ${server.url}/hop-thu-demo`);
    lines.push(`  Tài khoản demo (mật khẩu ${demoPassword}):`);
    for (const account of demoAccounts)
      lines.push(`    ${account.username.padEnd(20)} ${account.title}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  let server: RunningServer;
  try {
    server = await startServer(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(3);
    }
    // An adapter that cannot work as configured (e.g. IDENTITY_PROVIDER=vneid): say so, status 2.
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  printBanner(server, config);
  const shutdown = (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      (error) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    process.stderr.write(
      `Không khởi động được: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  });
}
