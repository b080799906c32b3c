import { z } from 'zod';
import { priorityKinds } from '../../core/queue/queue-types.ts';
import { bookSlot, bookSlotSchema, listSlots } from '../../services/queue/book-slot.ts';
import { getBoard } from '../../services/queue/get-board.ts';
import { getPublicTicket } from '../../services/queue/get-ticket.ts';
import { issueTicket, issueTicketSchema } from '../../services/queue/issue-ticket.ts';
import { listKioskServices } from '../../services/queue/list-queue-units.ts';
import {
  bookingCodeSchema,
  cancelBooking,
  cancelBookingSchema,
  checkInBooking,
} from '../../services/queue/manage-booking.ts';
import { defineRoute, type RouteDef } from '../routing.ts';
import { streamQueueEvents } from './queue-event-stream.ts';

const unitParams = z.object({ code: z.string().trim().min(1).max(80) });
const codeParams = z.object({ code: bookingCodeSchema });

/**
 * Public queue routes: the kiosk, the display board and online booking. Writes are rate-limited
 * per address (a kiosk issues many tickets, so its limit is the highest).
 */
export const queuePublicRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/queue/units/:code/services',
    summary: 'Dịch vụ lấy số của đơn vị (máy lấy số, đặt lịch)',
    tags: ['queue', 'public'],
    auth: 'none',
    params: unitParams,
    responses: { 200: '{ unit, items }', 404: 'Không có đơn vị' },
    handler: async ({ ctx, params }) => listKioskServices(ctx, params.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/queue/units/:code/tickets',
    summary: 'Lấy số thứ tự tại máy lấy số (Điều 13 NĐ 118/2025); diện ưu tiên',
    tags: ['queue', 'public'],
    auth: 'none',
    params: unitParams,
    body: issueTicketSchema,
    idempotency: 'optional',
    rateLimit: { max: 60, timeWindow: '1 minute' },
    responses: {
      201: 'Số thứ tự, số người phía trước, thời gian chờ dự kiến',
      404: 'Không có',
      429: 'Quá nhiều yêu cầu',
    },
    handler: async ({ ctx, params, body }) => {
      const ticket = await issueTicket(ctx, params.code, body);
      return { status: 201, body: await getPublicTicket(ctx, ticket.id) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/queue/tickets/:id/public',
    summary: 'Trạng thái một số thứ tự (trang phiếu): số người phía trước, thời gian chờ dự kiến',
    tags: ['queue', 'public'],
    auth: 'none',
    params: z.object({ id: z.uuid('Mã không hợp lệ') }),
    responses: { 200: 'Số thứ tự', 404: 'Không có' },
    handler: async ({ ctx, params }) => getPublicTicket(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/queue/units/:code/board',
    summary: 'Màn hình hiển thị: số đang gọi ở từng quầy, các lượt gọi gần nhất, số người chờ',
    tags: ['queue', 'public'],
    auth: 'none',
    params: unitParams,
    responses: { 200: 'Bảng', 404: 'Không có đơn vị' },
    handler: async ({ ctx, params }) => getBoard(ctx, params.code),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/queue/units/:code/events',
    summary: 'Luồng sự kiện (text/event-stream): board khi bảng thay đổi, call mỗi lượt gọi',
    tags: ['queue', 'public'],
    auth: 'none',
    params: unitParams,
    responses: { 200: 'text/event-stream', 404: 'Không có đơn vị' },
    handler: async ({ ctx, params, request, reply }) => {
      await streamQueueEvents(ctx, params.code, request, reply);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/queue/units/:code/slots',
    summary: 'Khung giờ đặt lịch của một dịch vụ trong ngày, còn bao nhiêu chỗ',
    tags: ['queue', 'public'],
    auth: 'none',
    params: unitParams,
    query: z.object({
      service: z.uuid('Chọn dịch vụ'),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD')
        .optional(),
    }),
    responses: { 200: 'Khung giờ', 404: 'Không có', 422: 'Ngoài khoảng đặt lịch' },
    handler: async ({ ctx, params, query }) =>
      listSlots(ctx, { unitCode: params.code, serviceId: query.service, date: query.date }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/queue/bookings',
    summary:
      'Đặt lịch trực tuyến: tối đa 2 lượt/người/ngày, trước tối đa 6 ngày, trong giờ làm việc',
    tags: ['queue', 'public'],
    auth: 'none',
    body: bookSlotSchema,
    idempotency: 'optional',
    rateLimit: { max: 10, timeWindow: '10 minutes' },
    responses: {
      201: 'Mã đặt lịch',
      404: 'Không có',
      422: 'Vi phạm quy định đặt lịch',
      429: 'Quá nhiều yêu cầu',
    },
    handler: async ({ ctx, body }) => ({ status: 201, body: await bookSlot(ctx, body) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/queue/bookings/:code/cancel',
    summary: 'Hủy lịch hẹn bằng mã đặt lịch và số CCCD',
    tags: ['queue', 'public'],
    auth: 'none',
    params: codeParams,
    body: cancelBookingSchema,
    idempotency: 'optional',
    rateLimit: { max: 10, timeWindow: '10 minutes' },
    responses: {
      200: 'Đã hủy',
      404: 'Không có (mã hoặc CCCD sai)',
      422: 'Đã dùng hoặc đã hủy',
      429: 'Quá nhiều yêu cầu',
    },
    handler: async ({ ctx, params, body }) => cancelBooking(ctx, params.code, body.idNumber),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/queue/bookings/:code/check-in',
    summary: 'Xác nhận lịch hẹn tại máy lấy số: nhận số xếp theo giờ hẹn (đến muộn: theo giờ đến)',
    tags: ['queue', 'public'],
    auth: 'none',
    params: codeParams,
    body: z.object({
      unitCode: z.string().trim().max(80).optional(),
      priority: z.enum(priorityKinds).default('none'),
    }),
    idempotency: 'optional',
    rateLimit: { max: 30, timeWindow: '1 minute' },
    responses: {
      201: 'Số thứ tự',
      404: 'Không có',
      422: 'Sai ngày, sai nơi, đã dùng',
      429: 'Quá nhiều yêu cầu',
    },
    handler: async ({ ctx, params, body }) => {
      const { ticket, onTime } = await checkInBooking(ctx, params.code, body);
      return { status: 201, body: { ...(await getPublicTicket(ctx, ticket.id)), onTime } };
    },
  }),
];
