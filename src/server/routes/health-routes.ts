import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers). */
export function registerHealthRoutes(app: FastifyInstance, db: Db): void {
  app.get('/healthz', { config: { auth: 'none' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { auth: 'none' } }, async (_request, reply) => {
    try {
      await sql`SELECT 1`.execute(db);
      return { status: 'ok', database: 'ok' };
    } catch {
      reply.status(503).header('retry-after', '5');
      return {
        code: 'SERVICE_UNAVAILABLE',
        message: 'Cơ sở dữ liệu không phản hồi.',
        database: 'down',
      };
    }
  });
}
