import { z } from 'zod';
import { processStepsSchema } from '../../core/catalogue/internal-process.ts';
import { procedureLevels } from '../../core/catalogue/procedure-record.ts';
import { attachForm } from '../../services/catalogue/attach-form.ts';
import {
  createProcedureSchema,
  editDraftSchema,
  startRevisionSchema,
  versionActionSchema,
} from '../../services/catalogue/catalogue-input.ts';
import { createProcedure } from '../../services/catalogue/create-procedure.ts';
import { editDraft } from '../../services/catalogue/edit-draft.ts';
import {
  compareVersions,
  getCatalogueProcedure,
  getCatalogueVersion,
} from '../../services/catalogue/get-catalogue-procedure.ts';
import { listCatalogue } from '../../services/catalogue/list-catalogue.ts';
import {
  activateProcess,
  listProcesses,
  saveProcessDraft,
} from '../../services/catalogue/manage-processes.ts';
import { measureCataloguePublication } from '../../services/catalogue/measure-publication.ts';
import { startRevision } from '../../services/catalogue/start-revision.ts';
import { transitionVersion } from '../../services/catalogue/transition-version.ts';
import { defineRoute } from '../routing.ts';

const code = z.string().trim().min(3).max(60);
const codeParams = z.object({ code });
const versionParams = z.object({ code, versionNo: z.coerce.number().int().min(1).max(10_000) });
const base = '/api/v1/catalogue/procedures';

