import type { FastifyRequest } from 'fastify';
import { citizenUploadRules } from '../core/citizens/upload-rules.ts';
import { DomainError } from '../core/errors.ts';

export interface CitizenUpload {
  /** Text fields sent before the file (the form puts its hidden fields first). */
  fields: Record<string, string>;
  bytes: Buffer;
  fileName: string;
}

/**
 * Reads one file from a multipart form (the API's and the pages' upload), stopping at 10 MB: a
 * larger file is refused with its name, the rest of it never read into memory.
 */
export async function readCitizenUpload(request: FastifyRequest): Promise<CitizenUpload> {
  if (!request.isMultipart()) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Gửi tệp bằng biểu mẫu tải lên (multipart/form-data).',
      {
        field: 'file',
      },
    );
  }
  const part = await request.file({
    limits: { fileSize: citizenUploadRules.maxBytes, files: 1, fields: 10, fieldSize: 4096 },
  });
  if (!part) throw new DomainError('VALIDATION_FAILED', 'Chưa chọn tệp.', { field: 'file' });
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(part.fields)) {
    const field = Array.isArray(value) ? value[0] : value;
    if (field && field.type === 'field') fields[name] = String(field.value);
  }
  const fileName = part.filename || 'tep';
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(fileName);
    throw error;
  }
  if (part.file.truncated) throw tooLarge(fileName);
  if (bytes.length === 0 && !part.filename) {
    throw new DomainError('VALIDATION_FAILED', 'Chưa chọn tệp để tải lên.', { field: 'file' });
  }
  return { fields, bytes, fileName };
}

function tooLarge(fileName: string): DomainError {
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    `Tệp “${fileName.slice(0, 120)}” quá lớn. Mỗi tệp tối đa 10 MB; hãy quét ở độ phân giải thấp hơn hoặc chia thành nhiều tệp.`,
    { field: 'file', reason: 'too_large', maxBytes: citizenUploadRules.maxBytes },
  );
}
