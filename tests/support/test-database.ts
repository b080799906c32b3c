import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../../src/db/database.ts';
import { withDatabase } from './global-setup.ts';

/**
 * A private copy of the migrated demo database for one test file: PGlite loaded from the dumped
 * template (~0.5 s), or a PostgreSQL database created from the template database.
 */
export async function createTestDatabase(): Promise<Database> {
  const config = inject('testDb');
  if (config.kind === 'pglite') {
    const bytes = readFileSync(config.templatePath);
    return openPglite({ loadDataDir: new Blob([bytes]) });
  }
  const name = `mc_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = openPostgres(config.serverUrl, 1);
  try {
    await sql.raw(`CREATE DATABASE ${name} TEMPLATE ${config.template}`).execute(admin.db);
  } finally {
    await admin.close();
  }
  const database = openPostgres(withDatabase(config.serverUrl, name), 8);
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = openPostgres(config.serverUrl, 1);
      await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(cleanup.db);
      await cleanup.close();
    },
  };
}
