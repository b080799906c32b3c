import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../../services/context.ts';
import {
  getFeesForCitizen,
  getOnlinePaymentStatus,
} from '../../../services/payments/citizen-payments.ts';
import {
  completeSimCheckout,
  getSimOrder,
  resendSimCallback,
} from '../../../services/payments/sim-checkout.ts';
import { startOnlinePayment } from '../../../services/payments/start-online-payment.ts';
import { paymentCallbackRoutes } from '../../routes/payment-routes.ts';
import { registerRoutes } from '../../routing.ts';
import {
  codePattern,
  contextOf,
  form,
  guarded,
  open,
  orPage,
  type Req,
  text,
  uuidPattern,
} from './page-helpers.ts';
import { sendPrivatePage } from './page-kit.ts';
import { renderPayCheckPage, renderPayPage, renderPayResultPage } from './payment-pages.ts';
import { registerRatingPages } from './rating-routes.ts';
import { renderSimCheckoutPage } from './sim-pages.ts';

/**
 * The simulated payment gateway's pages, the citizen's online payment pages and the rating pages
 * (issue #5 items 6 and 8), server-rendered, no JavaScript. Registered in their own scopes: one
 * reads form posts (application/x-www-form-urlencoded), one keeps the raw JSON bytes of the
 * gateway's signed callback.
 */
export function registerPaymentPages(app: FastifyInstance, ctx: ServiceContext): void {
  app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'buffer', bodyLimit: 64 * 1024 },
      (_r, body, done) => done(null, body),
    );
    registerRoutes(scope, paymentCallbackRoutes, ctx);
  });
  app.register(async (scope) => {
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 64 * 1024 },
        (_r, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
      );
    }
    registerPayPages(scope, ctx);
    registerSimPages(scope, ctx);
    registerRatingPages(scope, ctx);
  });
}

/** `/thanh-toan/<code>`: the citizen's online payment (second factor, fees, pay, come back). */
function registerPayPages(app: FastifyInstance, ctx: ServiceContext) {
  app.get('/thanh-toan/:code', { config: guarded }, async (request: Req, reply) => {
    const { page, m } = contextOf(request);
    const code = text(request.params.code);
    if (!codePattern.test(code))
      return sendPrivatePage(reply, renderPayCheckPage(page, m, code.slice(0, 80)), 404);
    const check = text(request.query.check, 20);
    if (!check) return sendPrivatePage(reply, renderPayCheckPage(page, m, code));
    return orPage(
      reply,
      async () =>
        sendPrivatePage(
          reply,
          renderPayPage(page, m, await getFeesForCitizen(ctx, { code, check }), check),
        ),
      (message) => renderPayCheckPage(page, m, code, message),
    );
  });
  app.post('/thanh-toan/:code', { config: guarded }, async (request: Req, reply) => {
    const { page, m } = contextOf(request);
    const code = text(request.params.code);
    const check = text(form(request).check, 20);
    return orPage(
      reply,
      async () => {
        const started = await startOnlinePayment(ctx, { code, check });
        return reply.header('cache-control', 'no-store').redirect(started.redirectUrl, 303);
      },
      (message) => renderPayCheckPage(page, m, code, message),
    );
  });
  app.get('/thanh-toan/:code/ket-qua', { config: open }, async (request: Req, reply) => {
    const { page, m } = contextOf(request);
    const code = text(request.params.code);
    return orPage(
      reply,
      async () =>
        sendPrivatePage(
          reply,
          renderPayResultPage(
            page,
            m,
            await getOnlinePaymentStatus(ctx, code, text(request.query.ref, 40)),
          ),
        ),
      (message) => renderPayCheckPage(page, m, code, message),
    );
  });
}

/** `/thanh-toan-mo-phong/<order>`: the simulated gateway's checkout (stands for a third party). */
function registerSimPages(app: FastifyInstance, ctx: ServiceContext) {
  const orderOf = (request: Req) => {
    const id = text(request.params.order, 40);
    return uuidPattern.test(id) ? id : '00000000-0000-0000-0000-000000000000';
  };
  const sim = { auth: 'none' as const };
  app.get('/thanh-toan-mo-phong/:order', { config: sim }, async (request: Req, reply) => {
    const { page, m } = contextOf(request);
    const order = await getSimOrder(ctx, orderOf(request));
    return sendPrivatePage(reply, renderSimCheckoutPage(m, order, page.lang));
  });
  app.post('/thanh-toan-mo-phong/:order', { config: sim }, async (request: Req, reply) => {
    const outcome = form(request).outcome === 'succeeded' ? 'succeeded' : 'failed';
    const done = await completeSimCheckout(ctx, orderOf(request), outcome);
    return reply.header('cache-control', 'no-store').redirect(done.returnUrl, 303);
  });
  app.post('/thanh-toan-mo-phong/:order/gui-lai', { config: sim }, async (request: Req, reply) => {
    await resendSimCallback(ctx, orderOf(request));
    return reply.redirect(`/thanh-toan-mo-phong/${orderOf(request)}`, 303);
  });
}
