import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { DomainError } from '../core/errors.ts';
import { inTransaction, type ServiceContext } from '../services/context.ts';
import type { RouteResult } from './routing.ts';

interface IdempotentRun {
  principal: string;
  key: string;
  fingerprint: unknown;
  run(ctx: ServiceContext): Promise<RouteResult>;
}

/**
 * Every write honours `Idempotency-Key` (OpenCRVS habit): the effect is done and the key with its
 * response stored in ONE transaction. A retry with the same key and body gets the stored
 * response; a failed effect stores nothing, so a retry really retries. Two concurrent requests
 * with one key: both work, the second finds the key taken when it stores it, rolls back and
 * replays the first's answer — one effect, whatever the timing.
 */
export async function runIdempotent(
  ctx: ServiceContext,
  job: IdempotentRun,
): Promise<RouteResult & { replayed: boolean }> {
  if (job.key.length < 8 || job.key.length > 200 || !/^[\x21-\x7e]+$/.test(job.key)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Idempotency-Key phải dài 8–200 ký tự ASCII in được.',
      {
        field: 'Idempotency-Key',
      },
    );
  }
  const requestHash = createHash('sha256').update(JSON.stringify(job.fingerprint)).digest('hex');
  try {
    return await inTransaction(ctx, async (trx) => {
      const result = await job.run({ ...ctx, db: trx });
      const status = result.status ?? 200;
      // The key is written last, in the effect's transaction: one statement on the normal path.
      // A concurrent twin waits here for the first to commit, then finds the key taken and rolls
      // its own effect back.
      const stored = await sql<{ key: string }>`
        INSERT INTO idempotency_keys (principal, key, request_hash, status_code, response)
        VALUES (${job.principal}, ${job.key}, ${requestHash}, ${status}, ${JSON.stringify(result.body ?? null)}::jsonb)
        ON CONFLICT (principal, key) DO NOTHING
        RETURNING key`.execute(trx);
      if (stored.rows.length === 0) throw new KeyTaken();
      return { status, body: result.body, replayed: false };
    });
  } catch (error) {
    // A retry of a request that already succeeded may fail on its own (the dossier moved on, the
    // key is taken): the stored answer is what the client must get.
    const existing = await ctx.db
      .selectFrom('idempotencyKeys')
      .select(['requestHash', 'statusCode', 'response'])
      .where('principal', '=', job.principal)
      .where('key', '=', job.key)
      .executeTakeFirst();
    if (!existing)
      throw error instanceof KeyTaken ? new DomainError('CONFLICT', 'Vui lòng thử lại.') : error;
    if (existing.requestHash !== requestHash) {
      throw new DomainError(
        'IDEMPOTENCY_KEY_REUSED',
        'Idempotency-Key này đã được dùng cho một yêu cầu khác. Dùng khóa mới cho yêu cầu mới.',
      );
    }
    return {
      status: existing.statusCode ?? 200,
      body: existing.response ?? undefined,
      replayed: true,
    };
  }
}

class KeyTaken extends Error {}
