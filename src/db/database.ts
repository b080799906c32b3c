import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { CamelCasePlugin, Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './lock.ts';
import type { DB } from './schema.ts';

export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
/** Repository functions take `db` or `trx` first (Kysely example app). */
export type Executor = Db | Trx;

// `date` stays 'YYYY-MM-DD' (no local-midnight Date); counts and sums arrive as numbers.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The raw PGlite instance in embedded mode (backups, templates); undefined on PostgreSQL. */
  lite: PGlite | undefined;
  close(): Promise<void>;
}

export const pgliteExtensions = { pg_trgm, unaccent };

/**
 * Session settings every connection needs: a word-similarity threshold low enough for the
 * catalogue search to forgive a typo or two (0.6 by default; see catalogue-search.ts).
 */
const sessionSettings = 'SET pg_trgm.word_similarity_threshold = 0.4';

function createDb(pool: pg.Pool): Db {
  pool.on('connect', (client) => {
    client.query(sessionSettings).catch(() => {});
  });
  return new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
}

/** PostgreSQL through `DATABASE_URL`. */
export function openPostgres(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A dropped idle connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => {});
  const db = createDb(pool);
  return { db, kind: 'postgres', lite: undefined, close: () => db.destroy() };
}

/**
 * Embedded PGlite. Reached through node-postgres with a pool of one connection (DEVELOPERS.md):
 * transactions then run one at a time and never interleave. `dataDir` is locked for the
 * lifetime of the process; `loadDataDir` starts from a dump (tests' migrated template).
 */
export async function openPglite(options: {
  dataDir?: string;
  loadDataDir?: Blob;
}): Promise<Database> {
  const lock = options.dataDir ? lockDataDir(options.dataDir) : undefined;
  try {
    const lite = await PGlite.create({
      dataDir: options.dataDir ? join(options.dataDir, 'pg') : 'memory://',
      extensions: pgliteExtensions,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    const pool = new pg.Pool({ ...createPgConfig(lite), max: 1 });
    const db = createDb(pool);
    return {
      db,
      kind: 'pglite',
      lite,
      close: async () => {
        await db.destroy();
        await lite.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
