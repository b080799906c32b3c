import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import { hasScopeAnywhere } from '../../core/organisation/permissions.ts';
import { readCatalogueFile } from '../../services/files/read-file.ts';
import {
  maxUploadBytes,
  storeUpload,
  type UploadPurpose,
} from '../../services/files/store-upload.ts';
import { contentDisposition } from '../http-files.ts';
import { defineRoute } from '../routing.ts';

const purposes = ['decision', 'form_template', 'import'] as const;

export const fileRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/files',
    summary:
      'Tải lên một tệp (multipart: trường "purpose" rồi "file"); kiểu tệp xác định từ nội dung',
    tags: ['files'],
    auth: 'session',
    responses: {
      201: '{ id, fileName, mimeType, size, sha256 }',
      400: 'Tệp trống hoặc sai loại',
      413: 'Tệp quá lớn',
    },
    handler: async ({ ctx, principal, request }) => {
      if (!hasScopeAnywhere(principal, 'catalogue.edit'))
        throw new DomainError('FORBIDDEN', 'Bạn không có quyền tải tệp lên danh mục.');
      if (!request.isMultipart()) {
        throw new DomainError(
          'VALIDATION_FAILED',
          'Gửi tệp dạng multipart/form-data (trường "file").',
          { field: 'file' },
        );
      }
      const part = await request.file({ limits: { fileSize: maxUploadBytes, files: 1 } });
      if (!part) throw new DomainError('VALIDATION_FAILED', 'Chưa chọn tệp.', { field: 'file' });
      const purposeField = part.fields.purpose as { value?: unknown } | undefined;
      const purpose = z.enum(purposes).safeParse(purposeField?.value);
      if (!purpose.success) {
        throw new DomainError(
          'VALIDATION_FAILED',
          `Trường "purpose" phải là ${purposes.join(', ')} (và đứng trước tệp).`,
          { field: 'purpose' },
        );
      }
      const bytes = await part.toBuffer();
      if (part.file.truncated)
        throw new DomainError('PAYLOAD_TOO_LARGE', 'Tệp quá lớn.', { field: 'file' });
      return {
        status: 201,
        body: await storeUpload(ctx, principal, {
          bytes,
          fileName: part.filename,
          purpose: purpose.data as UploadPurpose,
        }),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/files/:id',
    summary: 'Tải về một tệp của danh mục (quyết định công bố, biểu mẫu)',
    tags: ['files'],
    auth: 'session',
    params: z.object({ id: z.uuid() }),
    responses: { 200: 'Tệp (tải về)', 404: 'Không có' },
    handler: async ({ ctx, principal, params, reply }) => {
      const file = await readCatalogueFile(ctx, principal, params.id);
      reply
        .header('content-type', file.mimeType)
        .header('content-disposition', contentDisposition(file.fileName));
      return { body: file.bytes };
    },
  }),
];
