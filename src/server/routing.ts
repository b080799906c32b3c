import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { DomainError } from '../core/errors.ts';
import type { Principal } from '../core/organisation/permissions.ts';
import type { ServiceContext } from '../services/context.ts';
import { requireCitizen } from './citizen-auth.ts';
import { runIdempotent } from './idempotency.ts';
import { parseInput } from './validation.ts';

/** 'citizen': a citizen session (cookie mc_citizen, never an officer's), checked before the input. */
export type AuthMode = 'none' | 'optional' | 'session' | 'citizen';

export interface RouteInput<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  principal: Principal;
  ctx: ServiceContext;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteResult {
  status?: number;
  body: unknown;
}

/**
 * A route as data: method, URL, schemas, auth mode and the statuses it answers. The route table
 * feeds registration, the OpenAPI document and the generated permission matrix.
 */
export interface RouteDef<B = unknown, Q = unknown, P = unknown> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  summary: string;
  tags: string[];
  auth: AuthMode;
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  /** Statuses this route answers, for the docs; every route may also answer the common errors. */
  responses: Record<number, string>;
  /** Writes honour `Idempotency-Key`: 'required' refuses a write without one. */
  idempotency?: 'optional' | 'required';
  /** Per-IP limit for sensitive public routes (login, look-up). */
  rateLimit?: { max: number; timeWindow: string };
  handler(input: RouteInput<B, Q, P>): Promise<RouteResult | unknown>;
}

export function defineRoute<B = undefined, Q = undefined, P = undefined>(
  def: RouteDef<B, Q, P>,
): RouteDef {
  return def as unknown as RouteDef;
}

const anonymous: Principal = { userId: '', tenantId: '', username: '', grants: [] };

export function registerRoutes(
  app: FastifyInstance,
  routes: RouteDef[],
  ctx: ServiceContext,
): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      config: { auth: route.auth, ...(route.rateLimit ? { rateLimit: route.rateLimit } : {}) },
      handler: async (request, reply) => {
        const auth = request.auth;
        if (route.auth === 'session' && !auth) {
          throw new DomainError('UNAUTHENTICATED', 'Bạn cần đăng nhập để thực hiện thao tác này.');
        }
        // Citizen routes: a citizen session and, for writes, its CSRF header — before the input.
        if (route.auth === 'citizen') await requireCitizen(ctx, request);
        const body = route.body ? parseInput(route.body, request.body ?? {}, 'body') : undefined;
        const query = route.query
          ? parseInput(route.query, request.query ?? {}, 'query')
          : undefined;
        const params = route.params
          ? parseInput(route.params, request.params ?? {}, 'params')
          : undefined;
        const principal = auth?.principal ?? anonymous;
        const run = (serviceCtx: ServiceContext) =>
          route.handler({ body, query, params, principal, ctx: serviceCtx, request, reply });
        const key = request.headers['idempotency-key'];
        if (route.idempotency === 'required' && !key) {
          throw new DomainError(
            'VALIDATION_FAILED',
            'Thiếu header Idempotency-Key cho thao tác ghi này.',
            {
              field: 'Idempotency-Key',
            },
          );
        }
        const outcome =
          route.idempotency && typeof key === 'string'
            ? await runIdempotent(ctx, {
                principal: principal.userId ? `user:${principal.userId}` : `ip:${request.ip}`,
                key,
                fingerprint: { method: route.method, url: request.url, body: request.body ?? null },
                run: async (trxCtx) => normalise(await run(trxCtx)),
              })
            : { ...normalise(await run(ctx)), replayed: false };
        if (outcome.replayed) reply.header('idempotent-replayed', 'true');
        if (reply.sent) return reply;
        reply.status(outcome.status ?? 200);
        return outcome.body === undefined ? reply.send() : outcome.body;
      },
    });
  }
}

function normalise(result: unknown): RouteResult {
  if (
    result &&
    typeof result === 'object' &&
    'body' in result &&
    Object.keys(result).every((k) => k === 'body' || k === 'status')
  ) {
    return result as RouteResult;
  }
  return { body: result };
}
