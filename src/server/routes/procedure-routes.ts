import { z } from 'zod';
import { procedureLevels } from '../../core/catalogue/procedure-record.ts';
import { channels } from '../../core/dossiers/statuses.ts';
import {
  getPublishedProcedure,
  listFields,
  searchProcedures,
} from '../../services/catalogue/search-procedures.ts';
import { readPublicForm } from '../../services/files/read-file.ts';
import { contentDisposition } from '../http-files.ts';
import { defineRoute } from '../routing.ts';

export const procedureQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  agency: z.string().trim().max(80).optional(),
  field: z.string().trim().max(200).optional(),
  level: z.enum(procedureLevels).optional(),
  channel: z.enum(channels).optional(),
  boundaryFree: z.enum(['0', '1']).optional(),
  order: z.enum(['relevance', 'usage', 'code']).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const procedureRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/procedures',
    summary:
      'Tra cứu thủ tục đã công bố (không dấu, chấp nhận gõ sai), lọc theo cơ quan, lĩnh vực, cấp, cách thức',
    tags: ['catalogue'],
    auth: 'optional',
    query: procedureQuerySchema,
    responses: {
      200: '{ items: [{ code, name, field, levels, channels, onlineLevel, boundaryFree, usageCount }], total }',
    },
    handler: async ({ ctx, query, principal }) =>
      searchProcedures(ctx, {
        ...query,
        boundaryFree: query.boundaryFree === undefined ? undefined : query.boundaryFree === '1',
        // Officers also see the fictional test procedures; the public never does.
        includeFictional: principal.userId !== '',
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/procedure-fields',
    summary: 'Các lĩnh vực của danh mục đã công bố, kèm số thủ tục',
    tags: ['catalogue'],
    auth: 'optional',
    responses: { 200: 'Danh sách lĩnh vực' },
    handler: async ({ ctx }) => ({ items: await listFields(ctx) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/procedures/:code',
    summary: 'Toàn bộ nội dung công bố của thủ tục đang hiệu lực',
    tags: ['catalogue'],
    auth: 'optional',
    params: z.object({ code: z.string().trim().min(3).max(60) }),
    responses: { 200: 'Thủ tục', 404: 'Không có' },
    handler: async ({ ctx, params }) => getPublishedProcedure(ctx, params.code),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/procedures/:code/forms/:formName',
    summary: 'Tải biểu mẫu (mẫu đơn, tờ khai) của thủ tục',
    tags: ['catalogue'],
    auth: 'optional',
    params: z.object({
      code: z.string().trim().min(3).max(60),
      formName: z.string().min(1).max(300),
    }),
    responses: { 200: 'Tệp biểu mẫu (tải về)', 404: 'Không có' },
    handler: async ({ ctx, params, reply }) => {
      const file = await readPublicForm(ctx, params.code, params.formName);
      reply
        .header('content-type', file.mimeType)
        .header('content-disposition', contentDisposition(file.fileName));
      return { body: file.bytes };
    },
  }),
];
