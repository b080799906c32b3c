import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitOnline } from '../../src/services/dossiers/submit-online.ts';
import { act, applicant, must } from '../support/dossier-helpers.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * The permission matrix of the workflow (issue #4 point 9): every action × every role, on a
 * dossier of Sở Tư pháp received at the provincial centre ("own" units), and for the commune
 * team of Phường Phố Hiến ("other" unit). Written out by hand as the legal intent: only the
 * listed users may take each action; everyone else gets 403 (sees the dossier) or 404 (does not).
 */
const users = {
  own: [
    'admin',
    'tiepnhan',
    'chuyenvien',
    'truongphong',
    'lanhdao',
    'giamsat',
    'kiemsoat',
    'chuyenvien.taichinh',
  ],
  other: ['tiepnhan.phohien', 'chuyenvien.phohien', 'truongphong.phohien', 'lanhdao.phohien'],
};

type Setup =
  | 'submitted'
  | 'received'
  | 'assigned'
  | 'consulting'
  | 'chain'
  | 'awaiting_approval'
  | 'approved'
  | 'result_ready'
  | 'supplement'
  | 'withdrawal'
  | 'extension';

const matrix: Array<{
  action: string;
  body: Record<string, unknown>;
  setup: Setup;
  allowed: string[];
}> = [
  { action: 'accept_online', body: {}, setup: 'submitted', allowed: ['tiepnhan'] },
  {
    action: 'refuse_reception',
    body: { reasons: ['Không thuộc thẩm quyền'] },
    setup: 'submitted',
    allowed: ['tiepnhan'],
  },
  {
    action: 'request_supplement',
    body: { reasons: [{ code: 'missing_document' }], documents: ['Tờ khai'] },
    setup: 'submitted',
    allowed: ['tiepnhan'],
  },
  {
    action: 'request_supplement',
    body: { reasons: [{ code: 'missing_document' }], documents: ['Tờ khai'] },
    setup: 'received',
    allowed: ['chuyenvien', 'truongphong'],
  },
  { action: 'supplement_received', body: {}, setup: 'supplement', allowed: ['tiepnhan'] },
  {
    action: 'assign',
    body: { assignee: 'chuyenvien' },
    setup: 'received',
    allowed: ['truongphong'],
  },
  { action: 'claim', body: {}, setup: 'received', allowed: ['chuyenvien', 'truongphong'] },
  {
    action: 'reassign',
    body: { assignee: 'truongphong' },
    setup: 'assigned',
    allowed: ['truongphong'],
  },
  { action: 'forward', body: {}, setup: 'assigned', allowed: ['chuyenvien', 'truongphong'] },
  {
    action: 'consult',
    body: { unitCode: '000.00.04.H31', question: 'Ý kiến?' },
    setup: 'assigned',
    allowed: ['chuyenvien', 'truongphong'],
  },
  {
    action: 'record_consultation',
    body: { answer: 'Đồng ý' },
    setup: 'consulting',
    allowed: ['chuyenvien', 'truongphong', 'chuyenvien.taichinh'],
  },
  {
    action: 'handoff',
    body: {
      mode: 'sequential',
      parts: [
        {
          unitCode: '000.00.04.H31',
          task: 'Phần việc',
          allotted: { amount: 2, unit: 'working_hours' },
        },
      ],
    },
    setup: 'assigned',
    allowed: ['chuyenvien', 'truongphong'],
  },
  {
    action: 'complete_part',
    body: { result: 'Xong' },
    setup: 'chain',
    allowed: ['chuyenvien.taichinh'],
  },
  {
    action: 'submit_for_approval',
    body: { summary: 'Đủ điều kiện' },
    setup: 'assigned',
    allowed: ['chuyenvien', 'truongphong'],
  },
  { action: 'approve', body: {}, setup: 'awaiting_approval', allowed: ['lanhdao'] },
  {
    action: 'refuse',
    body: { reasons: ['Không đủ điều kiện'] },
    setup: 'awaiting_approval',
    allowed: ['lanhdao'],
  },
  {
    action: 'return_for_rework',
    body: { reason: 'Làm lại' },
    setup: 'awaiting_approval',
    allowed: ['lanhdao'],
  },
  {
    action: 'mark_result_ready',
    body: { resultName: 'Giấy xác nhận' },
    setup: 'approved',
    allowed: ['chuyenvien', 'truongphong'],
  },
  {
    action: 'request_extension',
    body: { reason: 'Xin lỗi, cần thêm thời gian', proposedDueAt: '2026-07-31T17:30:00+07:00' },
    setup: 'assigned',
    allowed: ['chuyenvien', 'truongphong'],
  },
  { action: 'approve_extension', body: {}, setup: 'extension', allowed: ['lanhdao'] },
  {
    action: 'reject_extension',
    body: { reason: 'Không có căn cứ' },
    setup: 'extension',
    allowed: ['lanhdao'],
  },
  {
    action: 'return_result',
    body: { method: 'in_person' },
    setup: 'result_ready',
    allowed: ['tiepnhan'],
  },
  { action: 'withdraw', body: { reason: 'Đơn xin rút' }, setup: 'assigned', allowed: ['tiepnhan'] },
  {
    action: 'request_withdrawal',
    body: { reason: 'Đơn xin rút' },
    setup: 'assigned',
    allowed: ['tiepnhan'],
  },
  { action: 'confirm_withdrawal', body: {}, setup: 'withdrawal', allowed: ['tiepnhan'] },
];

