import { execFileSync } from 'node:child_process';

export interface PgbenchResult {
  tps: number;
  latencyMs: number;
  clients: number;
  seconds: number;
}

/**
 * The baseline every database figure is divided by: pgbench's TPC-B-like transaction on the same
 * PostgreSQL server, measured in the same run (DESIGN §4).
 */
export function runPgbench(
  serverUrl: string,
  options: { clients?: number; seconds?: number; scale?: number } = {},
): PgbenchResult {
  const clients = options.clients ?? 4;
  const seconds = options.seconds ?? 10;
  const url = new URL(serverUrl);
  const base = [
    '-h',
    url.hostname,
    '-p',
    url.port || '5432',
    '-U',
    decodeURIComponent(url.username || 'postgres'),
  ];
  const database = 'mc_pgbench';
  psql(serverUrl, `DROP DATABASE IF EXISTS ${database}`);
  psql(serverUrl, `CREATE DATABASE ${database}`);
  execFileSync('pgbench', [...base, '-i', '-q', '-s', String(options.scale ?? 10), database], {
    stdio: 'pipe',
  });
  const output = execFileSync(
    'pgbench',
    [...base, '-c', String(clients), '-j', '2', '-T', String(seconds), database],
    {
      encoding: 'utf8',
    },
  );
  psql(serverUrl, `DROP DATABASE IF EXISTS ${database}`);
  const tps = Number(/tps = ([\d.]+)/.exec(output)?.[1]);
  const latencyMs = Number(/latency average = ([\d.]+) ms/.exec(output)?.[1]);
  if (!Number.isFinite(tps)) throw new Error(`pgbench output not understood:\n${output}`);
  return { tps, latencyMs, clients, seconds };
}

export function psql(serverUrl: string, statement: string): string {
  return execFileSync('psql', [serverUrl, '-v', 'ON_ERROR_STOP=1', '-qAtc', statement], {
    encoding: 'utf8',
  });
}
