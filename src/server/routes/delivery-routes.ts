import { z } from 'zod';
import { getDossierNotifications } from '../../services/notifications/get-dossier-notifications.ts';
import { listDemoMessages } from '../../services/notifications/list-demo-mailbox.ts';
import { defineRoute, type RouteDef } from '../routing.ts';

/** Delivery of the notification outbox: attempts, the demo mailbox. Issue #5 item 9. */
export const deliveryRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/:code/notifications',
    summary:
      'E-mail và SMS gửi người nộp hồ sơ, mỗi lần gửi (thời điểm, kênh, kết quả): hiện trong quá trình xử lý',
    tags: ['dossiers', 'notifications'],
    auth: 'session',
    params: z.object({ code: z.string().trim().min(5).max(80) }),
    responses: { 200: 'Danh sách', 404: 'Không có hồ sơ hoặc ngoài phạm vi' },
    handler: async ({ ctx, principal, params }) =>
      getDossierNotifications(ctx, principal, params.code),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/demo/mailbox',
    summary:
      'Hộp thư demo: e-mail và SMS (kể cả mã đăng nhập một lần) hệ thống giữ lại thay vì gửi; chỉ có ở chế độ demo',
    tags: ['notifications'],
    auth: 'none',
    query: z.object({
      to: z.string().trim().max(254).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    responses: { 200: 'Thư mới nhất trước', 404: 'Không ở chế độ demo' },
    rateLimit: { max: 120, timeWindow: '1 minute' },
    handler: async ({ ctx, query }) => listDemoMessages(ctx, query),
  }),
];
