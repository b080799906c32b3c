import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/services/demo/seed-demo.ts';
import { FileStore } from '../../src/services/files/file-store.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb:
      | { kind: 'pglite'; templatePath: string }
      | { kind: 'postgres'; serverUrl: string; template: string };
    /** The file store the template was seeded with (content-addressed, shared read-mostly). */
    filesDir: string;
  }
}

/**
 * Builds the migrated, demo-seeded template once per run (a new PGlite costs ~4 s): a dumped
 * data directory for PGlite, a template database on PostgreSQL when TEST_DATABASE_URL is set.
 * Each test file then starts from a copy (tests/support/test-database.ts).
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  const filesDir = mkdtempSync(join(tmpdir(), 'mot-cua-files-'));
  const files = new FileStore(filesDir);
  project.provide('filesDir', filesDir);
  if (url) {
    const template = `mc_template_${process.pid}`;
    const admin = openPostgres(url, 1);
    await sql.raw(`DROP DATABASE IF EXISTS ${template}`).execute(admin.db);
    await sql.raw(`CREATE DATABASE ${template}`).execute(admin.db);
    const target = openPostgres(withDatabase(url, template), 2);
    await migrate(target.db);
    await seedDemo(target.db, files);
    await target.close();
    project.provide('testDb', { kind: 'postgres', serverUrl: url, template });
    return async () => {
      const rows = await sql<{ datname: string }>`
        SELECT datname FROM pg_database WHERE datname LIKE ${`mc_t_${process.pid}_%`} OR datname = ${template}`.execute(
        admin.db,
      );
      for (const row of rows.rows)
        await sql.raw(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`).execute(admin.db);
      await admin.close();
      rmSync(filesDir, { recursive: true, force: true });
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'mot-cua-template-'));
  const database = await openPglite({});
  await migrate(database.db);
  await seedDemo(database.db, files);
  const dump = await database.lite!.dumpDataDir('none');
  const templatePath = join(dir, 'template.tar');
  writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('testDb', { kind: 'pglite', templatePath });
  return () => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(filesDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
