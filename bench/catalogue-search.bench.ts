/**
 * Catalogue search over the demo province plus 5,000 generated procedures (issue #3 target:
 * p95 < 10 ms through the API), on PGlite and on PostgreSQL.
 *
 * Run: npx tsx bench/catalogue-search.bench.ts [seconds] [pglite|postgres|both]
 *   BENCH_DATABASE_URL  PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres);
 *                       the bench creates and drops the database mc_bench_search on it.
 *   BENCH_PROCEDURES    generated procedures (default 5000)
 *   BENCH_EXPLAIN=1     also print EXPLAIN (ANALYZE, BUFFERS) of every query of the mix to stderr
 *   BENCH_KEEP=1        keep the PostgreSQL database mc_bench_search afterwards (for psql)
 *
 * For each database: migrate, seed the demo province, add the generated procedures, VACUUM
 * ANALYZE, then start the real HTTP server (buildApp, every plugin and hook) in this process on a
 * local port — in-process because PGlite is an in-process database; PostgreSQL is measured the
 * same way so the two figures compare. The client sends GET /api/v1/procedures one request at a
 * time (concurrency 1) over keep-alive, cycling through a fixed mix of queries: a warm-up pass,
 * then whole passes for at least `seconds` and at least two passes. The same queries are then
 * timed at the repository function (searchCatalogue) to separate SQL time from HTTP time, and a
 * bare /healthz gives the server's floor. One JSON line per database on stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type KyselyPlugin, type RootOperationNode, sql } from 'kysely';
import { foldVietnamese } from '../src/core/catalogue/fold.ts';
import { suggestWords } from '../src/core/catalogue/spelling.ts';
import { type Database, openPglite, openPostgres } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { type CatalogueFilter, searchCatalogue } from '../src/db/repositories/catalogue-search.ts';
import { buildApp } from '../src/server/app.ts';
import { createAdapters } from '../src/services/adapters.ts';
import { PrincipalCache } from '../src/services/auth/principal-cache.ts';
import { CalendarProvider } from '../src/services/calendar/calendar-provider.ts';
import { loadCatalogueWords } from '../src/services/catalogue/catalogue-words.ts';
import { type ServiceContext, systemClock } from '../src/services/context.ts';
import { seedDemo } from '../src/services/demo/seed-demo.ts';
import { FileStore } from '../src/services/files/file-store.ts';
import { generateCatalogue, insertCatalogue } from './support/catalogue-generator.ts';
import { runLoad } from './support/load.ts';
import { psql } from './support/pgbench.ts';

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.argv[2] ?? 10);
const which = process.argv[3] ?? 'both';
const generatedCount = Number(process.env.BENCH_PROCEDURES ?? 5000);
const explain = process.env.BENCH_EXPLAIN === '1';
const targetP95Ms = 10;

/** The query mix: what citizens and officers type, with and without filters. */
const mix: Array<{ kind: string; query: Record<string, string> }> = [
  { kind: 'exact', query: { q: 'Thủ tục đăng ký khai sinh' } },
  { kind: 'exact', query: { q: 'Đăng ký thường trú' } },
  { kind: 'exact', query: { q: 'Cấp giấy phép lao động cho người lao động nước ngoài' } },
  { kind: 'no-diacritics', query: { q: 'dang ky khai sinh' } },
  { kind: 'no-diacritics', query: { q: 'dang ky ket hon' } },
  { kind: 'no-diacritics', query: { q: 'cap giay phep xay dung' } },
  { kind: 'no-diacritics', query: { q: 'dang ky ho kinh doanh' } },
  { kind: 'typo', query: { q: 'dang ki kai sinh' } },
  { kind: 'typo', query: { q: 'dang ky kiet hon' } },
  { kind: 'typo', query: { q: 'giay fep xay dung' } },
  { kind: 'upper-case', query: { q: 'ĐĂNG KÝ KẾT HÔN' } },
  { kind: 'upper-case', query: { q: 'CẤP LẠI GIẤY CHỨNG NHẬN' } },
  { kind: 'single-word', query: { q: 'đất đai' } },
  { kind: 'single-word', query: { q: 'công chứng' } },
  { kind: 'single-word', query: { q: 'dược' } },
  { kind: 'single-word', query: { q: 'thường trú' } },
  { kind: 'code', query: { q: '1.001193' } },
  { kind: 'code', query: { q: '2.000635' } },
  { kind: 'code', query: { q: '8.004321' } },
  { kind: 'q+filter', query: { q: 'giấy phép', field: 'Đường bộ' } },
  { kind: 'q+filter', query: { q: 'dang ky', level: 'province' } },
  { kind: 'q+filter', query: { q: 'kết hôn', agency: 'H31.11953' } },
  { kind: 'q+filter', query: { q: 'cap lai', channel: 'online' } },
  { kind: 'filter-only', query: { field: 'Hộ tịch' } },
  { kind: 'filter-only', query: { level: 'commune', channel: 'online' } },
  { kind: 'filter-only', query: { agency: '000.00.07.H31' } },
  { kind: 'filter-only', query: { agency: 'H31.11953', page: '3' } },
  { kind: 'filter-only', query: {} },
];

