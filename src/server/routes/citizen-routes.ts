import { z } from 'zod';
import { endCitizenSession } from '../../services/citizens/citizen-sessions.ts';
import { discardDraft, removeDraftFile } from '../../services/citizens/draft-files.ts';
import { getDraft } from '../../services/citizens/get-draft.ts';
import { getMyDossier } from '../../services/citizens/get-my-dossier.ts';
import { listMyDossiers } from '../../services/citizens/list-my-dossiers.ts';
import { requestSignInCode } from '../../services/citizens/request-sign-in-code.ts';
import { draftPatchSchema, saveDraft } from '../../services/citizens/save-draft.ts';
import { startDraft } from '../../services/citizens/start-draft.ts';
import { submitDraft } from '../../services/citizens/submit-draft.ts';
import {
  removeSupplementFile,
  submitSupplement,
} from '../../services/citizens/supplement-online.ts';
import { verifySignInCode } from '../../services/citizens/verify-sign-in-code.ts';
import {
  citizenCookie,
  clearCitizenCookie,
  findCitizen,
  requireCitizen,
  setCitizenCookie,
} from '../citizen-auth.ts';
import { defineRoute, type RouteDef } from '../routing.ts';
import { citizenUploadRoutes } from './citizen-upload-routes.ts';

const idParams = z.object({ id: z.uuid('Mã hồ sơ nháp không hợp lệ') });
const codeParams = z.object({ code: z.string().trim().min(5).max(60) });
const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

/**
 * Citizen accounts, drafts and online submission (Decree 118/2025 Art. 17.2). Sign-in by a
 * one-time code (POST …/sign-in/code, then …/sign-in/verify) or by VNeID (pages under
 * /cong-dan/dang-nhap/vneid). Writes need the citizen session's X-CSRF-Token. Every read and
 * write is limited to the signed-in citizen's own drafts and dossiers: another's answers 404.
 */
