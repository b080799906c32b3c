import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDomainError } from '../../../core/errors.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { bookSlot, bookSlotSchema, listSlots } from '../../../services/queue/book-slot.ts';
import { listKioskServices, listQueueUnits } from '../../../services/queue/list-queue-units.ts';
import {
  bookingCodeSchema,
  cancelBooking,
  getBookingById,
} from '../../../services/queue/manage-booking.ts';
import { renderNotFoundPage } from '../error-page.ts';
import { renderBookingDone, renderBookingPage, renderCancelPage } from './booking-page.ts';
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
 * `/dat-lich`: choose office, field and day by GET, book by POST (redirect to the confirmation),
 * cancel with the code and the ID number. Refusals re-render the form with what was typed.
 */
export function registerBooking(app: FastifyInstance, ctx: ServiceContext) {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: Form,
    error?: { message: string; status: number },
  ) => {
    const { context, q } = words(request);
    const units = await listQueueUnits(ctx);
    const unit = units.find((u) => u.code === form.unit);
    const services = unit ? (await listKioskServices(ctx, unit.code)).items : undefined;
    const serviceId = services?.find((s) => s.id === form.service && s.bookingEnabled)?.id;
    let slots: Awaited<ReturnType<typeof listSlots>> | undefined;
    let failure = error;
    if (unit && serviceId) {
      try {
        slots = await listSlots(ctx, {
          unitCode: unit.code,
          serviceId,
          date: form.date || undefined,
        });
      } catch (e) {
        failure ??= refusal(e);
        slots = await listSlots(ctx, { unitCode: unit.code, serviceId });
      }
    }
    const body = renderBookingPage(context, q, {
      units,
      unit,
      services,
      serviceId,
      slots,
      values: form,
      error: failure?.message,
    });
    return send(reply, body, failure?.status ?? 200);
  };

  app.get<Query>('/dat-lich', page, async (request, reply) => show(request, reply, request.query));

  app.post<{ Body: Form }>('/dat-lich', limited(10, '10 minutes'), async (request, reply) => {
    const form = request.body ?? {};
    try {
      const input = parse(bookSlotSchema, {
        unitCode: form.unit,
        serviceId: form.service,
        slotStart: form.slotStart,
        fullName: form.fullName,
        idNumber: form.idNumber,
        phone: form.phone,
      });
      const booking = await bookSlot(ctx, input);
      return reply.redirect(`/dat-lich/xac-nhan/${booking.id}`, 303);
    } catch (error) {
      return show(request, reply, form, refusal(error));
    }
  });

  app.get<{ Params: { id: string } }>('/dat-lich/xac-nhan/:id', page, async (request, reply) => {
    const { context, q } = words(request);
    if (!uuidPattern.test(request.params.id))
      return send(reply, renderNotFoundPage(context, q.bookingCode), 404);
    try {
      return send(
        reply,
        renderBookingDone(context, q, await getBookingById(ctx, request.params.id)),
      );
    } catch (error) {
      if (isDomainError(error)) return send(reply, renderNotFoundPage(context, q.bookingCode), 404);
      throw error;
    }
  });

  app.get<Query>('/dat-lich/huy', page, async (request, reply) => {
    const { context, q } = words(request);
    return send(reply, renderCancelPage(context, q, { code: request.query.code }));
  });

  app.post<{ Body: Form }>('/dat-lich/huy', limited(10, '10 minutes'), async (request, reply) => {
    const { context, q } = words(request);
    const form = request.body ?? {};
    try {
      const code = parse(bookingCodeSchema, form.code ?? '');
      await cancelBooking(ctx, code, String(form.idNumber ?? '').trim());
      return send(reply, renderCancelPage(context, q, { done: true }));
    } catch (error) {
      const { message, status } = refusal(error);
      return send(reply, renderCancelPage(context, q, { code: form.code, error: message }), status);
    }
  });
}
