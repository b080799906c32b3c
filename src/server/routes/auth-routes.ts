import { z } from 'zod';
import { getMe } from '../../services/auth/get-me.ts';
import { loadPrincipal } from '../../services/auth/load-principal.ts';
import { login } from '../../services/auth/login.ts';
import { logout } from '../../services/auth/logout.ts';
import { sessionCookie, sessionCookieOptions } from '../auth-hooks.ts';
import { defineRoute } from '../routing.ts';

const loginBody = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập').max(64),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});

export function authRoutes(options: { cookieSecure: boolean }) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/login',
      summary: 'Đăng nhập bằng tên và mật khẩu; đặt cookie phiên HttpOnly',
      tags: ['auth'],
      auth: 'none',
      body: loginBody,
      rateLimit: { max: 20, timeWindow: '1 minute' },
      responses: {
        200: 'Đăng nhập thành công',
        401: 'Sai thông tin',
        423: 'Tài khoản bị khóa tạm thời',
      },
      handler: async ({ body, ctx, request, reply }) => {
        const result = await login(ctx, {
          username: body.username,
          password: body.password,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        reply.setCookie(
          sessionCookie,
          result.token,
          sessionCookieOptions(options.cookieSecure, result.expiresAt),
        );
        const principal = await loadPrincipal(ctx, result.userId, result.tenantId, result.username);
        const me = await getMe(ctx, principal);
        return { ...me, csrfToken: result.csrfToken, expiresAt: result.expiresAt.toISOString() };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/logout',
      summary: 'Đăng xuất: hủy phiên phía máy chủ',
      tags: ['auth'],
      auth: 'optional',
      responses: { 204: 'Đã đăng xuất' },
      handler: async ({ ctx, request, reply }) => {
        const token = request.cookies[sessionCookie];
        if (token) await logout(ctx, token, request.ip);
        reply.clearCookie(sessionCookie, sessionCookieOptions(options.cookieSecure));
        return { status: 204, body: undefined };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/auth/me',
      summary: 'Người dùng đang đăng nhập, các đơn vị và vai trò',
      tags: ['auth'],
      auth: 'session',
      responses: { 200: 'Thông tin người dùng', 401: 'Chưa đăng nhập' },
      handler: async ({ ctx, principal, request }) => ({
        ...(await getMe(ctx, principal)),
        csrfToken: request.auth?.csrfToken,
      }),
    }),
  ];
}
