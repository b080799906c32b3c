import { z } from 'zod';
import { parseInstant } from '../../core/calendar/index.ts';
import { deadlineUnits } from '../../core/catalogue/procedure-record.ts';
import { DomainError } from '../../core/errors.ts';
import { computeDueDate } from '../../services/calendar/compute-due-date.ts';
import { getCalendarDays } from '../../services/calendar/get-calendar-days.ts';
import { listCalendarOverrides } from '../../services/calendar/list-calendar-overrides.ts';
import {
  deleteCalendarOverride,
  setCalendarOverride,
} from '../../services/calendar/set-calendar-override.ts';
import { defineRoute } from '../routing.ts';

const isoDate = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD' });
const orgCode = z.string().trim().min(1).max(80).optional();

export const calendarRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/calendar/days',
    summary: 'Lịch làm việc: từng ngày, có phải ngày làm việc, lý do và tên ngày nghỉ',
    tags: ['calendar'],
    auth: 'optional',
    query: z.object({ from: isoDate, to: isoDate, org: orgCode }),
    responses: { 200: 'Danh sách ngày', 400: 'Sai tham số', 422: 'Ngoài phạm vi năm' },
    handler: async ({ ctx, query }) => getCalendarDays(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/calendar/due',
    summary: 'Tính hạn giải quyết từ thời điểm tiếp nhận, kèm giải thích',
    tags: ['calendar'],
    auth: 'optional',
    query: z.object({
      start: z.string().min(10).max(40),
      amount: z.coerce.number().min(0).max(10_000),
      unit: z.enum(deadlineUnits),
      org: orgCode,
    }),
    responses: { 200: 'Hạn và giải thích', 400: 'Sai tham số', 422: 'Ngoài phạm vi năm' },
    handler: async ({ ctx, query }) => {
      let start: number;
      try {
        start = parseInstant(query.start);
      } catch {
        throw new DomainError(
          'VALIDATION_FAILED',
          'start phải là thời điểm ISO 8601, ví dụ 2026-02-13T09:00:00+07:00.',
          {
            field: 'start',
          },
        );
      }
      return computeDueDate(ctx, { start, amount: query.amount, unit: query.unit, org: query.org });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/calendar/overrides',
    summary: 'Các điều chỉnh lịch (ngày nghỉ, ngày làm bù) của một năm',
    tags: ['calendar'],
    auth: 'optional',
    query: z.object({ year: z.coerce.number().int().min(2000).max(2100), org: orgCode }),
    responses: { 200: 'Danh sách điều chỉnh' },
    handler: async ({ ctx, query }) => ({ items: await listCalendarOverrides(ctx, query) }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/calendar/overrides/:date',
    summary: 'Đặt ngày nghỉ hoặc ngày làm bù (toàn tỉnh hoặc theo đơn vị)',
    tags: ['calendar'],
    auth: 'session',
    params: z.object({ date: isoDate }),
    body: z.object({
      kind: z.enum(['holiday', 'workday']),
      name: z.string().trim().min(1, 'Nhập tên ngày').max(200),
      org: orgCode,
    }),
    idempotency: 'optional',
    responses: { 200: 'Đã lưu', 403: 'Không có quyền' },
    handler: async ({ ctx, principal, params, body }) =>
      setCalendarOverride(ctx, principal, { ...body, date: params.date }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/calendar/overrides/:date',
    summary: 'Xóa điều chỉnh lịch của một ngày',
    tags: ['calendar'],
    auth: 'session',
    params: z.object({ date: isoDate }),
    query: z.object({ org: orgCode }),
    idempotency: 'optional',
    responses: { 204: 'Đã xóa', 403: 'Không có quyền', 404: 'Không có điều chỉnh' },
    handler: async ({ ctx, principal, params, query }) => {
      await deleteCalendarOverride(ctx, principal, { date: params.date, org: query.org });
      return { status: 204, body: undefined };
    },
  }),
];
