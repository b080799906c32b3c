import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
const t0 = Date.now();
const lite = await PGlite.create({ dataDir: 'memory://', extensions: { pg_trgm, unaccent } });
console.log('create', Date.now() - t0);
const pool = new pg.Pool({ ...createPgConfig(lite), max: 1 });
const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
await sql.raw(`create extension if not exists pg_trgm; create extension if not exists unaccent; create table t(id int primary key, v text); comment on table t is 'x'; insert into t values (1,'a');`).execute(db);
const r = await sql`select count(*)::int as n, unaccent('Đăng ký') as u, now() as ts, gen_random_uuid() as g from t`.execute(db);
console.log(r.rows);
// concurrent transactions
await Promise.all([
  db.transaction().execute(async (trx) => { await sql`insert into t values (2,'b')`.execute(trx); throw new Error('rollback'); }).catch(e => console.log('rolled', e.message)),
  db.transaction().execute(async (trx) => { await sql`insert into t values (3,'c')`.execute(trx); }),
]);
console.log((await sql`select id from t order by id`.execute(db)).rows);
const t1 = Date.now();
const dump = await lite.dumpDataDir('none');
console.log('dump', Date.now() - t1, dump.size);
const t2 = Date.now();
const lite2 = await PGlite.create({ loadDataDir: dump, extensions: { pg_trgm, unaccent } });
console.log('load', Date.now() - t2, (await lite2.query('select count(*) from t')).rows);
const t3 = Date.now();
const lite3 = await lite.clone();
console.log('clone', Date.now() - t3);
console.log(process.memoryUsage().rss / 1e6);
