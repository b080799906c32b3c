import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { dossierFormNos } from '../../core/forms/form-model.ts';
import { getDossierFormPdf, type RenderedPdf } from '../../services/forms/get-dossier-form.ts';
import { getRegisterPdf } from '../../services/forms/get-register.ts';
import { defineRoute, type RouteDef } from '../routing.ts';

const formParams = z.object({
  code: z.string().trim().min(5).max(80),
  // "01.pdf" … "06.pdf": the form number, then the extension.
  form: z
    .string()
    .regex(/^0[1-6]\.pdf$/, 'Mẫu số 01.pdf đến 06.pdf')
    .transform((value) => value.slice(0, 2) as (typeof dossierFormNos)[number]),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD');

/** A generated PDF: never cached (personal data), opened in the browser for printing. */
export function sendPdf(reply: FastifyReply, pdf: RenderedPdf) {
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${pdf.fileName}"`)
    .header('cache-control', 'no-store');
  return { body: pdf.bytes };
}

/** The legal forms 01–07 as PDF (TT 03/2025/TT-VPCP Annex I). Issue #5 item 3. */
export const formRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/:code/forms/:form',
    summary:
      'Biểu mẫu của hồ sơ dạng PDF (A4, có mã QR tra cứu): 01 giấy tiếp nhận, 02 yêu cầu bổ sung, 03 từ chối, 04 xin lỗi và gia hạn, 05 dừng giải quyết, 06 phiếu kiểm soát',
    tags: ['forms'],
    auth: 'session',
    params: formParams,
    responses: {
      200: 'application/pdf',
      401: 'Chưa đăng nhập',
      404: 'Không có hồ sơ hoặc ngoài phạm vi',
      409: 'Sự việc của biểu mẫu chưa xảy ra (ví dụ: chưa gia hạn thì không có mẫu 04)',
    },
    handler: async ({ ctx, principal, params, reply }) =>
      sendPdf(reply, await getDossierFormPdf(ctx, principal, params.code, params.form)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/registers/07.pdf',
    summary:
      'Sổ theo dõi hồ sơ (mẫu 07) của một đơn vị trong một khoảng thời gian (tối đa 1 năm), theo thứ tự tiếp nhận',
    tags: ['forms'],
    auth: 'session',
    query: z.object({
      org: z.string().trim().min(1, 'Chọn đơn vị').max(80),
      from: isoDate,
      to: isoDate,
    }),
    responses: {
      200: 'application/pdf',
      400: 'Ngày sai hoặc quá 1 năm',
      401: 'Chưa đăng nhập',
      403: 'Không có quyền dossier.read hoặc report.read trên đơn vị',
      404: 'Không có đơn vị',
      422: 'Quá nhiều hồ sơ trong khoảng thời gian',
    },
    handler: async ({ ctx, principal, query, reply }) =>
      sendPdf(reply, await getRegisterPdf(ctx, principal, query)),
  }),
];
