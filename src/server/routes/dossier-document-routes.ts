import { z } from 'zod';
import { readStandInCard } from '../../services/dossiers/card-reader-standin.ts';
import { correctIntake } from '../../services/dossiers/correct-intake.ts';
import {
  addDossierDocument,
  getDossierDocuments,
  readDossierDocumentFile,
} from '../../services/dossiers/dossier-documents.ts';
import { addDocumentSchema, correctIntakeSchema } from '../../services/dossiers/receive-input.ts';
import { contentDisposition } from '../http-files.ts';
import { defineRoute, type RouteDef } from '../routing.ts';

const codeParams = z.object({ code: z.string().trim().min(5).max(80) });

/** The documents of a dossier: checklist, scans, corrections before processing. Issue #5 item 2. */
export const dossierDocumentRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/:code/documents',
    summary:
      'Thành phần hồ sơ theo phiên bản thủ tục và giấy tờ đã nhận (hình thức, số bản, tệp, nguồn, lần bổ sung, đã gỡ), cách trả kết quả, phí, các lần sửa',
    tags: ['dossiers'],
    auth: 'session',
    params: codeParams,
    responses: { 200: 'Thành phần hồ sơ', 404: 'Không có hoặc ngoài phạm vi' },
    handler: async ({ ctx, principal, params }) => getDossierDocuments(ctx, principal, params.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/dossiers/:code/documents',
    summary:
      'Thêm giấy tờ hoặc bản quét: trước khi chuyển xử lý (bộ phận tiếp nhận) hoặc khi đang chờ bổ sung',
    tags: ['dossiers'],
    auth: 'session',
    params: codeParams,
    body: addDocumentSchema,
    idempotency: 'optional',
    responses: {
      201: 'Đã thêm; trả về thành phần hồ sơ',
      403: 'Không có quyền tiếp nhận tại đơn vị',
      404: 'Không có hồ sơ hoặc tệp',
      409: 'Hồ sơ đã chuyển xử lý và không chờ bổ sung',
    },
    handler: async ({ ctx, principal, params, body }) => ({
      status: 201,
      body: await addDossierDocument(ctx, principal, params.code, body),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/:code/documents/:id/file',
    summary: 'Tải về tệp của một giấy tờ trong hồ sơ',
    tags: ['dossiers'],
    auth: 'session',
    params: codeParams.extend({ id: z.uuid() }),
    responses: { 200: 'Tệp (tải về)', 404: 'Không có' },
    handler: async ({ ctx, principal, params, reply }) => {
      const file = await readDossierDocumentFile(ctx, principal, params.code, params.id);
      reply
        .header('content-type', file.mimeType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff');
      return { body: file.bytes };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/dossiers/:code/intake',
    summary:
      'Sửa thông tin tiếp nhận trước khi chuyển xử lý (người nộp, trường hợp, giấy tờ, cách trả, số bộ); ghi nhật ký kiểm toán, in lại giấy tiếp nhận',
    tags: ['dossiers'],
    auth: 'session',
    params: codeParams,
    body: correctIntakeSchema,
    idempotency: 'optional',
    responses: {
      200: 'Đã sửa (changed: true) hoặc không có gì thay đổi; trả về thành phần hồ sơ',
      403: 'Không có quyền tiếp nhận tại đơn vị',
      409: 'Hồ sơ đã chuyển xử lý, hoặc vừa bị người khác cập nhật',
      422: 'Thiếu giấy tờ bắt buộc cho trường hợp đã chọn',
    },
    handler: async ({ ctx, principal, params, body }) =>
      correctIntake(ctx, principal, params.code, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/counter/card-reader/stand-in',
    summary:
      'Đầu đọc CCCD gắn chip mô phỏng (chỉ ở chế độ demo): trả dữ liệu chip của một công dân hư cấu',
    tags: ['dossiers'],
    auth: 'session',
    responses: {
      200: 'Dữ liệu chip (hư cấu)',
      403: 'Không có quyền tiếp nhận',
      404: 'Không ở chế độ demo',
    },
    handler: async ({ ctx, principal }) => readStandInCard(ctx, principal),
  }),
];
