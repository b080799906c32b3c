import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, isDomainError } from '../core/errors.ts';
import { type ErrorBody, httpStatusOf } from './http-errors.ts';
import { renderErrorPage } from './pages/error-page.ts';

const connectionErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08003',
]);

/** Maps every failure to `{ code, message }` JSON (API) or a Vietnamese error page (browsers). */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const body = toErrorBody(error);
    body.requestId = request.id;
    const status = httpStatusOf[body.code];
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: body.code }, body.message);
    if (body.code === 'SERVICE_UNAVAILABLE') reply.header('retry-after', '5');
    return send(request, reply, status, body);
  });
  app.setNotFoundHandler((request, reply) =>
    send(request, reply, 404, {
      code: 'NOT_FOUND',
      message: `Không tìm thấy địa chỉ ${request.method} ${request.url.split('?')[0]}.`,
      requestId: request.id,
    }),
  );
}

function send(request: FastifyRequest, reply: FastifyReply, status: number, body: ErrorBody) {
  reply.status(status);
  if (wantsHtml(request))
    return reply.type('text/html; charset=utf-8').send(renderErrorPage(status, body));
  return reply.send(body);
}

function wantsHtml(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/')) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

export function toErrorBody(error: unknown): ErrorBody {
  if (isDomainError(error)) {
    return {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    };
  }
  const e = error as FastifyError & { code?: string; statusCode?: number };
  const fastifyCode = e.code ?? '';
  const mapped: Partial<Record<string, [ErrorCode, string]>> = {
    FST_ERR_CTP_BODY_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.'],
    FST_REQ_FILE_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 'Tệp tải lên quá lớn.'],
    FST_ERR_CTP_INVALID_JSON_BODY: ['VALIDATION_FAILED', 'Nội dung JSON không hợp lệ.'],
    FST_ERR_CTP_EMPTY_JSON_BODY: ['VALIDATION_FAILED', 'Nội dung JSON trống.'],
    FST_ERR_CTP_INVALID_MEDIA_TYPE: [
      'VALIDATION_FAILED',
      'Kiểu nội dung (Content-Type) không được hỗ trợ.',
    ],
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
      'VALIDATION_FAILED',
      'Content-Length không khớp với dữ liệu.',
    ],
    FST_ERR_BAD_URL: ['VALIDATION_FAILED', 'Địa chỉ không hợp lệ.'],
    FST_ERR_VALIDATION: ['VALIDATION_FAILED', 'Dữ liệu không hợp lệ.'],
  };
  const known = mapped[fastifyCode];
  if (known) return { code: known[0], message: known[1] };
  if (e.statusCode === 429)
    return { code: 'RATE_LIMITED', message: 'Quá nhiều yêu cầu; vui lòng thử lại sau.' };
  if (e.statusCode === 413)
    return { code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn.' };
  if (e.name === 'SyntaxError' || (e.statusCode === 400 && fastifyCode.startsWith('FST_'))) {
    return { code: 'VALIDATION_FAILED', message: 'Yêu cầu không hợp lệ.' };
  }
  if (
    connectionErrorCodes.has(fastifyCode) ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(
      e.message ?? '',
    )
  ) {
    return {
      code: 'SERVICE_UNAVAILABLE',
      message: 'Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít phút.',
    };
  }
  if (fastifyCode === '23505') {
    return {
      code: 'CONFLICT',
      message: 'Dữ liệu vừa được ghi bởi một yêu cầu khác; vui lòng thử lại.',
    };
  }
  if (fastifyCode === '22P02' || fastifyCode === '22007' || fastifyCode === '22008') {
    return { code: 'VALIDATION_FAILED', message: 'Giá trị không hợp lệ trong yêu cầu.' };
  }
  if (fastifyCode === '40001' || fastifyCode === '40P01') {
    return {
      code: 'CONFLICT',
      message: 'Dữ liệu đang được người khác cập nhật; vui lòng thử lại.',
    };
  }
  return {
    code: 'INTERNAL',
    message:
      'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại; nếu lỗi lặp lại, báo mã yêu cầu cho quản trị.',
  };
}