let t: TestApp;
let tenantId: string;
const sessions = new Map<string, Session>();
const s = (username: string) => sessions.get(username)!;

beforeAll(async () => {
  t = await createTestApp({ start: '2026-07-01T08:00:00+07:00', sessionTtlHours: 24 * 365 });
  const admin = await login(t.app, 'admin');
  await call(t.app, admin, 'POST', '/api/v1/users', {
    username: 'chuyenvien.taichinh',
    fullName: 'Mai Thị Loan',
    password: 'MatKhau2026',
    memberships: [{ unitCode: '000.00.04.H31', role: 'specialist' }],
  });
  for (const username of [...users.own, ...users.other]) {
    sessions.set(
      username,
      await login(t.app, username, username === 'chuyenvien.taichinh' ? 'MatKhau2026' : undefined),
    );
  }
  tenantId = (
    await t.database.db
      .selectFrom('units')
      .select('tenantId')
      .where('code', '=', '000.00.00.H31')
      .executeTakeFirstOrThrow()
  ).tenantId;
});
afterAll(() => t.close());

async function prepare(setup: Setup): Promise<string> {
  if (setup === 'submitted')
    return (
      await submitOnline(t.ctx, {
        tenantId,
        procedureCode: '9.999001',
        applicant,
        source: { kind: 'citizen' },
      })
    ).code;
  const created = await call(t.app, s('tiepnhan'), 'POST', '/api/v1/dossiers', {
    procedureCode: '9.999001',
    channel: 'in_person',
    applicant,
  });
  const code = created.json().code as string;
  if (setup === 'received') return code;
  await must(t, s('truongphong'), code, { type: 'assign', assignee: 'chuyenvien' });
  const steps: Record<
    Exclude<Setup, 'submitted' | 'received'>,
    Array<[string, Record<string, unknown>]>
  > = {
    assigned: [],
    consulting: [
      ['chuyenvien', { type: 'consult', unitCode: '000.00.04.H31', question: 'Ý kiến?' }],
    ],
    chain: [
      [
        'chuyenvien',
        matrix.find((m) => m.action === 'handoff')!.body && {
          type: 'handoff',
          ...matrix.find((m) => m.action === 'handoff')!.body,
        },
      ],
    ],
    awaiting_approval: [['chuyenvien', { type: 'submit_for_approval', summary: 'Đủ' }]],
    approved: [
      ['chuyenvien', { type: 'submit_for_approval', summary: 'Đủ' }],
      ['lanhdao', { type: 'approve' }],
    ],
    result_ready: [
      ['chuyenvien', { type: 'submit_for_approval', summary: 'Đủ' }],
      ['lanhdao', { type: 'approve' }],
      ['chuyenvien', { type: 'mark_result_ready' }],
    ],
    supplement: [
      [
        'chuyenvien',
        {
          type: 'request_supplement',
          reasons: [{ code: 'missing_document' }],
          documents: ['Tờ khai'],
        },
      ],
    ],
    withdrawal: [['tiepnhan', { type: 'request_withdrawal', reason: 'Đơn' }]],
    extension: [
      [
        'chuyenvien',
        {
          type: 'request_extension',
          reason: 'Xin lỗi',
          proposedDueAt: '2026-07-31T17:30:00+07:00',
        },
      ],
    ],
  };
  for (const [username, body] of steps[setup as keyof typeof steps])
    await must(t, s(username), code, body);
  return code;
}

/** Who sees a dossier of Sở Tư pháp (a denied user who sees it gets 403, otherwise 404). */
const readers = new Set(['tiepnhan', 'chuyenvien', 'truongphong', 'lanhdao', 'giamsat']);

describe('every workflow action × every role × own and other unit', () => {
  for (const row of matrix) {
    it(`${row.action} (${row.setup}): only ${row.allowed.join(', ')}`, async () => {
      const shared = await prepare(row.setup);
      const participants =
        row.setup === 'consulting' || row.setup === 'chain'
          ? new Set(['chuyenvien.taichinh'])
          : new Set<string>();
      for (const username of [...users.own, ...users.other].filter(
        (u) => !row.allowed.includes(u),
      )) {
        const response = await act(t, s(username), shared, { type: row.action, ...row.body });
        const expected = readers.has(username) || participants.has(username) ? 403 : 404;
        expect([username, response.statusCode]).toEqual([username, expected]);
      }
      for (const username of row.allowed) {
        const code = await prepare(row.setup);
        const response = await act(t, s(username), code, { type: row.action, ...row.body });
        expect([
          username,
          response.statusCode,
          response.statusCode === 200 ? '' : response.body,
        ]).toEqual([username, 200, '']);
      }
    });
  }
});
