import { z } from 'zod';
import type { Principal } from '../../core/organisation/permissions.ts';
import type { ServiceContext } from '../../services/context.ts';
import { callNext } from '../../services/queue/call-next.ts';
import {
  counterInputSchema,
  createQueueCounter,
  createQueueService,
  getQueueConfig,
  serviceInputSchema,
  updateQueueCounter,
  updateQueueService,
} from '../../services/queue/configure-queue.ts';
import { openCounter, setCounterAway } from '../../services/queue/counter-session.ts';
import { getMyCounter, listCounters } from '../../services/queue/counter-views.ts';
import { getQueueStats, statsQuerySchema } from '../../services/queue/get-queue-stats.ts';
import { getTicketDetail } from '../../services/queue/get-ticket.ts';
import { listQueueUnits } from '../../services/queue/list-queue-units.ts';
import { listWaiting } from '../../services/queue/list-waiting.ts';
import {
  cancelTicket,
  finishTicket,
  recallTicket,
  skipTicket,
  startServing,
  transferSchema,
  transferTicket,
} from '../../services/queue/ticket-actions.ts';
import { defineRoute, type RouteDef } from '../routing.ts';
import { queuePublicRoutes } from './queue-public-routes.ts';

const unitParams = z.object({ code: z.string().trim().min(1).max(80) });
const idParams = z.object({ id: z.uuid('Mã không hợp lệ') });
const held = {
  200: 'Đã thực hiện',
  403: 'Không có quyền queue.serve tại đơn vị',
  404: 'Không có',
  409: 'Trạng thái không cho phép hoặc vừa bị thay đổi',
  422: 'Quầy chưa mở, đang bận hoặc đang tạm nghỉ',
};

type TicketAct = (ctx: ServiceContext, p: Principal, id: string) => Promise<{ id: string }>;

/** One officer action on a ticket at the counter they hold; answers the ticket as it is now. */
function ticketAction(path: string, summary: string, act: TicketAct): RouteDef {
  return defineRoute({
    method: 'POST',
    url: `/api/v1/queue/tickets/:id/${path}`,
    summary,
    tags: ['queue'],
    auth: 'session',
    params: idParams,
    idempotency: 'optional',
    responses: held,
    handler: async ({ ctx, principal, params }) => {
      const ticket = await act(ctx, principal, params.id);
      return getTicketDetail(ctx, principal, ticket.id);
    },
  });
}

type CounterAct = (ctx: ServiceContext, p: Principal, id: string) => Promise<void>;

/** Open, pause or close the counter; answers the officer's counter as it is now. */
function counterAction(path: string, summary: string, act: CounterAct): RouteDef {
  return defineRoute({
    method: 'POST',
    url: `/api/v1/queue/counters/:id/${path}`,
    summary,
    tags: ['queue'],
    auth: 'session',
    params: idParams,
    idempotency: 'optional',
    responses: held,
    handler: async ({ ctx, principal, params }) => {
      await act(ctx, principal, params.id);
      return getMyCounter(ctx, principal);
    },
  });
}