interface Stats {
  n: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

function stats(latencies: number[]): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) =>
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0) * 100) /
    100;
  return { n: sorted.length, p50Ms: pct(0.5), p95Ms: pct(0.95), p99Ms: pct(0.99) };
}

/** p50 and p95 per kind of query. */
function byKind(samples: Array<{ kind: string; ms: number }>) {
  const groups = new Map<string, number[]>();
  for (const s of samples) groups.set(s.kind, [...(groups.get(s.kind) ?? []), s.ms]);
  return Object.fromEntries(
    [...groups].map(([kind, ms]) => {
      const { p50Ms, p95Ms } = stats(ms);
      return [kind, { p50Ms, p95Ms }];
    }),
  );
}

/** Prefixes the statement with EXPLAIN: searchCatalogue then returns the plan's lines as rows. */
const explainPlugin: KyselyPlugin = {
  transformQuery({ node }) {
    if (node.kind !== 'RawNode') return node;
    const [first = '', ...rest] = node.sqlFragments;
    return {
      ...node,
      sqlFragments: [`EXPLAIN (ANALYZE, BUFFERS) ${first}`, ...rest],
    } as RootOperationNode;
  },
  transformResult: async ({ result }) => result,
};

/**
 * Calls `call(i)` for the queries of the mix in turn, one at a time: a warm-up pass (JIT, plans,
 * caches), then whole passes for at least `seconds` and at least two passes, so every query
 * weighs the same however slow it is. Percentiles over all calls, and per kind and per query.
 */
async function timeMix(call: (i: number) => Promise<unknown>, seconds: number) {
  for (let i = 0; i < mix.length; i++) await call(i);
  const samples: Array<{ kind: string; i: number; ms: number }> = [];
  const started = performance.now();
  for (
    let n = 0;
    n % mix.length !== 0 || n < 2 * mix.length || performance.now() < started + seconds * 1000;
    n++
  ) {
    const i = n % mix.length;
    const t = performance.now();
    await call(i);
    samples.push({ kind: mix[i]!.kind, i, ms: performance.now() - t });
  }
  const elapsed = (performance.now() - started) / 1000;
  const all = stats(samples.map((s) => s.ms));
  const perQuery = mix.map((m, i) => ({
    query: m.query,
    ...stats(samples.filter((s) => s.i === i).map((s) => s.ms)),
  }));
  const perQueryP50 = perQuery.map((q) => q.p50Ms);
  return {
    perQueryP50,
    requests: all.n,
    perSecond: Math.round((all.n / elapsed) * 10) / 10,
    p50Ms: all.p50Ms,
    p95Ms: all.p95Ms,
    p99Ms: all.p99Ms,
    byKind: byKind(samples),
    slowest: perQuery
      .sort((a, b) => b.p95Ms - a.p95Ms)
      .slice(0, 3)
      .map((q) => ({ query: q.query, p50Ms: q.p50Ms, p95Ms: q.p95Ms })),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 100) / 100;
}

/** EXPLAIN (ANALYZE, BUFFERS) of each query of the mix, to stderr. */
async function printPlans(
  kind: string,
  label: string,
  search: (f: { db: Database['db']; filter: CatalogueFilter }) => Promise<unknown>,
  database: Database,
  filters: CatalogueFilter[],
) {
  const explainDb = database.db.withPlugin(explainPlugin) as Database['db'];
  for (const [i, filter] of filters.entries()) {
    const rows = (await search({ db: explainDb, filter })) as Array<Record<string, string>>;
    process.stderr.write(
      `\n-- ${kind} · ${label} · ${mix[i]!.kind} · ${JSON.stringify(mix[i]!.query)}\n${rows.map((r) => Object.values(r)[0]).join('\n')}\n`,
    );
  }
}

async function openDatabase(kind: 'pglite' | 'postgres'): Promise<Database> {
  if (kind === 'pglite') return openPglite({});
  psql(serverUrl, 'DROP DATABASE IF EXISTS mc_bench_search WITH (FORCE)');
  psql(serverUrl, 'CREATE DATABASE mc_bench_search');
  const url = new URL(serverUrl);
  url.pathname = '/mc_bench_search';
  return openPostgres(url.toString());
}

