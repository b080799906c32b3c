import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';
import type { ServiceContext } from '../services/context.ts';
import { registerAuthHooks } from './auth-hooks.ts';
import { registerErrorHandling } from './error-handler.ts';
import { registerPages } from './pages/register-pages.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { calendarRoutes } from './routes/calendar-routes.ts';
import { catalogueRoutes } from './routes/catalogue-routes.ts';
import { catalogueTransferRoutes } from './routes/catalogue-transfer-routes.ts';
import { citizenRoutes } from './routes/citizen-routes.ts';
import { deliveryRoutes } from './routes/delivery-routes.ts';
import { dossierDocumentRoutes } from './routes/dossier-document-routes.ts';
import { dossierRoutes } from './routes/dossier-routes.ts';
import { fileRoutes } from './routes/file-routes.ts';
import { formRoutes } from './routes/form-routes.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { notificationRoutes } from './routes/notification-routes.ts';
import { organisationRoutes } from './routes/organisation-routes.ts';
import { paymentRoutes } from './routes/payment-routes.ts';
import { procedureRoutes } from './routes/procedure-routes.ts';
import { publicRoutes } from './routes/public-routes.ts';
import { queueRoutes } from './routes/queue-routes.ts';
import { resultRoutes } from './routes/result-routes.ts';
import { type RouteDef, registerRoutes } from './routing.ts';

export interface AppOptions {
  ctx: ServiceContext;
  rootDb: Db;
  logLevel: string;
  cookieSecure: boolean;
  /** Built officer UI (vite build output); pages are skipped when absent. */
  webDir?: string;
}

export const defaultWebDir = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** Every JSON route of the API, as data: registration, OpenAPI and the permission matrix read it. */
export function apiRoutes(options: { cookieSecure: boolean }): RouteDef[] {
  return [
    ...authRoutes(options),
    ...organisationRoutes,
    ...calendarRoutes,
    ...procedureRoutes,
    ...catalogueRoutes,
    ...catalogueTransferRoutes,
    ...fileRoutes,
    ...notificationRoutes,
    ...dossierRoutes,
    ...dossierDocumentRoutes,
    ...formRoutes,
    ...publicRoutes,
    ...queueRoutes,
    ...citizenRoutes,
    ...paymentRoutes,
    ...resultRoutes,
    ...deliveryRoutes,
  ];
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel },
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{6,100}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1_048_576,
    trustProxy: true,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 10 } });
  registerErrorHandling(app);
  registerAuthHooks(app, options.ctx);
  registerHealthRoutes(app, options.rootDb);
  registerRoutes(app, apiRoutes({ cookieSecure: options.cookieSecure }), options.ctx);
  const webDir = options.webDir ?? defaultWebDir;
  if (existsSync(webDir)) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/app/',
      wildcard: false,
      index: false,
    });
  }
  registerPages(app, { webDir: existsSync(webDir) ? webDir : undefined, ctx: options.ctx });
  return app;
}
