import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import { ratingAnswersSchema } from '../../core/ratings/criteria.ts';
import { promptCounterRating, rateAsCitizen } from '../../services/ratings/rate-dossier.ts';
import {
  listRatingsOfDossier,
  summariseRatingsReport,
} from '../../services/ratings/summarise-ratings.ts';
import {
  getDossierResults,
  getReturnSignature,
} from '../../services/results/get-dossier-results.ts';
import {
  getResultFileForCitizen,
  getResultFileForOfficer,
  listResultsForCitizen,
} from '../../services/results/get-result-file.ts';
import { resultReturnSchema, returnResult } from '../../services/results/return-result.ts';
import { resultFilePolicy } from '../../services/results/store-dossier-file.ts';
import { resultFieldsSchema, uploadResult } from '../../services/results/upload-result.ts';
import { contentDisposition } from '../http-files.ts';
import { defineRoute, type RouteDef } from '../routing.ts';
import { parseInput } from '../validation.ts';
import { checkField, publicRateLimit } from './payment-routes.ts';

const codeParams = z.object({ code: z.string().trim().min(5).max(80) });
const resultParams = codeParams.extend({ id: z.uuid('Mã kết quả không hợp lệ') });
const period = z.object({ from: z.iso.date(), to: z.iso.date() });

/** Reads a multipart form: every text field, and the one file (whatever the order of the parts). */
async function readMultipart(request: FastifyRequest) {
  if (!request.isMultipart()) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Gửi tệp dạng multipart/form-data (trường "file").',
      {
        field: 'file',
      },
    );
  }
  const fields: Record<string, string> = {};
  let file: { bytes: Buffer; fileName: string } | undefined;
  for await (const part of request.parts({
    limits: { fileSize: resultFilePolicy.maxBytes, files: 1 },
  })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.file.truncated)
        throw new DomainError('PAYLOAD_TOO_LARGE', 'Tệp quá lớn (tối đa 20 MB).', {
          field: 'file',
        });
      file = { bytes, fileName: part.filename };
    } else {
      fields[part.fieldname] = String(part.value ?? '');
    }
  }
  if (!file)
    throw new DomainError('VALIDATION_FAILED', 'Chưa chọn tệp kết quả (PDF).', { field: 'file' });
  return { fields, file };
}

