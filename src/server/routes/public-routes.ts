import { z } from 'zod';
import { getPublicFormPdf } from '../../services/lookup/get-public-form.ts';
import { lookUpDossier } from '../../services/lookup/look-up-dossier.ts';
import { defineRoute, type RouteDef } from '../routing.ts';
import { sendPdf } from './form-routes.ts';

/** Guessing the second factor is slowed per address (and per code, in the service). */
export const lookupRateLimit = { max: 20, timeWindow: '1 minute' };

const code = z.string().trim().min(1).max(80);
// Not validated further: a malformed factor gets the same answer as a wrong one.
const checkQuery = z.object({ check: z.string().max(64).optional() });
const notFound =
  'Không tìm thấy (mã chưa có, hoặc thiếu/sai thông tin xác minh: cùng một câu trả lời)';

/**
 * Public look-up by dossier code and a second factor. Issue #5 item 5. The citizen's download of an
 * electronic result (`/api/v1/public/dossiers/:code/results/:id?check=`) is in result-routes.ts.
 */
export const publicRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/public/dossiers/:code',
    summary:
      'Tra cứu hồ sơ công khai: mã hồ sơ và 4 số cuối điện thoại hoặc số định danh của người nộp (check)',
    tags: ['public'],
    auth: 'none',
    params: z.object({ code }),
    query: checkQuery,
    rateLimit: lookupRateLimit,
    responses: {
      200: 'Tình trạng, hạn trả, các bước đã làm, việc cần làm, kết quả, biểu mẫu',
      404: notFound,
      429: 'Quá nhiều lần tra cứu',
    },
    handler: async ({ ctx, params, query, reply }) => {
      reply.header('cache-control', 'no-store');
      return lookUpDossier(ctx, { code: params.code, check: query.check });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/public/dossiers/:code/forms/:form',
    summary:
      'Biểu mẫu gửi người nộp (01 giấy tiếp nhận, 02 yêu cầu bổ sung, 03 từ chối, 04 xin lỗi và gia hạn, 05 dừng giải quyết) dạng PDF, sau khi xác minh',
    tags: ['public'],
    auth: 'none',
    params: z.object({
      code,
      form: z
        .string()
        .regex(/^0[1-5]\.pdf$/, 'Mẫu số 01.pdf đến 05.pdf')
        .transform((value) => value.slice(0, 2) as '01' | '02' | '03' | '04' | '05'),
    }),
    query: checkQuery,
    rateLimit: lookupRateLimit,
    responses: {
      200: 'application/pdf',
      404: notFound,
      409: 'Sự việc của biểu mẫu chưa xảy ra',
      429: 'Quá nhiều lần tra cứu',
    },
    handler: async ({ ctx, params, query, reply }) =>
      sendPdf(
        reply,
        await getPublicFormPdf(ctx, { code: params.code, check: query.check, formNo: params.form }),
      ),
  }),
];
