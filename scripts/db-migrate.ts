/** `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
import { resolve } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { openPglite, openPostgres } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';

const config = loadConfig();
const database = config.databaseUrl
  ? openPostgres(config.databaseUrl, 1)
  : await openPglite({ dataDir: resolve(config.dataDir) });
try {
  const applied = await migrate(database.db);
  process.stdout.write(
    applied.length
      ? `Đã áp dụng: ${applied.join(', ')}\n`
      : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.\n',
  );
} finally {
  await database.close();
}