function sendFile(
  reply: Parameters<RouteDef['handler']>[0]['reply'],
  file: { fileName: string; mimeType: string; bytes: Buffer },
) {
  reply
    .header('content-type', file.mimeType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store');
  return { body: file.bytes };
}

/** Result return and result documents (Decree 118/2025 Art. 22) and ratings (Art. 33). Issue #5 items 7–8. */
export const resultRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/:code/results',
    summary: 'Kết quả của hồ sơ (mã số giấy tờ), cách đã trả kết quả, thông báo trả sớm',
    tags: ['results'],
    auth: 'session',
    params: codeParams,
    responses: { 200: 'Kết quả', 404: 'Không có hồ sơ' },
    handler: async ({ ctx, principal, params }) => getDossierResults(ctx, principal, params.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/dossiers/:code/results',
    summary:
      'Tải lên kết quả (PDF; multipart: name, documentNumber, resultTypeCode, validFrom, validUntil, file); mã số giấy tờ = số định danh + mã loại kết quả',
    tags: ['results'],
    auth: 'session',
    params: codeParams,
    responses: {
      201: 'Đã lưu kết quả',
      403: 'Không có quyền phát hành kết quả',
      409: 'Đã có kết quả cùng mã số giấy tờ',
      413: 'Tệp quá lớn',
      415: 'Không phải PDF',
      422: 'Hồ sơ chưa đến bước phát hành kết quả',
    },
    handler: async ({ ctx, principal, params, request }) => {
      const { fields, file } = await readMultipart(request);
      const parsed = parseInput(resultFieldsSchema, fields, 'body');
      return {
        status: 201,
        body: await uploadResult(ctx, principal, params.code, { fields: parsed, ...file }),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/:code/results/:id/file',
    summary: 'Tải tệp kết quả (cán bộ)',
    tags: ['results'],
    auth: 'session',
    params: resultParams,
    responses: { 200: 'Tệp PDF', 404: 'Không có' },
    handler: async ({ ctx, principal, params, reply }) =>
      sendFile(reply, await getResultFileForOfficer(ctx, principal, params.code, params.id)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/dossiers/:code/result-return',
    summary:
      'Trả kết quả: trực tiếp (người nhận, số giấy tờ, chữ ký), bưu chính (số hiệu, ngày gửi) hoặc điện tử (cần tệp kết quả)',
    tags: ['results'],
    auth: 'session',
    params: codeParams,
    body: resultReturnSchema,
    idempotency: 'optional',
    responses: {
      200: 'Đã trả; trả về hồ sơ',
      403: 'Không có quyền trả kết quả',
      409: 'Trạng thái không cho phép hoặc hồ sơ vừa thay đổi',
      415: 'Chữ ký không phải PNG',
      422: 'Vi phạm quy tắc (người nhận không phải người nộp mà không có ủy quyền; chưa có tệp kết quả…)',
    },
    handler: async ({ ctx, principal, params, body }) =>
      returnResult(ctx, principal, params.code, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/:code/return-signature',
    summary: 'Chữ ký của người nhận kết quả (ảnh PNG)',
    tags: ['results'],
    auth: 'session',
    params: codeParams,
    responses: { 200: 'Ảnh PNG', 404: 'Không có' },
    handler: async ({ ctx, principal, params, reply }) => {
      const file = await getReturnSignature(ctx, principal, params.code);
      if (!file) throw new DomainError('NOT_FOUND', 'Hồ sơ không có chữ ký nhận kết quả.');
      return sendFile(reply, file);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/public/dossiers/:code/results',
    summary: 'Công dân xem danh sách kết quả điện tử (mã hồ sơ + yếu tố xác minh)',
    tags: ['results', 'public'],
    auth: 'none',
    params: codeParams,
    query: z.object({ check: checkField }),
    rateLimit: publicRateLimit,
    responses: { 200: 'Danh sách kết quả', 404: 'Sai mã hoặc yếu tố xác minh' },
    handler: async ({ ctx, params, query }) =>
      listResultsForCitizen(ctx, { code: params.code, check: query.check }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/public/dossiers/:code/results/:id',
    summary: 'Công dân tải kết quả điện tử (mã hồ sơ + yếu tố xác minh)',
    tags: ['results', 'public'],
    auth: 'none',
    params: resultParams,
    query: z.object({ check: checkField }),
    rateLimit: publicRateLimit,
    responses: { 200: 'Tệp PDF', 404: 'Sai mã, yếu tố xác minh, hoặc chưa có kết quả' },
    handler: async ({ ctx, params, query, reply }) =>
      sendFile(
        reply,
        await getResultFileForCitizen(ctx, {
          code: params.code,
          check: query.check,
          resultId: params.id,
        }),
      ),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/public/dossiers/:code/ratings',
    summary: 'Công dân đánh giá việc giải quyết hồ sơ (Điều 33 NĐ 118/2025); mỗi kênh một lần',
    tags: ['ratings', 'public'],
    auth: 'none',
    params: codeParams,
    body: ratingAnswersSchema.extend({
      check: checkField,
      channel: z.enum(['qr', 'online']).default('online'),
    }),
    rateLimit: publicRateLimit,
    responses: {
      201: 'Đã ghi nhận',
      400: 'Thiếu tiêu chí',
      404: 'Sai mã hoặc yếu tố xác minh',
      409: 'Đã đánh giá qua kênh này',
    },
    handler: async ({ ctx, params, body }) => {
      const { check, channel, ...answers } = body;
      return {
        status: 201,
        body: await rateAsCitizen(ctx, { code: params.code, check, channel, answers }),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/dossiers/:code/rating-prompts',
    summary: 'Mời công dân vừa được phục vụ đánh giá trên máy tính bảng tại quầy',
    tags: ['ratings'],
    auth: 'session',
    params: codeParams,
    body: z.object({ counterNo: z.number().int().min(1, 'Số quầy từ 1').max(999).optional() }),
    idempotency: 'optional',
    responses: {
      201: '{ tabletPath, expiresInMinutes }',
      403: 'Không phải cán bộ tại Bộ phận Một cửa',
    },
    handler: async ({ ctx, principal, params, body }) => ({
      status: 201,
      body: await promptCounterRating(ctx, principal, params.code, body),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/:code/ratings',
    summary: 'Các đánh giá của công dân về hồ sơ',
    tags: ['ratings'],
    auth: 'session',
    params: codeParams,
    responses: { 200: 'Danh sách', 404: 'Không có hồ sơ' },
    handler: async ({ ctx, principal, params }) => ({
      items: await listRatingsOfDossier(ctx, principal, params.code),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/ratings/summary',
    summary: 'Tổng hợp đánh giá theo đơn vị, cán bộ, tiêu chí: số lượng từng mức và tỷ lệ hài lòng',
    tags: ['ratings', 'reports'],
    auth: 'session',
    query: period,
    responses: { 200: 'Tổng hợp', 403: 'Không có quyền xem báo cáo' },
    handler: async ({ ctx, principal, query }) => summariseRatingsReport(ctx, principal, query),
  }),
];
