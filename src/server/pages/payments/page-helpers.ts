import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError } from '../../../core/errors.ts';
import { ratingAnswersSchema } from '../../../core/ratings/criteria.ts';
import { httpStatusOf } from '../../http-errors.ts';
import { type PageContext, pageContextOf } from '../page-context.ts';
import { type PaymentMessages, paymentMessages } from './messages.ts';
import { sendPrivatePage } from './page-kit.ts';

/** Shared by the payment, gateway and rating page routes of this folder. */
export type Req = FastifyRequest<{
  Params: Record<string, string>;
  Querystring: Record<string, unknown>;
  Body: unknown;
}>;

export const codePattern = /^[\w.-]{5,80}$/;
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const guarded = { auth: 'none' as const, rateLimit: { max: 30, timeWindow: '1 minute' } };
export const open = { auth: 'none' as const };

export const text = (value: unknown, max = 100) =>
  typeof value === 'string' ? value.trim().slice(0, max) : '';
export const form = (request: Req) => (request.body ?? {}) as Record<string, string>;

export function contextOf(request: FastifyRequest): { page: PageContext; m: PaymentMessages } {
  const page = pageContextOf(request);
  return { page, m: paymentMessages(page.lang) };
}

/** A domain refusal becomes the page again with its message and status; anything else is thrown. */
export async function orPage(
  reply: FastifyReply,
  work: () => Promise<unknown>,
  render: (message: string) => string,
): Promise<unknown> {
  try {
    return await work();
  } catch (error) {
    if (!isDomainError(error) || httpStatusOf[error.code] >= 500) throw error;
    return sendPrivatePage(reply, render(error.message), httpStatusOf[error.code]);
  }
}

export function invalidAnswers(body: Record<string, string>) {
  const parsed = ratingAnswersSchema.safeParse(body);
  if (parsed.success) return { answers: parsed.data, error: undefined };
  return {
    answers: undefined,
    error: [...new Set(parsed.error.issues.map((i) => i.message))].join('. '),
  };
}