export const citizenRoutes: RouteDef[] = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/citizen/sign-in/code',
    summary: 'Gửi mã đăng nhập một lần (6 số, hiệu lực 5 phút) tới số điện thoại hoặc thư điện tử',
    tags: ['citizen'],
    auth: 'none',
    body: z.object({ destination: z.string().trim().min(3).max(254) }),
    rateLimit: { max: 10, timeWindow: '1 minute' },
    responses: {
      201: '{ challengeId, channel, maskedDestination, expiresAt, resendAfter }',
      400: 'Không phải số di động hay thư điện tử',
      429: 'Gửi lại quá sớm (60 giây), quá 5 mã một giờ, hoặc quá nhiều từ một địa chỉ IP',
    },
    handler: async ({ ctx, body, request }) => ({
      status: 201,
      body: await requestSignInCode(ctx, { destination: body.destination, ip: request.ip }),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/citizen/sign-in/verify',
    summary: 'Nhập mã một lần: đăng nhập (tạo tài khoản ở lần đầu), đặt cookie mc_citizen',
    tags: ['citizen'],
    auth: 'none',
    body: z.object({ challengeId: z.uuid(), code: z.string().trim().min(1).max(12) }),
    rateLimit: { max: 30, timeWindow: '1 minute' },
    responses: { 200: '{ citizenId, csrfToken, expiresAt }', 401: 'Mã sai, hết hạn hoặc hết lượt' },
    handler: async ({ ctx, body, request, reply }) => {
      const session = await verifySignInCode(ctx, {
        ...body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setCitizenCookie(request, reply, session);
      return {
        citizenId: session.citizenId,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt.toISOString(),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/citizen/sign-out',
    summary: 'Đăng xuất tài khoản công dân (luôn 204; phiên còn hiệu lực thì cần X-CSRF-Token)',
    tags: ['citizen'],
    auth: 'none',
    responses: { 204: 'Đã đăng xuất' },
    handler: async ({ ctx, request, reply }) => {
      if (await findCitizen(ctx, request)) await requireCitizen(ctx, request);
      const token = request.cookies[citizenCookie];
      if (token) await endCitizenSession(ctx, token);
      clearCitizenCookie(request, reply);
      return { status: 204, body: undefined };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/citizen/me',
    summary: 'Công dân đang đăng nhập và mã chống giả mạo (CSRF) của phiên',
    tags: ['citizen'],
    auth: 'citizen',
    responses: { 200: 'Tài khoản', 401: 'Chưa đăng nhập' },
    handler: async ({ ctx, request }) => {
      const { sessionId: _session, ...me } = await requireCitizen(ctx, request);
      return me;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/citizen/dossiers',
    summary: 'Hồ sơ của tôi: hồ sơ nháp và hồ sơ đã nộp với trạng thái',
    tags: ['citizen'],
    auth: 'citizen',
    responses: { 200: '{ drafts, dossiers }', 401: 'Chưa đăng nhập' },
    handler: async ({ ctx, request }) => listMyDossiers(ctx, await requireCitizen(ctx, request)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/citizen/dossiers/:code',
    summary: 'Một hồ sơ của tôi: trạng thái, hạn tiếp nhận, giấy tờ, yêu cầu bổ sung',
    tags: ['citizen'],
    auth: 'citizen',
    params: codeParams,
    responses: { 200: 'Hồ sơ', 404: 'Không có trong tài khoản' },
    handler: async ({ ctx, request, params }) =>
      getMyDossier(ctx, await requireCitizen(ctx, request), params.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/citizen/drafts',
    summary: 'Bắt đầu hồ sơ nháp của một thủ tục có nộp trực tuyến',
    tags: ['citizen'],
    auth: 'citizen',
    body: z.object({ procedureCode: z.string().trim().min(3).max(60) }),
    responses: { 201: 'Hồ sơ nháp', 404: 'Không có thủ tục', 422: 'Thủ tục không nhận trực tuyến' },
    handler: async ({ ctx, request, body }) => {
      const citizen = await requireCitizen(ctx, request);
      const { id } = await startDraft(ctx, citizen, body.procedureCode);
      return { status: 201, body: await getDraft(ctx, citizen, id) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/citizen/drafts/:id',
    summary: 'Hồ sơ nháp: người nộp, danh sách giấy tờ và tệp đã tải, cách nhận kết quả',
    tags: ['citizen'],
    auth: 'citizen',
    params: idParams,
    responses: { 200: 'Hồ sơ nháp', 404: 'Không có' },
    handler: async ({ ctx, request, params }) =>
      getDraft(ctx, await requireCitizen(ctx, request), params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/citizen/drafts/:id',
    summary: 'Lưu một bước của hồ sơ nháp (lưu cả khi chưa đủ; trả về các lỗi cần sửa)',
    tags: ['citizen'],
    auth: 'citizen',
    params: idParams,
    body: draftPatchSchema,
    responses: { 200: 'Hồ sơ nháp và lỗi', 404: 'Không có', 409: 'Đã nộp' },
    handler: async ({ ctx, request, params, body }) => {
      const citizen = await requireCitizen(ctx, request);
      const { problems } = await saveDraft(ctx, citizen, params.id, body);
      return { ...(await getDraft(ctx, citizen, params.id)), applicantProblems: problems };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/citizen/drafts/:id',
    summary: 'Xóa hồ sơ nháp',
    tags: ['citizen'],
    auth: 'citizen',
    params: idParams,
    responses: { 204: 'Đã xóa', 404: 'Không có', 409: 'Đã nộp' },
    handler: async ({ ctx, request, params }) => {
      await discardDraft(ctx, await requireCitizen(ctx, request), params.id);
      return { status: 204, body: undefined };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/citizen/drafts/:id/files/:fileId',
    summary: 'Gỡ một tệp khỏi hồ sơ nháp',
    tags: ['citizen'],
    auth: 'citizen',
    params: fileParams,
    responses: { 204: 'Đã gỡ', 404: 'Không có' },
    handler: async ({ ctx, request, params }) => {
      await removeDraftFile(ctx, await requireCitizen(ctx, request), params.id, params.fileId);
      return { status: 204, body: undefined };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/citizen/drafts/:id/submit',
    summary: 'Nộp hồ sơ: tạo hồ sơ trực tuyến (một lần; gửi lại trả về cùng mã hồ sơ)',
    tags: ['citizen'],
    auth: 'citizen',
    params: idParams,
    responses: {
      201: '{ code, receptionDueAt, replayed }',
      409: 'Thủ tục vừa có phiên bản mới',
      422: 'Hồ sơ chưa đủ để nộp (details.problems)',
    },
    handler: async ({ ctx, request, params, reply }) => {
      const result = await submitDraft(ctx, await requireCitizen(ctx, request), params.id);
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return { status: result.replayed ? 200 : 201, body: result };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/citizen/dossiers/:code/supplement/files/:fileId',
    summary: 'Gỡ một tệp bổ sung chưa gửi',
    tags: ['citizen'],
    auth: 'citizen',
    params: z.object({ code: z.string().trim().min(5).max(60), fileId: z.uuid() }),
    responses: { 204: 'Đã gỡ', 404: 'Không có' },
    handler: async ({ ctx, request, params }) => {
      await removeSupplementFile(
        ctx,
        await requireCitizen(ctx, request),
        params.code,
        params.fileId,
      );
      return { status: 204, body: undefined };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/citizen/dossiers/:code/supplement',
    summary: 'Gửi hồ sơ bổ sung (các tệp đã tải lên cho lần bổ sung này)',
    tags: ['citizen'],
    auth: 'citizen',
    params: codeParams,
    responses: { 200: '{ code, status, replayed }', 409: 'Không chờ bổ sung', 422: 'Chưa có tệp' },
    handler: async ({ ctx, request, params }) =>
      submitSupplement(ctx, await requireCitizen(ctx, request), params.code),
  }),
  ...citizenUploadRoutes,
];
