import { z } from 'zod';
import { actionInputSchema } from '../../core/dossiers/action-inputs.ts';
import { DomainError } from '../../core/errors.ts';
import { getAvailableActions, getDossier } from '../../services/dossiers/get-dossier.ts';
import { listAssignees } from '../../services/dossiers/list-assignees.ts';
import { boxes, countDossiers, listDossiers } from '../../services/dossiers/list-dossiers.ts';
import { performDossierAction } from '../../services/dossiers/perform-dossier-action.ts';
import { previewReception } from '../../services/dossiers/preview-reception.ts';
import { receiveDossier } from '../../services/dossiers/receive-dossier.ts';
import {
  previewReceptionSchema,
  receiveDossierSchema,
} from '../../services/dossiers/receive-input.ts';
import { defineRoute } from '../routing.ts';

const codeParams = z.object({ code: z.string().trim().min(5).max(80) });

export const dossierRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/dossiers',
    summary: 'Tiếp nhận hồ sơ: cấp mã hồ sơ (Điều 28 NĐ 118/2025) và hạn trả kết quả',
    tags: ['dossiers'],
    auth: 'session',
    body: receiveDossierSchema,
    idempotency: 'optional',
    responses: {
      201: 'Đã tiếp nhận',
      403: 'Không có quyền tiếp nhận',
      404: 'Không có thủ tục',
      422: 'Vi phạm quy tắc',
    },
    handler: async ({ ctx, principal, body }) => {
      return { status: 201, body: await receiveDossier(ctx, principal, body) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/dossiers/preview',
    summary: 'Xem trước khi tiếp nhận: cơ quan giải quyết, thời hạn, ngày hẹn trả và giải thích',
    tags: ['dossiers'],
    auth: 'session',
    body: previewReceptionSchema,
    responses: { 200: 'Dự kiến', 404: 'Không có thủ tục', 422: 'Vi phạm quy tắc' },
    handler: async ({ ctx, principal, body }) => previewReception(ctx, principal, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/:code/assignees',
    summary: 'Cán bộ có thể được phân công xử lý hồ sơ',
    tags: ['dossiers'],
    auth: 'session',
    params: codeParams,
    responses: { 200: 'Danh sách', 404: 'Không có hồ sơ' },
    handler: async ({ ctx, principal, params }) => ({
      items: await listAssignees(ctx, principal, params.code),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers',
    summary: 'Danh sách hồ sơ theo hộp việc (chờ phân công, của tôi, chờ duyệt, chờ trả)',
    tags: ['dossiers'],
    auth: 'session',
    query: z.object({
      box: z.enum(boxes).default('all'),
      q: z.string().trim().max(100).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).max(100_000).default(0),
    }),
    responses: { 200: 'Danh sách' },
    handler: async ({ ctx, principal, query }) => listDossiers(ctx, principal, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/counts',
    summary: 'Số hồ sơ trong từng hộp việc của người dùng',
    tags: ['dossiers'],
    auth: 'session',
    responses: {
      200: '{ to_receive?, to_assign?, mine?, to_approve?, to_return?, due_soon?, overdue?, waiting_citizen?, consulted?, all? }',
    },
    handler: async ({ ctx, principal }) => countDossiers(ctx, principal),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/:code/control-slip',
    summary:
      'Phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 06): từng lần giao nhận, trước hạn/đúng hạn/quá hạn',
    tags: ['dossiers'],
    auth: 'session',
    params: codeParams,
    responses: { 200: 'Phiếu kiểm soát', 404: 'Không có hồ sơ' },
    handler: async ({ ctx, principal, params }) => {
      const detail = await getDossier(ctx, principal, params.code);
      return {
        code: detail.code,
        applicant: detail.applicant,
        procedure: detail.procedure,
        receivingUnit: detail.receivingUnit,
        receivedAt: detail.receivedAt,
        dueAt: detail.dueAt,
        ...detail.workflow.controlSlip,
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/:code',
    summary: 'Một hồ sơ với dòng thời gian xử lý',
    tags: ['dossiers'],
    auth: 'session',
    params: codeParams,
    responses: { 200: 'Hồ sơ', 404: 'Không có hoặc ngoài phạm vi' },
    handler: async ({ ctx, principal, params }) => getDossier(ctx, principal, params.code),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/dossiers/:code/available-actions',
    summary: 'Các thao tác người dùng hiện tại được làm với hồ sơ',
    tags: ['dossiers'],
    auth: 'session',
    params: codeParams,
    responses: { 200: 'Thao tác', 404: 'Không có hoặc ngoài phạm vi' },
    handler: async ({ ctx, principal, params }) => getAvailableActions(ctx, principal, params.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/dossiers/:code/actions',
    summary: 'Thực hiện một thao tác quy trình (phân công, trình, duyệt, trả kết quả…)',
    tags: ['dossiers'],
    auth: 'session',
    params: codeParams,
    body: z.intersection(
      actionInputSchema,
      z.object({ expectedVersion: z.number().int().min(0).optional() }),
    ),
    idempotency: 'optional',
    responses: {
      200: 'Đã thực hiện; trả về hồ sơ',
      403: 'Không có quyền',
      404: 'Không có hồ sơ',
      409: 'Trạng thái không cho phép (nêu thao tác được phép) hoặc hồ sơ vừa bị người khác cập nhật',
      422: 'Vi phạm quy tắc',
    },
    handler: async ({ ctx, principal, params, body, request }) => {
      const { expectedVersion: bodyVersion, ...action } = body;
      const expectedVersion = bodyVersion ?? parseIfMatch(request.headers['if-match']);
      const { code, state } = await performDossierAction(
        ctx,
        principal,
        params.code,
        action,
        expectedVersion,
      );
      // RFC 7240: integrations that do not need the whole dossier back save the re-read.
      if (/return=minimal/.test(String(request.headers.prefer ?? ''))) {
        return {
          code,
          status: state.status,
          nationalStatus: state.nationalStatus,
          version: state.version,
          dueAt: state.dueAt,
        };
      }
      return getDossier(ctx, principal, code);
    },
  }),
];

function parseIfMatch(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const match = /^"?(\d+)"?$/.exec(header.trim());
  if (!match)
    throw new DomainError('VALIDATION_FAILED', 'If-Match phải là số phiên bản của hồ sơ.', {
      field: 'If-Match',
    });
  return Number(match[1]);
}
