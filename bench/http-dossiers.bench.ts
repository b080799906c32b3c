/**
 * POST /api/v1/dossiers (counter reception: version lookup, deadline, Art. 28 code, dossier and
 * first action in one transaction) through HTTP on PostgreSQL, as a ratio of pgbench TPC-B tps
 * measured in the same run. Run: npx tsx bench/http-dossiers.bench.ts [seconds]
 * Needs PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { randomUUID } from 'node:crypto';
import { runLoad } from './support/load.ts';
import { psql, runPgbench } from './support/pgbench.ts';
import { loginOverHttp, startBenchServer } from './support/server.ts';

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.argv[2] ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);

const pgbench = runPgbench(serverUrl, { seconds });
psql(serverUrl, 'DROP DATABASE IF EXISTS mc_bench WITH (FORCE)');
psql(serverUrl, 'CREATE DATABASE mc_bench');
const dbUrl = new URL(serverUrl);
dbUrl.pathname = '/mc_bench';
const server = await startBenchServer({ DATABASE_URL: dbUrl.toString(), SEED_DEMO: '1' }, 39501);
try {
  const session = await loginOverHttp(server.url, 'tiepnhan');
  const body = JSON.stringify({
    procedureCode: '9.999001',
    channel: 'in_person',
    applicant: {
      kind: 'person',
      fullName: 'Nguyễn Văn Bình',
      idNumber: '033095001234',
      phone: '0912345678',
      address: 'Hưng Yên',
    },
  });
  const send = async (_worker: number, _n: number) => {
    const response = await fetch(`${server.url}/api/v1/dossiers`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        'idempotency-key': `bench-${randomUUID()}`,
      },
      body,
    });
    await response.arrayBuffer();
    return response.status;
  };
  await runLoad(send, { concurrency, seconds: 2 }); // warm-up
  const load = await runLoad(send, { concurrency, seconds });
  const result = {
    name: 'http-post-dossiers',
    date: new Date().toISOString(),
    node: process.version,
    pgbenchTps: pgbench.tps,
    dossiersPerSecond: load.perSecond,
    ratio: Math.round((load.perSecond / pgbench.tps) * 1000) / 1000,
    p50Ms: load.p50Ms,
    p95Ms: load.p95Ms,
    p99Ms: load.p99Ms,
    requests: load.requests,
    errors: load.errors,
    statuses: load.statuses,
    concurrency,
    seconds,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await server.stop();
  psql(serverUrl, 'DROP DATABASE IF EXISTS mc_bench WITH (FORCE)');
}
