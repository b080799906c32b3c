import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './database.ts';

const migrationsDir = fileURLToPath(new URL('../../migrations/', import.meta.url));

export interface Migration {
  name: string;
  sql: string;
}

export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ name: file.replace(/\.sql$/, ''), sql: readFileSync(dir + file, 'utf8') }));
}

/**
 * Applies pending migrations, each in its own transaction, under an advisory lock so that several
 * app processes starting together on one PostgreSQL apply each migration exactly once.
 * Landed migrations are never edited (STYLE.md); a changed file is a new migration.
 */
export async function migrate(db: Db, migrations = readMigrations()): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(7142001)`.execute(trx);
      const exists = await trx
        .selectFrom('schemaMigrations')
        .select('name')
        .where('name', '=', migration.name)
        .executeTakeFirst();
      if (exists) return false;
      await sql.raw(migration.sql).execute(trx);
      await trx.insertInto('schemaMigrations').values({ name: migration.name }).execute();
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}