/** The queue (Decree 118/2025 Art. 13): tickets, counters, calls, bookings. Issue #5 item 1. */
export const queueRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/queue/units',
    summary: 'Bộ phận một cửa có hàng đợi mà cán bộ phục vụ hoặc quản lý',
    tags: ['queue'],
    auth: 'session',
    responses: { 200: '{ items }' },
    handler: async ({ ctx, principal }) => ({ items: await listQueueUnits(ctx, principal) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/queue/units/:code/counters',
    summary: 'Các quầy của đơn vị: cán bộ đang phục vụ, số đang gọi',
    tags: ['queue'],
    auth: 'session',
    params: unitParams,
    responses: { 200: 'Quầy và dịch vụ', 403: 'Không có quyền', 404: 'Không có đơn vị' },
    handler: async ({ ctx, principal, params }) => listCounters(ctx, principal, params.code),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/queue/units/:code/waiting',
    summary: 'Danh sách chờ theo quy tắc công bằng, số người phía trước và thời gian chờ dự kiến',
    tags: ['queue'],
    auth: 'session',
    params: unitParams,
    query: z.object({ counter: z.uuid().optional() }),
    responses: { 200: 'Danh sách chờ', 403: 'Không có quyền', 404: 'Không có đơn vị' },
    handler: async ({ ctx, principal, params, query }) =>
      listWaiting(ctx, principal, params.code, query.counter),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/queue/units/:code/stats',
    summary:
      'Thống kê trong ngày: thời gian chờ và phục vụ (số lượt, trung bình, p90) theo dịch vụ và quầy',
    tags: ['queue'],
    auth: 'session',
    params: unitParams,
    query: statsQuerySchema,
    responses: { 200: 'Thống kê', 403: 'Không có quyền', 404: 'Không có đơn vị' },
    handler: async ({ ctx, principal, params, query }) =>
      getQueueStats(ctx, principal, params.code, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/queue/me',
    summary: 'Quầy cán bộ đang phục vụ, số hiện tại và các số đã bỏ qua',
    tags: ['queue'],
    auth: 'session',
    responses: { 200: '{ counter, unit, current, skipped }' },
    handler: async ({ ctx, principal }) => getMyCounter(ctx, principal),
  }),
  counterAction('open', 'Mở (hoặc mở lại) quầy với tài khoản đang đăng nhập', openCounter),
  counterAction('pause', 'Tạm nghỉ quầy (không gọi số, không tính vào thời gian chờ)', (c, p, id) =>
    setCounterAway(c, p, id, 'paused'),
  ),
  counterAction('close', 'Đóng quầy', (c, p, id) => setCounterAway(c, p, id, 'closed')),
  defineRoute({
    method: 'POST',
    url: '/api/v1/queue/counters/:id/call-next',
    summary:
      'Gọi số tiếp theo theo quy tắc công bằng (hai quầy gọi cùng lúc không bao giờ trùng số)',
    tags: ['queue'],
    auth: 'session',
    params: idParams,
    idempotency: 'optional',
    responses: { ...held, 200: '{ ticket } — ticket null khi không còn ai chờ' },
    handler: async ({ ctx, principal, params }) => {
      const ticket = await callNext(ctx, principal, params.id);
      return ticket
        ? { ticket: await getTicketDetail(ctx, principal, ticket.id), message: null }
        : { ticket: null, message: 'Không còn số nào đang chờ cho quầy này.' };
    },
  }),
  ticketAction('recall', 'Gọi lại số (cả số đã bỏ qua khi người dân quay lại)', recallTicket),
  ticketAction('start', 'Bắt đầu phục vụ số đã gọi', startServing),
  ticketAction('finish', 'Hoàn thành phục vụ', finishTicket),
  ticketAction('skip', 'Bỏ qua số đã gọi (vắng mặt)', skipTicket),
  ticketAction('cancel', 'Hủy số đang chờ', cancelTicket),
  defineRoute({
    method: 'POST',
    url: '/api/v1/queue/tickets/:id/transfer',
    summary: 'Chuyển số sang quầy hoặc dịch vụ khác, giữ nguyên thứ tự',
    tags: ['queue'],
    auth: 'session',
    params: idParams,
    body: transferSchema,
    idempotency: 'optional',
    responses: held,
    handler: async ({ ctx, principal, params, body }) => {
      const ticket = await transferTicket(ctx, principal, params.id, body);
      return getTicketDetail(ctx, principal, ticket.id);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/queue/tickets/:id',
    summary: 'Một số thứ tự: người đặt lịch, hồ sơ đã tiếp nhận từ số, các mốc thời gian',
    tags: ['queue'],
    auth: 'session',
    params: idParams,
    responses: { 200: 'Số thứ tự', 403: 'Không có quyền', 404: 'Không có' },
    handler: async ({ ctx, principal, params }) => getTicketDetail(ctx, principal, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/queue/units/:code/config',
    summary: 'Cấu hình hàng đợi: dịch vụ và quầy (queue.manage)',
    tags: ['queue'],
    auth: 'session',
    params: unitParams,
    responses: { 200: '{ services, counters }', 403: 'Không có quyền queue.manage' },
    handler: async ({ ctx, principal, params }) => getQueueConfig(ctx, principal, params.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/queue/units/:code/services',
    summary: 'Thêm dịch vụ lấy số (chữ cái đầu số, lĩnh vực, khung đặt lịch)',
    tags: ['queue'],
    auth: 'session',
    params: unitParams,
    body: serviceInputSchema,
    idempotency: 'optional',
    responses: { 201: 'Đã thêm', 403: 'Không có quyền queue.manage', 409: 'Trùng chữ cái' },
    handler: async ({ ctx, principal, params, body }) => ({
      status: 201,
      body: await createQueueService(ctx, principal, params.code, body),
    }),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/queue/services/:id',
    summary: 'Sửa dịch vụ lấy số',
    tags: ['queue'],
    auth: 'session',
    params: idParams,
    body: serviceInputSchema.partial(),
    idempotency: 'optional',
    responses: { 200: 'Đã sửa', 403: 'Không có quyền queue.manage', 409: 'Trùng chữ cái' },
    handler: async ({ ctx, principal, params, body }) =>
      updateQueueService(ctx, principal, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/queue/units/:code/counters',
    summary: 'Thêm quầy (số quầy, dịch vụ phục vụ, quầy ưu tiên)',
    tags: ['queue'],
    auth: 'session',
    params: unitParams,
    body: counterInputSchema,
    idempotency: 'optional',
    responses: { 201: 'Đã thêm', 403: 'Không có quyền queue.manage', 409: 'Trùng số quầy' },
    handler: async ({ ctx, principal, params, body }) => ({
      status: 201,
      body: await createQueueCounter(ctx, principal, params.code, body),
    }),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/queue/counters/:id',
    summary: 'Sửa quầy',
    tags: ['queue'],
    auth: 'session',
    params: idParams,
    body: counterInputSchema.partial(),
    idempotency: 'optional',
    responses: { 200: 'Đã sửa', 403: 'Không có quyền queue.manage', 409: 'Trùng số quầy' },
    handler: async ({ ctx, principal, params, body }) =>
      updateQueueCounter(ctx, principal, params.id, body),
  }),
  ...queuePublicRoutes,
];