async function benchDatabase(kind: 'pglite' | 'postgres') {
  const filesDir = mkdtempSync(join(tmpdir(), 'mc-bench-search-'));
  const database = await openDatabase(kind);
  let app: FastifyInstance | undefined;
  try {
    const t0 = performance.now();
    await migrate(database.db);
    const seeded = await seedDemo(database.db, new FileStore(filesDir));
    const t1 = performance.now();
    const generated = generateCatalogue(generatedCount);
    const inserted = await insertCatalogue(database.db, generated.records);
    const t2 = performance.now();
    // What autovacuum does on a live system: statistics, and GIN pending lists merged into the
    // indexes (a freshly bulk-loaded GIN index is otherwise scanned through its pending list).
    await sql`VACUUM ANALYZE`.execute(database.db);
    const published = await database.db
      .selectFrom('procedures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('publishedVersionId', 'is not', null)
      .executeTakeFirstOrThrow();

    const ctx: ServiceContext = {
      db: database.db,
      clock: systemClock,
      calendars: new CalendarProvider(),
      principals: new PrincipalCache(),
      files: new FileStore(filesDir),
      settings: { demoMode: false, sessionTtlHours: 12, publicUrl: 'http://127.0.0.1' },
      adapters: createAdapters({
        smtpUrl: undefined,
        mailFrom: 'Một Cửa <no-reply@motcua.local>',
        smsUrl: undefined,
        paymentSecret: undefined,
        identityProvider: 'standin',
        publicUrl: 'http://127.0.0.1',
      }),
    };
    app = await buildApp({ ctx, rootDb: database.db, logLevel: 'error', cookieSecure: false });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });

    const urls = mix.map((m) => `${base}/api/v1/procedures?${new URLSearchParams(m.query)}`);
    let errors = 0;
    const http = await timeMix(async (i) => {
      const response = await fetch(urls[i]!);
      await response.arrayBuffer();
      if (response.status !== 200) errors++;
    }, seconds);

    // The same queries at the repository function: the SQL (and driver) time alone.
    const units = await database.db.selectFrom('units').select(['id', 'code', 'kind']).execute();
    const tenantId = units.find((u) => u.kind === 'province')!.id;
    const unitId = new Map(units.map((u) => [u.code, u.id]));
    // The spelling neighbours the service adds (microseconds, from the in-memory dictionary).
    const dictionary = await loadCatalogueWords(database.db, tenantId);
    const filters: CatalogueFilter[] = mix.map(({ query }) => ({
      tenantId,
      q: foldVietnamese(query.q ?? '').slice(0, 200),
      alternatives: foldVietnamese(query.q ?? '')
        .split(' ')
        .filter((w) => w.length > 0)
        .map((w) => suggestWords(w, dictionary)),
      field: query.field,
      level: query.level,
      channel: query.channel,
      agencyUnitId: query.agency ? unitId.get(query.agency) : undefined,
      order: 'relevance',
      limit: 20,
      offset: (Number(query.page ?? 1) - 1) * 20,
    }));
    const repository = await timeMix((i) => searchCatalogue(database.db, filters[i]!), seconds / 2);

    const healthz = await runLoad(
      async () => {
        const response = await fetch(`${base}/healthz`);
        await response.arrayBuffer();
        return response.status;
      },
      { concurrency: 1, seconds: Math.max(2, seconds / 3) },
    );

    if (explain)
      await printPlans(kind, 'current', (f) => searchCatalogue(f.db, f.filter), database, filters);

    const result = {
      name: 'catalogue-search',
      database: kind,
      date: new Date().toISOString(),
      node: process.version,
      procedures: published.n,
      generated: inserted.procedures,
      agencyRows: inserted.agencyRows,
      namesFrom: generated.namesFrom,
      seedMs: Math.round(t1 - t0),
      generateAndInsertMs: Math.round(t2 - t1),
      seconds,
      http: { ...http, errors },
      repository,
      // What HTTP adds to a search: median of (HTTP p50 − repository p50) over the queries that
      // are fast at the repository (< 25 ms), where the difference is not lost in SQL noise.
      httpOverheadMs: median(
        http.perQueryP50
          .map((ms, i) => ({ ms, sql: repository.perQueryP50[i]! }))
          .filter((q) => q.sql < 25)
          .map((q) => q.ms - q.sql),
      ),
      healthz: { p50Ms: healthz.p50Ms, p95Ms: healthz.p95Ms, perSecond: healthz.perSecond },
      p95OverHealthzP95: Math.round((http.p95Ms / Math.max(healthz.p95Ms, 0.01)) * 10) / 10,
      targetP95Ms,
      met: http.p95Ms < targetP95Ms,
      demoProcedures: seeded.procedures,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await app?.close();
    await database.close();
    rmSync(filesDir, { recursive: true, force: true });
    // BENCH_KEEP=1 leaves the PostgreSQL database for EXPLAIN sessions (psql …/mc_bench_search).
    if (kind === 'postgres' && process.env.BENCH_KEEP !== '1')
      psql(serverUrl, 'DROP DATABASE IF EXISTS mc_bench_search WITH (FORCE)');
  }
}

for (const kind of ['pglite', 'postgres'] as const) {
  if (which === 'both' || which === kind) await benchDatabase(kind);
}
