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
 * Every write honours `Idempotency-Key` (OpenCRVS habit): the key is claimed, the effect is done
 * and the response stored, all in ONE transaction. A retry with the same key and body gets the
 * stored response; a failed effect rolls the key back, so a retry really retries. Two concurrent
 * requests with one key: the second waits on the key's row, then replays the first's answer.
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
  return inTransaction(ctx, async (trx) => {
    const claimed = await sql<{ key: string }>`
      INSERT INTO idempotency_keys (principal, key, request_hash)
      VALUES (${job.principal}, ${job.key}, ${requestHash})
      ON CONFLICT (principal, key) DO NOTHING
      RETURNING key`.execute(trx);
    if (claimed.rows.length === 0) {
      const existing = await trx
        .selectFrom('idempotencyKeys')
        .select(['requestHash', 'statusCode', 'response'])
        .where('principal', '=', job.principal)
        .where('key', '=', job.key)
        .executeTakeFirstOrThrow();
      if (existing.requestHash !== requestHash) {
        throw new DomainError(
          'IDEMPOTENCY_KEY_REUSED',
          'Idempotency-Key này đã được dùng cho một yêu cầu khác. Dùng khóa mới cho yêu cầu mới.',
        );
      }
      if (existing.statusCode === null) {
        throw new DomainError(
          'IDEMPOTENCY_IN_PROGRESS',
          'Yêu cầu với khóa này đang được xử lý; thử lại sau giây lát.',
        );
      }
      return { status: existing.statusCode, body: existing.response ?? undefined, replayed: true };
    }
    const result = await job.run({ ...ctx, db: trx });
    const status = result.status ?? 200;
    await trx
      .updateTable('idempotencyKeys')
      .set({ statusCode: status, response: JSON.stringify(result.body ?? null) })
      .where('principal', '=', job.principal)
      .where('key', '=', job.key)
      .execute();
    return { status, body: result.body, replayed: false };
  });
}
