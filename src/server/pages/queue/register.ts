import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError } from '../../../core/errors.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { getBoard } from '../../../services/queue/get-board.ts';
import { getPublicTicket } from '../../../services/queue/get-ticket.ts';
import { issueTicket, issueTicketSchema } from '../../../services/queue/issue-ticket.ts';
import { listKioskServices, listQueueUnits } from '../../../services/queue/list-queue-units.ts';
import { bookingCodeSchema, checkInBooking } from '../../../services/queue/manage-booking.ts';
import { closeQueueStreams } from '../../routes/queue-event-stream.ts';
import { renderNotFoundPage } from '../error-page.ts';
import { boardCsp, renderBoardPage } from './board-page.ts';
import { registerBooking } from './booking-forms.ts';
import { renderKioskIndex, renderKioskPage, renderTicketPage } from './kiosk-page.ts';
import {
  type Form,
  limited,
  page,
  parse,
  type Query,
  refusal,
  send,
  uuidPattern,
  words,
} from './page-helpers.ts';

/**
 * Kiosk ticket page, printable ticket, online booking and the live display board (server-sent
 * events, voice). Issue #5 item 1. Forms post urlencoded bodies, parsed in this scope only.
 */
export function registerQueuePages(app: FastifyInstance, ctx: ServiceContext): void {
  // Open event streams would keep the server from closing.
  app.addHook('preClose', closeQueueStreams);
  app.register(async (scope) => {
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded'))
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 16_384 },
        (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
      );
    registerKiosk(scope, ctx);
    registerBooking(scope, ctx);
  });
}

async function renderKiosk(
  ctx: ServiceContext,
  request: FastifyRequest,
  reply: FastifyReply,
  unitCode: string,
  error?: { message: string; status: number },
  code?: string,
) {
  const { context, q } = words(request);
  try {
    const { unit, items } = await listKioskServices(ctx, unitCode);
    const body = renderKioskPage(context, q, {
      unit,
      services: items,
      error: error?.message,
      code,
    });
    return send(reply, body, error?.status ?? 200);
  } catch (failure) {
    if (isDomainError(failure) && failure.code === 'NOT_FOUND')
      return send(reply, renderNotFoundPage(context, q.unitNotFound), 404);
    throw failure;
  }
}

function registerKiosk(app: FastifyInstance, ctx: ServiceContext) {
  app.get<Query>('/quay/lay-so', page, async (request, reply) => {
    const unit = request.query.unit;
    if (unit) return renderKiosk(ctx, request, reply, unit.slice(0, 80));
    const { context, q } = words(request);
    return send(reply, renderKioskIndex(context, q, await listQueueUnits(ctx)));
  });

  app.post<{ Body: Form }>('/quay/lay-so', limited(60, '1 minute'), async (request, reply) => {
    const form = request.body ?? {};
    try {
      const input = parse(issueTicketSchema, {
        serviceId: form.service,
        priority: form.priority || 'none',
      });
      const ticket = await issueTicket(ctx, String(form.unit ?? ''), input);
      return reply.redirect(`/quay/so/${ticket.id}`, 303);
    } catch (error) {
      return renderKiosk(ctx, request, reply, String(form.unit ?? ''), refusal(error));
    }
  });

  app.post<{ Body: Form }>('/quay/lay-so/hen', limited(30, '1 minute'), async (request, reply) => {
    const form = request.body ?? {};
    try {
      const code = parse(bookingCodeSchema, form.code ?? '');
      const { ticket, onTime } = await checkInBooking(ctx, code, { unitCode: form.unit });
      return reply.redirect(`/quay/so/${ticket.id}?hen=${onTime ? 'dung-gio' : 'muon'}`, 303);
    } catch (error) {
      return renderKiosk(ctx, request, reply, String(form.unit ?? ''), refusal(error), form.code);
    }
  });

  app.get<{ Params: { id: string }; Querystring: Form }>(
    '/quay/so/:id',
    page,
    async (request, reply) => {
      const { context, q } = words(request);
      if (!uuidPattern.test(request.params.id))
        return send(reply, renderNotFoundPage(context, q.ticketTitle), 404);
      try {
        const ticket = await getPublicTicket(ctx, request.params.id);
        const hen = request.query.hen;
        return send(
          reply,
          renderTicketPage(
            context,
            q,
            ticket,
            hen === 'dung-gio' ? true : hen === 'muon' ? false : null,
          ),
        );
      } catch (error) {
        if (isDomainError(error) && error.code === 'NOT_FOUND')
          return send(reply, renderNotFoundPage(context, q.ticketTitle), 404);
        throw error;
      }
    },
  );

  app.get<Query>('/quay/man-hinh', page, async (request, reply) => {
    const { context, q } = words(request);
    const unit = request.query.unit;
    if (!unit)
      return send(reply, renderKioskIndex(context, q, await listQueueUnits(ctx), '/quay/man-hinh'));
    try {
      return send(
        reply,
        renderBoardPage(context, q, await getBoard(ctx, unit.slice(0, 80))),
        200,
        boardCsp,
      );
    } catch (error) {
      if (isDomainError(error) && error.code === 'NOT_FOUND')
        return send(reply, renderNotFoundPage(context, q.unitNotFound), 404);
      throw error;
    }
  });
}
