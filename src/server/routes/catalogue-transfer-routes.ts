import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import { exportCatalogue, transferFormats } from '../../services/catalogue/export-catalogue.ts';
import {
  type ImportSource,
  importCatalogue,
  maxImportBytes,
  requireImportScope,
} from '../../services/catalogue/import-catalogue.ts';
import type { ErrorBody } from '../http-errors.ts';
import { contentDisposition } from '../http-files.ts';
import { defineRoute, type RouteDef } from '../routing.ts';

/** Import and export of the catalogue (JSON, CSV, XLSX). */
export const catalogueTransferRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/catalogue/export',
    summary:
      'Xuất danh mục thủ tục của tỉnh (JSON, CSV hoặc XLSX): phiên bản đang hiệu lực và cơ quan thực hiện',
    tags: ['catalogue'],
    auth: 'session',
    query: z.object({
      format: z.enum(transferFormats).default('json'),
      state: z.enum(['published', 'all']).default('published'),
    }),
    responses: {
      200: 'Tệp danh-muc-tthc-YYYYMMDD.(json|csv|xlsx) (tải về)',
      403: 'Không có quyền xem danh mục',
    },
    handler: async ({ ctx, principal, query, reply }) => {
      const file = await exportCatalogue(ctx, principal, query);
      reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'no-store');
      return { body: file.body };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/catalogue/import',
    summary:
      'Nhập danh mục thủ tục thành dự thảo (multipart: trường "format" rồi "file"; hoặc JSON { procedures }); kiểm tra mọi dòng, có lỗi thì không nhập gì',
    tags: ['catalogue'],
    auth: 'session',
    query: z.object({ dryRun: z.stringbool().default(false) }),
    responses: {
      200: '{ created, revised, unchanged, warnings, errors: [], dryRun, message }',
      400: 'Tệp không đọc được, sai định dạng hoặc thiếu trường',
      403: 'Không có quyền kiểm soát TTHC',
      413: 'Tệp quá 5 MB hoặc quá 5.000 thủ tục',
      422: 'VALIDATION_FAILED: details.errors [{ sheet?, row, field, message }]; chưa nhập gì',
    },
    handler: async ({ ctx, principal, query, request }) => {
      requireImportScope(principal);
      const source = await readImportRequest(request);
      const result = await importCatalogue(ctx, principal, source, { dryRun: query.dryRun });
      if (!result.rejected) return { status: 200, body: result };
      // 422 rather than the table's 400: the request was well formed, its rows are not.
      const body: ErrorBody = {
        code: 'VALIDATION_FAILED',
        message: result.message,
        details: { errors: result.errors, warnings: result.warnings, dryRun: result.dryRun },
        requestId: request.id,
      };
      return { status: 422, body };
    },
  }),
];

const tooLarge = () =>
  new DomainError(
    'PAYLOAD_TOO_LARGE',
    `Tệp quá lớn: mỗi lần nhập tối đa ${maxImportBytes / 1024 / 1024} MB. Chia danh mục thành nhiều tệp.`,
    { field: 'file', limitBytes: maxImportBytes },
  );

/** The file of a multipart upload (field "format" before "file"), or a JSON body. */
async function readImportRequest(request: FastifyRequest): Promise<ImportSource> {
  if (!request.isMultipart()) {
    if (typeof request.body !== 'object' || request.body === null) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Gửi tệp dạng multipart/form-data (trường "format" rồi "file") hoặc JSON { "procedures": [...] }.',
        { field: 'file' },
      );
    }
    return { format: 'json', value: request.body };
  }
  const part = await request.file({ limits: { fileSize: maxImportBytes, files: 1 } });
  if (!part) throw new DomainError('VALIDATION_FAILED', 'Chưa chọn tệp.', { field: 'file' });
  const given = (part.fields.format as { value?: unknown } | undefined)?.value;
  const format = z
    .enum(transferFormats)
    .safeParse(given ?? /\.(json|csv|xlsx)$/i.exec(part.filename)?.[1]?.toLowerCase());
  if (!format.success) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Trường "format" phải là json, csv hoặc xlsx (và đứng trước tệp).',
      { field: 'format' },
    );
  }
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw error;
  }
  if (part.file.truncated) throw tooLarge();
  return { format: format.data, bytes };
}
