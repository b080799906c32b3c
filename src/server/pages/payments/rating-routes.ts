import type { FastifyInstance, FastifyReply } from 'fastify';
import { isDomainError } from '../../../core/errors.ts';
import type { ServiceContext } from '../../../services/context.ts';
import {
  getCounterPrompt,
  rateAsCitizen,
  rateAtCounter,
} from '../../../services/ratings/rate-dossier.ts';
import { findDossierForCitizen } from '../../../services/results/citizen-access.ts';
import { httpStatusOf } from '../../http-errors.ts';
import type { PageContext } from '../page-context.ts';
import type { PaymentMessages } from './messages.ts';
import {
  codePattern,
  contextOf,
  form,
  guarded,
  invalidAnswers,
  open,
  orPage,
  type Req,
  text,
} from './page-helpers.ts';
import { sendPrivatePage } from './page-kit.ts';
import {
  renderCitizenRatingPage,
  renderRatingCheckPage,
  renderTabletPage,
  renderThanksPage,
} from './rating-pages.ts';

/** `/danh-gia/quay` (the counter tablet) and `/danh-gia/<code>` (QR of the receipt, online). */
export function registerRatingPages(app: FastifyInstance, ctx: ServiceContext) {
  const tabletOf = (query: Record<string, unknown>) => ({
    unitCode: text(query.unit, 80),
    counterNo: Number.parseInt(text(query.counter, 4), 10),
  });
  const showTablet = async (
    reply: FastifyReply,
    page: PageContext,
    m: PaymentMessages,
    where: { unitCode: string; counterNo: number },
    error?: string,
    values?: Record<string, string>,
    status = 200,
  ) => {
    if (!where.unitCode || !(where.counterNo >= 1 && where.counterNo <= 999)) {
      return sendPrivatePage(
        reply,
        renderTabletPage(
          page,
          m,
          { unit: { code: '', name: '' }, counterNo: 0, prompt: null },
          'Thiếu mã đơn vị hoặc số quầy (?unit=…&counter=…).',
        ),
        400,
      );
    }
    const view = await getCounterPrompt(ctx, where);
    return sendPrivatePage(reply, renderTabletPage(page, m, view, error, values), status);
  };
  app.get('/danh-gia/quay', { config: open }, async (request: Req, reply) => {
    const { page, m } = contextOf(request);
    return orPage(
      reply,
      () => showTablet(reply, page, m, tabletOf(request.query)),
      (message) =>
        renderTabletPage(
          page,
          m,
          { unit: { code: '', name: '' }, counterNo: 0, prompt: null },
          message,
        ),
    );
  });
  app.post('/danh-gia/quay', { config: guarded }, async (request: Req, reply) => {
    const { page, m } = contextOf(request);
    const body = form(request);
    const where = tabletOf(body);
    const { answers, error } = invalidAnswers(body);
    if (!answers) return showTablet(reply, page, m, where, error, body, 400);
    return orPage(
      reply,
      async () => {
        await rateAtCounter(ctx, {
          promptId: text(body.promptId, 40) || undefined,
          ticketId: text(body.ticketId, 40) || undefined,
          ...where,
          answers,
        });
        const back = `/danh-gia/quay?unit=${encodeURIComponent(where.unitCode)}&counter=${where.counterNo}`;
        return sendPrivatePage(reply, renderThanksPage(page, m, back), 201);
      },
      (message) => renderThanksPage(page, { ...m, thanks: m.errorTitle, thanksDetail: message }),
    );
  });
  app.get('/danh-gia/:code', { config: guarded }, async (request: Req, reply) => {
    const { page, m } = contextOf(request);
    const code = text(request.params.code);
    const channel = request.query.kenh === 'truc-tuyen' ? 'online' : 'qr';
    const check = text(request.query.check, 20);
    if (!codePattern.test(code) || !check)
      return sendPrivatePage(reply, renderRatingCheckPage(page, m, code.slice(0, 80), channel));
    return orPage(
      reply,
      async () => {
        const dossier = await findDossierForCitizen(ctx.db, code, check, ctx.clock.now());
        return sendPrivatePage(
          reply,
          renderCitizenRatingPage(page, m, {
            code: dossier.code,
            procedureName: dossier.procedureName,
            check,
            channel,
          }),
        );
      },
      (message) => renderRatingCheckPage(page, m, code, channel, message),
    );
  });
  app.post('/danh-gia/:code', { config: guarded }, async (request: Req, reply) => {
    const { page, m } = contextOf(request);
    const code = text(request.params.code);
    const body = form(request);
    const check = text(body.check, 20);
    const channel = body.channel === 'online' ? 'online' : 'qr';
    const again = (message: string, status: number) =>
      orPage(
        reply,
        async () => {
          const dossier = await findDossierForCitizen(ctx.db, code, check, ctx.clock.now());
          const view = { code: dossier.code, procedureName: dossier.procedureName, check, channel };
          return sendPrivatePage(
            reply,
            renderCitizenRatingPage(page, m, view, message, body),
            status,
          );
        },
        (failure) => renderRatingCheckPage(page, m, code, channel, failure),
      );
    const { answers, error } = invalidAnswers(body);
    if (!answers) return again(error!, 400);
    try {
      await rateAsCitizen(ctx, { code, check, channel, answers });
      return sendPrivatePage(reply, renderThanksPage(page, m), 201);
    } catch (failure) {
      if (isDomainError(failure) && failure.code === 'DUPLICATE')
        return sendPrivatePage(
          reply,
          renderThanksPage(page, { ...m, thanks: m.errorTitle, thanksDetail: failure.message }),
          409,
        );
      if (isDomainError(failure) && httpStatusOf[failure.code] < 500)
        return sendPrivatePage(
          reply,
          renderRatingCheckPage(page, m, code, channel, failure.message),
          httpStatusOf[failure.code],
        );
      throw failure;
    }
  });
}
