import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import { newId } from '../ids.ts';
import type { JobTable } from '../schema.ts';

export type JobRow = Selectable<JobTable>;

export async function enqueueJob(
  db: Executor,
  job: {
    tenantId: string | null;
    kind: string;
    payload?: Record<string, unknown>;
    runAt: Date;
    dedupeKey?: string;
    maxAttempts?: number;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('jobs')
    .values({
      id: newId(),
      tenantId: job.tenantId,
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      runAt: job.runAt,
      dedupeKey: job.dedupeKey ?? null,
      ...(job.maxAttempts ? { maxAttempts: job.maxAttempts } : {}),
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

/**
 * Claims due jobs for this worker: FOR UPDATE SKIP LOCKED lets several server processes claim
 * concurrently without taking the same job; a claimed job is leased until `leaseUntil` so that a
 * crashed worker's job is claimed again after the lease.
 */
export async function claimDueJobs(
  db: Executor,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<JobRow[]> {
  const result = await sql<JobRow>`
    UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_until = ${leaseUntil}
    WHERE id IN (
      SELECT id FROM jobs
      WHERE run_at <= ${now}
        AND (status = 'pending' OR (status = 'running' AND locked_until < ${now}))
      ORDER BY run_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, tenant_id AS "tenantId", kind, payload, run_at AS "runAt", status, attempts,
              max_attempts AS "maxAttempts", locked_until AS "lockedUntil", last_error AS "lastError",
              dedupe_key AS "dedupeKey", created_at AS "createdAt", finished_at AS "finishedAt"`.execute(
    db,
  );
  return result.rows;
}

export async function completeJob(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'done', finishedAt: now, lockedUntil: null })
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: retried later with exponential backoff, or failed for good. */
export async function failJob(db: Executor, job: JobRow, now: Date, error: string): Promise<void> {
  const final = job.attempts >= job.maxAttempts;
  const backoffMs = Math.min(3_600_000, 30_000 * 2 ** (job.attempts - 1));
  await db
    .updateTable('jobs')
    .set({
      status: final ? 'failed' : 'pending',
      lastError: error.slice(0, 2000),
      lockedUntil: null,
      runAt: final ? job.runAt : new Date(now.getTime() + backoffMs),
      finishedAt: final ? now : null,
    })
    .where('id', '=', job.id)
    .execute();
}
