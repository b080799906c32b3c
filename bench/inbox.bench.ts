/**
 * Officer inboxes at volume (issue #4 target: p95 < 50 ms at 1M dossiers; DESIGN §4: at 10M).
 * A fresh PostgreSQL database gets the demo province and N synthetic dossiers, then the real
 * server (its own process) answers `GET /api/v1/dossiers?box=…` for the demo officers in turn,
 * list and total count, for ~10 s; the baseline is the same server's bare /healthz.
 * Run: npx tsx bench/inbox.bench.ts [dossiers=1000000] [seconds=10]
 */
import { openPostgres } from '../src/db/database.ts';
import { insertSyntheticDossiers } from './support/dossier-volume.ts';
import { runLoad } from './support/load.ts';
import { psql } from './support/pgbench.ts';
import { loginOverHttp, startBenchServer } from './support/server.ts';

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const count = Number(process.argv[2] ?? 1_000_000);
const seconds = Number(process.argv[3] ?? 10);
const database = 'mc_bench_inbox';
const dbUrl = new URL(serverUrl);
dbUrl.pathname = `/${database}`;

psql(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
psql(serverUrl, `CREATE DATABASE ${database}`);
// The server migrates and seeds; then the volume is added beside it.
let server = await startBenchServer(
  { DATABASE_URL: dbUrl.toString(), SEED_DEMO: '1', DEMO_MODE: '1' },
  39503,
);
await server.stop();
const started = Date.now();
const db = openPostgres(dbUrl.toString(), 2);
await insertSyntheticDossiers(db.db, count, new Date());
await db.close();
const loadSeconds = (Date.now() - started) / 1000;
server = await startBenchServer({ DATABASE_URL: dbUrl.toString(), DEMO_MODE: '1' }, 39503);
try {
  const views: Array<[string, string]> = [
    ['truongphong', 'to_assign'],
    ['truongphong', 'all'],
    ['chuyenvien', 'mine'],
    ['lanhdao', 'to_approve'],
    ['lanhdao', 'overdue'],
    ['tiepnhan', 'to_return'],
    ['tiepnhan', 'to_receive'],
    ['giamsat', 'overdue'],
    ['giamsat', 'due_soon'],
    ['truongphong.phohien', 'to_assign'],
    ['chuyenvien', 'all&q=BENCH-000012345'],
  ];
  const sessions = new Map<string, { cookie: string }>();
  for (const [user] of views)
    if (!sessions.has(user)) sessions.set(user, await loginOverHttp(server.url, user));
  const get = async (path: string, cookie?: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });
    await response.arrayBuffer();
    return response.status;
  };
  const perView: Record<string, unknown> = {};
  for (const [user, box] of views) {
    const cookie = sessions.get(user)!.cookie;
    await runLoad(() => get(`/api/v1/dossiers?box=${box}&limit=50`, cookie), {
      concurrency: 1,
      seconds: 0.5,
    });
    const r = await runLoad(() => get(`/api/v1/dossiers?box=${box}&limit=50`, cookie), {
      concurrency: 1,
      seconds: seconds / views.length,
    });
    perView[`${user} ${box}`] = { p50Ms: r.p50Ms, p95Ms: r.p95Ms, requests: r.requests };
  }
  const all = await runLoad(
    (_w, n) => {
      const [user, box] = views[n % views.length]!;
      return get(`/api/v1/dossiers?box=${box}&limit=50`, sessions.get(user)!.cookie);
    },
    { concurrency: 4, seconds },
  );
  const health = await runLoad(() => get('/healthz'), { concurrency: 4, seconds: 3 });
  process.stdout.write(
    `${JSON.stringify({
      name: 'inbox',
      date: new Date().toISOString(),
      dossiers: count,
      loadSeconds: Math.round(loadSeconds),
      mixed: {
        perSecond: all.perSecond,
        p50Ms: all.p50Ms,
        p95Ms: all.p95Ms,
        p99Ms: all.p99Ms,
        errors: all.errors,
      },
      healthz: { perSecond: health.perSecond, p95Ms: health.p95Ms },
      perView,
    })}\n`,
  );
} finally {
  await server.stop();
  if (!process.env.BENCH_KEEP) psql(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}
