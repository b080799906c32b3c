import type { FastifyInstance, FastifyReply } from 'fastify';
import { isDomainError } from '../../../core/errors.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { lookUpDossier } from '../../../services/lookup/look-up-dossier.ts';
import { lookupRateLimit } from '../../routes/public-routes.ts';
import { pageContextOf, portalCsp } from '../page-context.ts';
import { type LookupPageInput, renderLookupPage } from './lookup-page.ts';

const field = (value: unknown, max: number) =>
  typeof value === 'string' ? value.trim().slice(0, max) : '';

/**
 * A page with a dossier's details: never cached or indexed. Its address carries the second
 * factor; the app's referrer policy (same-origin) keeps it from other sites.
 */
function sendPrivatePage(reply: FastifyReply, body: string, status: number) {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', portalCsp)
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    .header('vary', 'Cookie')
    .send(body);
}

/** Public dossier look-up page (the QR target of every form). Issue #5 item 5. */
export function registerLookupPages(app: FastifyInstance, ctx: ServiceContext): void {
  app.get<{ Querystring: Record<string, unknown> }>(
    '/tra-cuu',
    { config: { auth: 'none', rateLimit: lookupRateLimit } },
    async (request, reply) => {
      const page = pageContextOf(request);
      const input: LookupPageInput = {
        code: field(request.query.ma, 80),
        check: field(request.query.check, 64),
        error: null,
        view: null,
      };
      // Only the code (the QR on a form): ask for the second factor, look nothing up.
      if (!input.code || !input.check)
        return sendPrivatePage(reply, renderLookupPage(page, input), 200);
      try {
        input.view = await lookUpDossier(ctx, { code: input.code, check: input.check });
        return sendPrivatePage(reply, renderLookupPage(page, input), 200);
      } catch (error) {
        if (!isDomainError(error) || (error.code !== 'NOT_FOUND' && error.code !== 'RATE_LIMITED'))
          throw error;
        input.error = error.code === 'NOT_FOUND' ? page.t.lookup.notFound : page.t.lookup.tooMany;
        const status = error.code === 'NOT_FOUND' ? 404 : 429;
        return sendPrivatePage(reply, renderLookupPage(page, input), status);
      }
    },
  );
}
