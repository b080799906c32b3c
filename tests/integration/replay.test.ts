import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../src/core/dossiers/projection.ts';
import { submitOnline } from '../../src/services/dossiers/submit-online.ts';
import { act, applicant } from '../support/dossier-helpers.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * Issue #4 point 8: a replay of the action log reproduces the stored status and deadlines, checked
 * on every dossier of a generated set — random walks through whatever actions the officers may
 * take, with the clock moving between them.
 */
let t: TestApp;
let tenantId: string;
const sessions = new Map<string, Session>();
const people = ['tiepnhan', 'truongphong', 'chuyenvien', 'lanhdao', 'chuyenvien.taichinh'];

const bodies: Record<string, Record<string, unknown>> = {
  accept_online: {},
  refuse_reception: { reasons: ['Không đúng thẩm quyền'] },
  request_supplement: { reasons: [{ code: 'missing_document' }], documents: ['Tờ khai'] },
  supplement_received: {},
  assign: { assignee: 'chuyenvien' },
  claim: {},
  reassign: { assignee: 'truongphong' },
  forward: {},
  consult: {
    unitCode: '000.00.04.H31',
    question: 'Ý kiến?',
    allotted: { amount: 2, unit: 'working_hours' },
  },
  record_consultation: { answer: 'Đồng ý' },
  handoff: {
    mode: 'sequential',
    parts: [
      {
        unitCode: '000.00.04.H31',
        task: 'Phần việc',
        allotted: { amount: 2, unit: 'working_hours' },
      },
    ],
  },
  complete_part: { result: 'Xong' },
  submit_for_approval: { summary: 'Đủ điều kiện' },
  approve: {},
  return_for_rework: { reason: 'Làm lại' },
  refuse: { reasons: ['Không đủ điều kiện'] },
  mark_result_ready: { resultName: 'Giấy xác nhận' },
  approve_extension: {},
  reject_extension: { reason: 'Không' },
  return_result: { method: 'in_person' },
  withdraw: { reason: 'Đơn' },
  request_withdrawal: { reason: 'Đơn' },
  confirm_withdrawal: {},
};

beforeAll(async () => {
  t = await createTestApp({ start: '2026-10-05T08:00:00+07:00', sessionTtlHours: 24 * 365 });
  const admin = await login(t.app, 'admin');
  await call(t.app, admin, 'POST', '/api/v1/users', {
    username: 'chuyenvien.taichinh',
    fullName: 'Mai Thị Loan',
    password: 'MatKhau2026',
    memberships: [{ unitCode: '000.00.04.H31', role: 'specialist' }],
  });
  for (const username of people)
    sessions.set(
      username,
      await login(t.app, username, username.includes('.') ? 'MatKhau2026' : undefined),
    );
  tenantId = (
    await t.database.db
      .selectFrom('units')
      .select('tenantId')
      .where('code', '=', '000.00.00.H31')
      .executeTakeFirstOrThrow()
  ).tenantId;
});
afterAll(() => t.close());

describe('replaying the action log', () => {
  it('reproduces the stored workflow, status and deadlines of every dossier of a generated set', async () => {
    const plans = fc.sample(
      fc.record({
        online: fc.boolean(),
        steps: fc.array(fc.tuple(fc.nat(1000), fc.integer({ min: 5, max: 900 })), {
          minLength: 3,
          maxLength: 14,
        }),
      }),
      { numRuns: 60, seed: 20261129 },
    );
    const codes: string[] = [];
    let actions = 0;
    for (const plan of plans) {
      const code = plan.online
        ? (
            await submitOnline(t.ctx, {
              tenantId,
              procedureCode: '9.999001',
              applicant,
              source: { kind: 'citizen' },
            })
          ).code
        : (
            await call(t.app, sessions.get('tiepnhan'), 'POST', '/api/v1/dossiers', {
              procedureCode: '9.999001',
              channel: 'in_person',
              applicant,
            })
          ).json().code;
      codes.push(code);
      for (const [pick, minutes] of plan.steps) {
        t.clock.advance(minutes * 60_000);
        const options: Array<[string, string]> = [];
        for (const username of people) {
          const available = await call(
            t.app,
            sessions.get(username),
            'GET',
            `/api/v1/dossiers/${code}/available-actions`,
          );
          if (available.statusCode !== 200) continue;
          for (const a of available.json().actions as Array<{ type: string }>)
            if (bodies[a.type]) options.push([username, a.type]);
        }
        if (options.length === 0) break;
        const [username, type] = options[pick % options.length]!;
        const response = await act(t, sessions.get(username)!, code, { type, ...bodies[type] });
        expect([200, 422]).toContain(response.statusCode);
        if (response.statusCode === 200) actions++;
      }
    }
    expect(actions).toBeGreaterThan(120);
    for (const code of codes) {
      const dossier = await t.database.db
        .selectFrom('dossiers')
        .selectAll()
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      const log = await t.database.db
        .selectFrom('dossierActions')
        .selectAll()
        .where('dossierId', '=', dossier.id)
        .orderBy('seq')
        .execute();
      expect(log.map((a) => a.seq)).toEqual(log.map((_, i) => i));
      const state = replay(
        log.map((a) => ({
          type: a.type as never,
          at: a.at.toISOString(),
          actorId: a.actorId,
          payload: a.payload,
        })),
      );
      expect(state).toEqual(dossier.workflow);
      expect({ status: state?.status, due: state?.dueAt ?? null, version: state?.version }).toEqual(
        {
          status: dossier.status,
          due: dossier.dueAt?.toISOString() ?? null,
          version: dossier.version,
        },
      );
    }
    const statuses = await t.database.db
      .selectFrom('dossiers')
      .select('status')
      .distinct()
      .where('code', 'in', codes)
      .execute();
    expect(statuses.length).toBeGreaterThanOrEqual(4);
  });
});
