/**
 * Dossier actions per second through the HTTP API on PostgreSQL, as a ratio of pgbench TPC-B tps
 * measured in the same run (issue #4 target ≥ 0.5). Each worker walks its own dossiers through
 * assign → submit for approval → approve → issue result → return, five actions per dossier, each
 * a transaction with the workflow guard, the rules, the projection, the action log, the outbox and
 * the idempotency record. Run: npx tsx bench/http-actions.bench.ts [seconds]
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_CONCURRENCY (8),
 * BENCH_RESPONSE=minimal|full (minimal: `Prefer: return=minimal`).
 */
import { randomUUID } from 'node:crypto';
import { createClient } from './support/http-client.ts';
import { runLoad } from './support/load.ts';
import { psql, runPgbench } from './support/pgbench.ts';
import { loginOverHttp, startBenchServer } from './support/server.ts';

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.argv[2] ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const minimal = (process.env.BENCH_RESPONSE ?? 'minimal') === 'minimal';

const pgbench = runPgbench(serverUrl, { seconds });
psql(serverUrl, 'DROP DATABASE IF EXISTS mc_bench_actions WITH (FORCE)');
psql(serverUrl, 'CREATE DATABASE mc_bench_actions');
const dbUrl = new URL(serverUrl);
dbUrl.pathname = '/mc_bench_actions';
const server = await startBenchServer(
  { DATABASE_URL: dbUrl.toString(), SEED_DEMO: '1', DEMO_MODE: '1' },
  39502,
);

type Who = 'tiepnhan' | 'truongphong' | 'chuyenvien' | 'lanhdao';
const chain: Array<[Who, Record<string, unknown>]> = [
  ['truongphong', { type: 'assign', assignee: 'chuyenvien' }],
  ['chuyenvien', { type: 'submit_for_approval', summary: 'Hồ sơ đủ điều kiện.' }],
  ['lanhdao', { type: 'approve' }],
  ['chuyenvien', { type: 'mark_result_ready', resultName: 'Giấy xác nhận' }],
  ['tiepnhan', { type: 'return_result', method: 'in_person' }],
];

try {
  const sessions = Object.fromEntries(
    await Promise.all(
      (['tiepnhan', 'truongphong', 'chuyenvien', 'lanhdao'] as Who[]).map(async (u) => [
        u,
        await loginOverHttp(server.url, u),
      ]),
    ),
  ) as Record<Who, { cookie: string; csrf: string }>;
  const client = createClient(server.url, concurrency);
  const post = (who: Who, path: string, body: unknown, key: string) =>
    client(
      'POST',
      path,
      {
        'content-type': 'application/json',
        cookie: sessions[who].cookie,
        'x-csrf-token': sessions[who].csrf,
        'idempotency-key': key,
        ...(minimal ? { prefer: 'return=minimal' } : {}),
      },
      JSON.stringify(body),
    );
  const applicant = {
    kind: 'person',
    fullName: 'Nguyễn Văn Bình',
    idNumber: '033095001234',
    phone: '0912345678',
    address: 'Hưng Yên',
  };
  const needed = Math.ceil(((concurrency * seconds * 400) / chain.length) * 1.2) + 200;
  const codes: string[] = [];
  let made = 0;
  await Promise.all(
    Array.from({ length: 8 }, async (_, _w) => {
      while (made < needed) {
        made++;
        const r = await post(
          'tiepnhan',
          '/api/v1/dossiers',
          { procedureCode: '9.999001', channel: 'in_person', applicant },
          `prep-${randomUUID()}`,
        );
        if (r.status === 201) codes.push(JSON.parse(r.text).code);
      }
    }),
  );
  let next = 0;
  const errorSamples: string[] = [];
  const progress = new Map<number, { code: string; step: number }>();
  const send = async (worker: number, _n: number) => {
    let current = progress.get(worker);
    if (!current || current.step >= chain.length) {
      current = { code: codes[next++]!, step: 0 };
      progress.set(worker, current);
    }
    const [who, body] = chain[current.step]!;
    const r = await post(
      who,
      `/api/v1/dossiers/${current.code}/actions`,
      body,
      `act-${randomUUID()}`,
    );
    if (r.status === 200) current.step++;
    else if (errorSamples.length < 5)
      errorSamples.push(`${r.status} ${body.type}: ${r.text.slice(0, 300)}`);
    return r.status;
  };
  await runLoad(send, { concurrency, seconds: 2, okStatuses: [200] });
  const load = await runLoad(send, { concurrency, seconds, okStatuses: [200] });
  process.stdout.write(
    `${JSON.stringify({
      name: 'http-dossier-actions',
      date: new Date().toISOString(),
      node: process.version,
      response: minimal ? 'minimal' : 'full',
      pgbenchTps: pgbench.tps,
      actionsPerSecond: load.perSecond,
      ratio: Math.round((load.perSecond / pgbench.tps) * 1000) / 1000,
      p50Ms: load.p50Ms,
      p95Ms: load.p95Ms,
      p99Ms: load.p99Ms,
      requests: load.requests,
      errors: load.errors,
      statuses: load.statuses,
      dossiersPrepared: codes.length,
      errorSamples,
      concurrency,
      seconds,
    })}\n`,
  );
} finally {
  await server.stop();
  psql(serverUrl, 'DROP DATABASE IF EXISTS mc_bench_actions WITH (FORCE)');
}
