import { z } from 'zod';
import {
  getPublishedProcedure,
  searchProcedures,
} from '../../services/catalogue/search-procedures.ts';
import { defineRoute } from '../routing.ts';

export const procedureRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/procedures',
    summary: 'Tra cứu thủ tục hành chính đã công bố',
    tags: ['catalogue'],
    auth: 'optional',
    query: z.object({
      q: z.string().trim().max(200).optional(),
      page: z.coerce.number().int().min(1).max(1000).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(20),
    }),
    responses: { 200: 'Danh sách thủ tục' },
    handler: async ({ ctx, query }) => searchProcedures(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/procedures/:code',
    summary: 'Toàn bộ nội dung công bố của một thủ tục',
    tags: ['catalogue'],
    auth: 'optional',
    params: z.object({ code: z.string().trim().min(3).max(60) }),
    responses: { 200: 'Thủ tục', 404: 'Không có' },
    handler: async ({ ctx, params }) => getPublishedProcedure(ctx, params.code),
  }),
];
