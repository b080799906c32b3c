import { z } from 'zod';
import {
  listMyNotifications,
  markNotificationRead,
} from '../../services/notifications/list-notifications.ts';
import { defineRoute } from '../routing.ts';

export const notificationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/notifications',
    summary: 'Thông báo trong hệ thống của người dùng, mới nhất trước',
    tags: ['notifications'],
    auth: 'session',
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
    responses: { 200: '{ items, unread }' },
    handler: async ({ ctx, principal, query }) => listMyNotifications(ctx, principal, query.limit),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/notifications/:id/read',
    summary: 'Đánh dấu đã đọc',
    tags: ['notifications'],
    auth: 'session',
    params: z.object({ id: z.uuid() }),
    responses: { 204: 'Đã đánh dấu', 404: 'Không có' },
    handler: async ({ ctx, principal, params }) => {
      await markNotificationRead(ctx, principal, params.id);
      return { status: 204, body: undefined };
    },
  }),
];
