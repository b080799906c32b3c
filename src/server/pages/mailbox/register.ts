import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../../services/context.ts';
import { listDemoMessages } from '../../../services/notifications/list-demo-mailbox.ts';
import { renderNotFoundPage } from '../error-page.ts';
import { pageContextOf, portalCsp, sendPage } from '../page-context.ts';
import { renderMailboxPage } from './mailbox-page.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Demo mode: portal pages link the demo mailbox (set by registerMailboxPages). */
    demoMailbox: boolean;
  }
}

/**
 * The demo mailbox: e-mails and SMS the stand-in adapters kept (demo mode only). Issue #5 item 9.
 * Outside demo mode the page does not exist (404), whatever the mailbox table holds.
 */
export function registerMailboxPages(app: FastifyInstance, ctx: ServiceContext): void {
  // Read by pageContextOf: every portal page's footer links the mailbox in demo mode.
  app.decorateRequest('demoMailbox', ctx.settings.demoMode);
  app.get<{ Querystring: { to?: unknown } }>(
    '/hop-thu-demo',
    { config: { auth: 'none' } },
    async (request, reply) => {
      const page = pageContextOf(request);
      if (!ctx.settings.demoMode)
        return sendPage(reply, renderNotFoundPage(page, page.t.notFoundTitle), 404);
      const to = typeof request.query.to === 'string' ? request.query.to.slice(0, 254) : undefined;
      const data = await listDemoMessages(ctx, { to, limit: 50 });
      // Codes and personal messages: never cached, by the browser or a proxy.
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', portalCsp)
        .header('cache-control', 'no-store')
        .header('x-robots-tag', 'noindex')
        .send(renderMailboxPage(page, data));
    },
  );
}
