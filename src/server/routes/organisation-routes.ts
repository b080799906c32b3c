import { z } from 'zod';
import { roles } from '../../core/organisation/roles.ts';
import { unitKinds } from '../../core/organisation/unit-kinds.ts';
import { createUnit } from '../../services/organisation/create-unit.ts';
import { listUnitTree } from '../../services/organisation/list-units.ts';
import {
  addMembership,
  createUser,
  getManagedUser,
  listManagedUsers,
  removeMembership,
  updateManagedUser,
} from '../../services/organisation/manage-users.ts';
import { unitInputSchema, unitPatchSchema } from '../../services/organisation/unit-input.ts';
import { updateUnitByCode } from '../../services/organisation/update-unit.ts';
import {
  membershipInputSchema,
  userInputSchema,
  userPatchSchema,
} from '../../services/organisation/user-input.ts';
import { defineRoute } from '../routing.ts';

const codeParams = z.object({ code: z.string().min(1).max(80) });
const idParams = z.object({ id: z.uuid('Mã người dùng không hợp lệ') });
const membershipParams = z.object({ id: z.uuid(), membershipId: z.uuid() });

export const organisationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/units',
    summary: 'Cây tổ chức của tỉnh (đơn vị, trung tâm, quầy, xã phường)',
    tags: ['organisation'],
    auth: 'session',
    query: z.object({
      kind: z.enum(unitKinds).optional(),
      includeInactive: z.enum(['0', '1']).optional(),
    }),
    responses: { 200: 'Danh sách đơn vị' },
    handler: async ({ ctx, principal, query }) => ({
      items: await listUnitTree(ctx, principal, {
        kind: query.kind,
        includeInactive: query.includeInactive === '1',
      }),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/units',
    summary: 'Thêm đơn vị vào cây tổ chức',
    tags: ['organisation'],
    auth: 'session',
    body: unitInputSchema,
    idempotency: 'optional',
    responses: { 201: 'Đã tạo', 403: 'Không có quyền', 409: 'Trùng mã', 422: 'Sai cấp' },
    handler: async ({ ctx, principal, body }) => ({
      status: 201,
      body: await createUnit(ctx, principal, body),
    }),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/units/:code',
    summary: 'Sửa đơn vị (đổi tên, chuyển cấp, giờ làm việc, danh bạ công khai, ngừng hoạt động)',
    tags: ['organisation'],
    auth: 'session',
    params: codeParams,
    body: unitPatchSchema,
    idempotency: 'optional',
    responses: { 200: 'Đã sửa', 403: 'Không có quyền', 404: 'Không có đơn vị' },
    handler: async ({ ctx, principal, params, body }) =>
      updateUnitByCode(ctx, principal, params.code, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/users',
    summary: 'Người dùng trong các đơn vị mình quản lý',
    tags: ['organisation'],
    auth: 'session',
    query: z.object({
      q: z.string().max(100).optional(),
      role: z.enum(roles).optional(),
      unit: z.string().max(80).optional(),
    }),
    responses: { 200: 'Danh sách', 403: 'Không có quyền' },
    handler: async ({ ctx, principal, query }) => ({
      items: await listManagedUsers(ctx, principal, {
        q: query.q,
        role: query.role,
        unitCode: query.unit,
      }),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/users',
    summary: 'Tạo người dùng với các vai trò tại đơn vị',
    tags: ['organisation'],
    auth: 'session',
    body: userInputSchema,
    idempotency: 'optional',
    responses: { 201: 'Đã tạo', 403: 'Không có quyền', 409: 'Trùng tên đăng nhập' },
    handler: async ({ ctx, principal, body }) => ({
      status: 201,
      body: await createUser(ctx, principal, body),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/users/:id',
    summary: 'Một người dùng',
    tags: ['organisation'],
    auth: 'session',
    params: idParams,
    responses: { 200: 'Người dùng', 404: 'Không có' },
    handler: async ({ ctx, principal, params }) => getManagedUser(ctx, principal, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/users/:id',
    summary: 'Sửa người dùng: thông tin, đặt lại mật khẩu, mở khóa, vô hiệu hóa',
    tags: ['organisation'],
    auth: 'session',
    params: idParams,
    body: userPatchSchema,
    idempotency: 'optional',
    responses: { 200: 'Đã sửa', 403: 'Không có quyền', 404: 'Không có' },
    handler: async ({ ctx, principal, params, body }) =>
      updateManagedUser(ctx, principal, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/users/:id/memberships',
    summary: 'Giao vai trò tại một đơn vị',
    tags: ['organisation'],
    auth: 'session',
    params: idParams,
    body: membershipInputSchema,
    idempotency: 'optional',
    responses: { 201: 'Đã giao', 403: 'Không có quyền', 409: 'Đã có' },
    handler: async ({ ctx, principal, params, body }) => ({
      status: 201,
      body: await addMembership(ctx, principal, params.id, body.unitCode, body.role),
    }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/users/:id/memberships/:membershipId',
    summary: 'Thu hồi vai trò',
    tags: ['organisation'],
    auth: 'session',
    params: membershipParams,
    idempotency: 'optional',
    responses: { 200: 'Đã thu hồi', 403: 'Không có quyền', 404: 'Không có' },
    handler: async ({ ctx, principal, params }) =>
      removeMembership(ctx, principal, params.id, params.membershipId),
  }),
];
