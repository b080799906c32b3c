import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { DomainError, isDomainError } from '../../../core/errors.ts';
import { httpStatusOf } from '../../http-errors.ts';
import { pageContextOf, portalCsp } from '../page-context.ts';
import { queueMessagesFor } from './queue-messages.ts';

/** What the queue's page handlers share: form types, route options, sending, refusals. */
export type Form = Record<string, string | undefined>;
export type Query = { Querystring: Form };

export const page = { config: { auth: 'none' as const } };
export const limited = (max: number, timeWindow: string) => ({
  config: { auth: 'none' as const, rateLimit: { max, timeWindow } },
});

/** Live data: never cached; the board brings its own CSP (one hashed script, the event stream). */
export function send(reply: FastifyReply, body: string, status = 200, csp = portalCsp) {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', csp)
    .header('cache-control', 'no-store')
    .send(body);
}

export function words(request: FastifyRequest) {
  const context = pageContextOf(request);
  return { context, q: queueMessagesFor(context.lang) };
}

/** A refused form: its Vietnamese message and status, or a rethrow of anything unexpected. */
export function refusal(error: unknown): { message: string; status: number } {
  if (!isDomainError(error)) throw error;
  const fields = (error.details?.fields as Array<{ message: string }> | undefined) ?? [];
  return { message: fields[0]?.message ?? error.message, status: httpStatusOf[error.code] };
}

/** A form field by the same schema as the API; the first problem in Vietnamese. */
export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new DomainError(
    'VALIDATION_FAILED',
    result.error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.',
  );
}

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
