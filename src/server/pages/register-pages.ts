import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../services/context.ts';
import { renderHomePage } from './home-page.ts';

/**
 * Server-rendered public pages, and the officers' single-page app: every /app/* address answers
 * the app's index.html, and the app routes on the client.
 */
export function registerPages(
  app: FastifyInstance,
  options: { webDir: string | undefined; ctx: ServiceContext },
): void {
  app.get('/', { config: { auth: 'none' } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(renderHomePage()),
  );
  const webDir = options.webDir;
  if (!webDir) return;
  const index = readFileSync(join(webDir, 'index.html'), 'utf8');
  const sendApp = async (_request: unknown, reply: import('fastify').FastifyReply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header(
        'content-security-policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
      )
      .send(index);
  app.get('/app', { config: { auth: 'none' } }, sendApp);
  app.get('/app/*', { config: { auth: 'none' } }, sendApp);
}
