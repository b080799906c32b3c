import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import {
  renderReconciliationXlsx,
  renderSettlementXlsx,
} from '../../services/payments/export-payment-reports.ts';
import {
  getDossierPayments,
  setDossierFeeTotal,
} from '../../services/payments/get-dossier-payments.ts';
import { handleGatewayCallback } from '../../services/payments/handle-gateway-callback.ts';
import { listCallbacks } from '../../services/payments/list-callbacks.ts';
import { reconcilePayments } from '../../services/payments/reconcile-payments.ts';
import {
  counterPaymentSchema,
  recordCounterPayment,
} from '../../services/payments/record-counter-payment.ts';
import { reportFeeSettlement } from '../../services/payments/report-fee-settlement.ts';
import { reportPeriodSchema } from '../../services/payments/report-period.ts';
import { startOnlinePayment } from '../../services/payments/start-online-payment.ts';
import { contentDisposition } from '../http-files.ts';
import { defineRoute, type RouteDef } from '../routing.ts';

const codeParams = z.object({ code: z.string().trim().min(5).max(80) });
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The second factor on public routes: 4 digits of the phone or the identity number. */
export const checkField = z
  .string()
  .trim()
  .min(4, 'Nhập 4 số cuối điện thoại hoặc số giấy tờ')
  .max(20);
export const publicRateLimit = { max: 20, timeWindow: '1 minute' };

/** Fees and payments (Decree 118/2025 Art. 24). Issue #5 item 6. */
export const paymentRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/:code/payments',
    summary: 'Phí, lệ phí của hồ sơ theo biểu phí đã công bố, số đã nộp, còn phải nộp, các lần nộp',
    tags: ['payments'],
    auth: 'session',
    params: codeParams,
    responses: { 200: 'Phí và các khoản đã nộp', 404: 'Không có hồ sơ' },
    handler: async ({ ctx, principal, params }) => getDossierPayments(ctx, principal, params.code),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/dossiers/:code/fees',
    summary: 'Cán bộ xác định số phí phải nộp (phí tính theo trang, bản hoặc chưa có mức cố định)',
    tags: ['payments'],
    auth: 'session',
    params: codeParams,
    body: z.object({ totalVnd: z.number().int().min(0).max(10_000_000_000) }),
    idempotency: 'optional',
    responses: { 200: 'Đã cập nhật', 403: 'Không có quyền thu phí', 422: 'Nhỏ hơn số đã thu' },
    handler: async ({ ctx, principal, params, body }) =>
      setDossierFeeTotal(ctx, principal, params.code, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/dossiers/:code/payments',
    summary: 'Thu phí tại quầy (tiền mặt, chuyển khoản) và cấp số biên lai',
    tags: ['payments'],
    auth: 'session',
    params: codeParams,
    body: counterPaymentSchema,
    idempotency: 'required',
    responses: {
      201: 'Đã thu; trả về biên lai',
      400: 'Thiếu Idempotency-Key hoặc dữ liệu sai',
      403: 'Không có quyền thu phí tại đơn vị',
      422: 'Không còn phí phải nộp, hoặc vượt số phải nộp',
    },
    handler: async ({ ctx, principal, params, body }) => ({
      status: 201,
      body: await recordCounterPayment(ctx, principal, params.code, body),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/public/dossiers/:code/payments',
    summary:
      'Công dân thanh toán trực tuyến (mã hồ sơ + yếu tố xác minh): mở đơn trên cổng thanh toán, trả về địa chỉ chuyển tới',
    tags: ['payments', 'public'],
    auth: 'none',
    params: codeParams,
    body: z.object({ check: checkField }),
    rateLimit: publicRateLimit,
    responses: {
      201: '{ paymentId, amountVnd, redirectUrl }',
      404: 'Sai mã hồ sơ hoặc yếu tố xác minh (không phân biệt)',
      422: 'Không còn phí phải nộp',
      503: 'Chưa cấu hình thanh toán trực tuyến',
    },
    handler: async ({ ctx, params, body }) => ({
      status: 201,
      body: await startOnlinePayment(ctx, { code: params.code, check: body.check }),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/payments/reconciliation',
    summary:
      'Đối soát cổng thanh toán với số đã ghi nhận trong kỳ (khớp, thiếu, lệch) và thời hạn 8 giờ làm việc; format=xlsx để tải Excel',
    tags: ['payments', 'reports'],
    auth: 'session',
    query: reportPeriodSchema,
    responses: { 200: 'Báo cáo (JSON hoặc XLSX)', 403: 'Không có quyền đối soát' },
    handler: async ({ ctx, principal, query, reply }) => {
      const report = await reconcilePayments(ctx, principal, query);
      if (query.format === 'json') return report;
      reply
        .header('content-type', xlsxType)
        .header(
          'content-disposition',
          contentDisposition(`doi-soat-${query.from}-${query.to}.xlsx`),
        );
      return { body: await renderReconciliationXlsx(report, ctx.clock.now()) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/payments/settlement',
    summary:
      'Quyết toán phí theo cơ quan, theo tháng (Điều 12, 24 NĐ 118/2025); format=xlsx để tải Excel',
    tags: ['payments', 'reports'],
    auth: 'session',
    query: reportPeriodSchema,
    responses: { 200: 'Báo cáo (JSON hoặc XLSX)', 403: 'Không có quyền đối soát' },
    handler: async ({ ctx, principal, query, reply }) => {
      const report = await reportFeeSettlement(ctx, principal, query);
      if (query.format === 'json') return report;
      reply
        .header('content-type', xlsxType)
        .header(
          'content-disposition',
          contentDisposition(`quyet-toan-phi-${query.from}-${query.to}.xlsx`),
        );
      return { body: await renderSettlementXlsx(report, ctx.clock.now()) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/payments/callbacks',
    summary: 'Nhật ký thông báo từ cổng thanh toán (kể cả bị từ chối)',
    tags: ['payments'],
    auth: 'session',
    query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
    responses: { 200: 'Nhật ký', 403: 'Không có quyền đối soát' },
    handler: async ({ ctx, principal, query }) => ({
      items: await listCallbacks(ctx, principal, query.limit),
    }),
  }),
];

/**
 * The gateway's server-to-server callback. Registered apart (pages/payments/register.ts) in a
 * scope whose JSON parser keeps the raw bytes: the signature covers the body exactly as sent.
 */
export const paymentCallbackRoutes: RouteDef[] = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/payments/callbacks/:gateway',
    summary: 'Thông báo kết quả thanh toán từ cổng (ký HMAC-SHA256, có thời điểm; áp dụng một lần)',
    tags: ['payments'],
    auth: 'none',
    params: z.object({ gateway: z.string().regex(/^[a-z0-9_-]{1,30}$/) }),
    responses: {
      200: '{ received: true, result: applied | duplicate }',
      401: 'Sai chữ ký hoặc quá 5 phút',
      404: 'Không có giao dịch',
      422: 'Lệch số tiền',
    },
    handler: async ({ ctx, params, request }) => {
      if (!Buffer.isBuffer(request.body)) {
        throw new DomainError(
          'VALIDATION_FAILED',
          'Thông báo thanh toán phải là JSON (application/json).',
        );
      }
      return handleGatewayCallback(ctx, {
        gateway: params.gateway,
        rawBody: request.body,
        headers: request.headers,
        remoteIp: request.ip,
      });
    },
  }),
];
