import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import { addDraftFile } from '../../services/citizens/draft-files.ts';
import { addSupplementFile } from '../../services/citizens/supplement-online.ts';
import { requireCitizen } from '../citizen-auth.ts';
import { readCitizenUpload } from '../citizen-uploads.ts';
import { defineRoute } from '../routing.ts';

const uploadResponses = {
  201: '{ id, fileId, fileName, size }',
  400: 'Tệp trống',
  413: 'Tệp quá 10 MB',
  415: 'Không phải PDF, JPEG, PNG (xét theo nội dung; tệp chương trình đổi tên bị từ chối)',
};

function parseIndex(value: string | undefined, field: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > 1000) {
    throw new DomainError('VALIDATION_FAILED', `Trường "${field}" phải đứng trước tệp và là số.`, {
      field,
    });
  }
  return n;
}

/** Uploads of the citizen's side: multipart, the hidden field first, then the file. */
export const citizenUploadRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/citizen/drafts/:id/files',
    summary: 'Tải tệp cho một giấy tờ của hồ sơ nháp (multipart: "requirementNo" rồi "file")',
    tags: ['citizen'],
    auth: 'citizen',
    params: z.object({ id: z.uuid() }),
    responses: uploadResponses,
    handler: async ({ ctx, request, params }) => {
      const citizen = await requireCitizen(ctx, request);
      const upload = await readCitizenUpload(request);
      return {
        status: 201,
        body: await addDraftFile(ctx, citizen, params.id, {
          requirementNo: parseIndex(upload.fields.requirementNo, 'requirementNo', 1),
          bytes: upload.bytes,
          fileName: upload.fileName,
        }),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/citizen/dossiers/:code/supplement/files',
    summary:
      'Tải tệp bổ sung (multipart: "document" = số thứ tự giấy tờ được yêu cầu, từ 0, hoặc "other"; rồi "file")',
    tags: ['citizen'],
    auth: 'citizen',
    params: z.object({ code: z.string().trim().min(5).max(60) }),
    responses: { ...uploadResponses, 409: 'Hồ sơ không chờ bổ sung' },
    handler: async ({ ctx, request, params }) => {
      const citizen = await requireCitizen(ctx, request);
      const upload = await readCitizenUpload(request);
      const document = upload.fields.document;
      return {
        status: 201,
        body: await addSupplementFile(ctx, citizen, params.code, {
          documentIndex: document === 'other' ? null : parseIndex(document, 'document', 0),
          bytes: upload.bytes,
          fileName: upload.fileName,
        }),
      };
    },
  }),
];