export const catalogueRoutes = [
  defineRoute({
    method: 'GET',
    url: base,
    summary: 'Danh mục thủ tục cho cán bộ kiểm soát: phiên bản hiệu lực và phiên bản đang soạn',
    tags: ['catalogue'],
    auth: 'session',
    query: z.object({
      q: z.string().trim().max(200).optional(),
      field: z.string().trim().max(200).optional(),
      level: z.enum(procedureLevels).optional(),
      state: z
        .enum(['all', 'published', 'open', 'draft', 'under_review', 'review_due', 'abolished'])
        .default('all'),
      page: z.coerce.number().int().min(1).max(1000).default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(50),
    }),
    responses: { 200: 'Danh sách', 403: 'Không có quyền' },
    handler: async ({ ctx, principal, query }) => listCatalogue(ctx, principal, query),
  }),
  defineRoute({
    method: 'POST',
    url: base,
    summary: 'Thêm thủ tục mới (dự thảo phiên bản 1)',
    tags: ['catalogue'],
    auth: 'session',
    body: createProcedureSchema,
    idempotency: 'optional',
    responses: { 201: 'Đã tạo dự thảo', 403: 'Không có quyền', 409: 'Trùng mã' },
    handler: async ({ ctx, principal, body }) => ({
      status: 201,
      body: await createProcedure(ctx, principal, body),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:code`,
    summary: 'Một thủ tục với mọi phiên bản, cơ quan thực hiện và chỉ số công bố (766 nhóm 1)',
    tags: ['catalogue'],
    auth: 'session',
    params: codeParams,
    responses: { 200: 'Thủ tục', 404: 'Không có' },
    handler: async ({ ctx, principal, params }) =>
      getCatalogueProcedure(ctx, principal, params.code),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:code/versions`,
    summary: 'Mở phiên bản mới từ phiên bản đang hiệu lực: sửa đổi, thay thế hoặc bãi bỏ',
    tags: ['catalogue'],
    auth: 'session',
    params: codeParams,
    body: startRevisionSchema,
    idempotency: 'optional',
    responses: { 201: 'Đã mở dự thảo', 422: 'Đang có phiên bản chưa công bố' },
    handler: async ({ ctx, principal, params, body }) => ({
      status: 201,
      body: await startRevision(ctx, principal, params.code, body.changeKind),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:code/versions/:versionNo`,
    summary: 'Nội dung đầy đủ của một phiên bản',
    tags: ['catalogue'],
    auth: 'session',
    params: versionParams,
    responses: { 200: 'Phiên bản', 404: 'Không có' },
    handler: async ({ ctx, principal, params }) =>
      getCatalogueVersion(ctx, principal, params.code, params.versionNo),
  }),
  defineRoute({
    method: 'PUT',
    url: `${base}/:code/versions/:versionNo`,
    summary: 'Lưu dự thảo (chỉ phiên bản dự thảo; phiên bản đã công bố không sửa được)',
    tags: ['catalogue'],
    auth: 'session',
    params: versionParams,
    body: editDraftSchema,
    idempotency: 'optional',
    responses: { 200: 'Đã lưu', 409: 'Không phải dự thảo hoặc vừa bị sửa', 403: 'Không có quyền' },
    handler: async ({ ctx, principal, params, body }) =>
      editDraft(ctx, principal, params.code, params.versionNo, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:code/versions/:versionNo/actions`,
    summary:
      'Gửi kiểm soát, trả lại, duyệt, công bố (số, ngày, người ký quyết định; hiệu lực) hoặc hủy dự thảo',
    tags: ['catalogue'],
    auth: 'session',
    params: versionParams,
    body: versionActionSchema,
    idempotency: 'optional',
    responses: {
      200: 'Đã thực hiện',
      409: 'Trạng thái không cho phép',
      422: 'Vi phạm quy tắc',
      403: 'Không có quyền',
    },
    handler: async ({ ctx, principal, params, body }) =>
      transitionVersion(ctx, principal, params.code, params.versionNo, body),
  }),
  defineRoute({
    method: 'PUT',
    url: `${base}/:code/versions/:versionNo/forms/:formName`,
    summary: 'Đính kèm biểu mẫu đã tải lên vào dự thảo',
    tags: ['catalogue'],
    auth: 'session',
    params: versionParams.extend({ formName: z.string().trim().min(1).max(300) }),
    body: z.object({ fileId: z.uuid() }),
    idempotency: 'optional',
    responses: { 200: 'Đã đính kèm', 409: 'Không phải dự thảo' },
    handler: async ({ ctx, principal, params, body }) =>
      attachForm(ctx, principal, params.code, params.versionNo, params.formName, body.fileId),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:code/compare`,
    summary: 'So sánh hai phiên bản',
    tags: ['catalogue'],
    auth: 'session',
    params: codeParams,
    query: z.object({ a: z.coerce.number().int().min(1), b: z.coerce.number().int().min(1) }),
    responses: { 200: 'Hai phiên bản và các khác biệt', 404: 'Không có' },
    handler: async ({ ctx, principal, params, query }) =>
      compareVersions(ctx, principal, params.code, query.a, query.b),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:code/processes`,
    summary: 'Quy trình nội bộ của thủ tục theo cơ quan thực hiện',
    tags: ['catalogue'],
    auth: 'session',
    params: codeParams,
    responses: { 200: 'Các quy trình' },
    handler: async ({ ctx, principal, params }) => ({
      items: await listProcesses(ctx, principal, params.code),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:code/processes`,
    summary: 'Lưu quy trình nội bộ (dự thảo); từ chối nếu vượt thời hạn giải quyết',
    tags: ['catalogue'],
    auth: 'session',
    params: codeParams,
    body: z.object({ unitCode: z.string().trim().min(1).max(80), steps: processStepsSchema }),
    idempotency: 'optional',
    responses: { 201: 'Đã lưu', 422: 'Vượt thời hạn hoặc sai quy tắc' },
    handler: async ({ ctx, principal, params, body }) => ({
      status: 201,
      body: await saveProcessDraft(ctx, principal, params.code, body),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:code/processes/:unitCode/:versionNo/activate`,
    summary: 'Áp dụng một phiên bản quy trình',
    tags: ['catalogue'],
    auth: 'session',
    params: z.object({
      code,
      unitCode: z.string().min(1).max(80),
      versionNo: z.coerce.number().int().min(1),
    }),
    idempotency: 'optional',
    responses: { 200: 'Đã áp dụng', 409: 'Không phải dự thảo' },
    handler: async ({ ctx, principal, params }) =>
      activateProcess(ctx, principal, params.code, params.unitCode, params.versionNo),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/catalogue/measures',
    summary: 'Chỉ số 766 nhóm 1 (công khai, minh bạch) theo cơ quan, kèm công thức',
    tags: ['catalogue'],
    auth: 'session',
    query: z.object({ from: z.iso.date(), to: z.iso.date() }),
    responses: { 200: 'Chỉ số theo cơ quan' },
    handler: async ({ ctx, principal, query }) =>
      measureCataloguePublication(ctx, principal, query),
  }),
];
