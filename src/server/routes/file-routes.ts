import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import { readCatalogueFile } from '../../services/files/read-file.ts';
import {
  maxUploadBytes,
  mayUpload,
  storeUpload,
  uploadPolicies,
  uploadPurposes,
} from '../../services/files/store-upload.ts';
import { contentDisposition } from '../http-files.ts';
import { defineRoute } from '../routing.ts';

export const fileRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/files',
    summary:
      'Tải lên một tệp (multipart: trường "purpose" rồi "file"); kiểu tệp xác định từ nội dung, kiểm tra trước khi lưu',
    tags: ['files'],
    auth: 'session',
    responses: {
      201: '{ id, fileName, mimeType, size, sha256 }',
      400: 'Tệp trống, hỏng (PDF thiếu %%EOF, ảnh bị cắt) hoặc thiếu trường',
      403: 'Không có quyền tải lên loại tệp này',
      413: 'Tệp quá lớn (tài liệu hồ sơ: tối đa 10 MB)',
      415: 'Loại tệp không được chấp nhận (kể cả chương trình đổi tên thành .pdf)',
    },
    handler: async ({ ctx, principal, request }) => {
      // Refused before a byte is read when the officer may upload nothing at all.
      if (!uploadPurposes.some((purpose) => mayUpload(principal, purpose)))
        throw new DomainError('FORBIDDEN', 'Bạn không có quyền tải tệp lên.');
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
      const purpose = z.enum(uploadPurposes).safeParse(purposeField?.value);
      if (!purpose.success) {
        part.file.resume();
        throw new DomainError(
          'VALIDATION_FAILED',
          `Trường "purpose" phải là ${uploadPurposes.join(', ')} (và đứng trước tệp).`,
          { field: 'purpose' },
        );
      }
      if (!mayUpload(principal, purpose.data)) {
        part.file.resume();
        throw new DomainError('FORBIDDEN', 'Bạn không có quyền tải lên loại tệp này.');
      }
      const limit = uploadPolicies[purpose.data].maxBytes / 1024 / 1024;
      const tooLarge = new DomainError('PAYLOAD_TOO_LARGE', `Tệp quá lớn; tối đa ${limit} MB.`, {
        field: 'file',
      });
      const bytes = await part.toBuffer().catch((error: { code?: string }) => {
        throw error.code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge : error;
      });
      if (part.file.truncated) throw tooLarge;
      return {
        status: 201,
        body: await storeUpload(ctx, principal, {
          bytes,
          fileName: part.filename,
          purpose: purpose.data,
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
