import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierJobHandlers } from '../../src/services/dossiers/dossier-jobs.ts';
import { submitOnline } from '../../src/services/dossiers/submit-online.ts';
import { JobRunner } from '../../src/services/jobs/job-runner.ts';
import {
  act,
  applicant,
  loginOfficers,
  must,
  type Officers,
  receiveTestDossier,
  refused,
} from '../support/dossier-helpers.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * One test per legal rule of the workflow (issue #4 point 1), named after the rule and citing its
 * article of Decree 118/2025/NĐ-CP. Dossiers of the fictional procedure 9.999001 (3 working days).
 */
let t: TestApp;
let o: Officers;
let tenantId: string;
let finance: Session;

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00', sessionTtlHours: 24 * 365 });
  o = await loginOfficers(t);
  tenantId = (
    await t.database.db
      .selectFrom('units')
      .select('tenantId')
      .where('code', '=', '000.00.00.H31')
      .executeTakeFirstOrThrow()
  ).tenantId;
  const admin = await login(t.app, 'admin');
  await call(t.app, admin, 'POST', '/api/v1/users', {
    username: 'chuyenvien.taichinh',
    fullName: 'Mai Thị Loan',
    password: 'MatKhau2026',
    memberships: [{ unitCode: '000.00.04.H31', role: 'specialist' }],
  });
  finance = await login(t.app, 'chuyenvien.taichinh', 'MatKhau2026');
});
afterAll(() => t.close());

const at = (instant: string) => t.clock.set(instant);
async function submitted(): Promise<string> {
  return (
    await submitOnline(t.ctx, {
      tenantId,
      procedureCode: '9.999001',
      applicant,
      source: { kind: 'citizen' },
    })
  ).code;
}
async function assigned(): Promise<string> {
  const code = await receiveTestDossier(t, o.reception);
  await must(t, o.head, code, { type: 'assign', assignee: 'chuyenvien' });
  return code;
}
async function detail(code: string) {
  return (await call(t.app, o.head, 'GET', `/api/v1/dossiers/${code}`)).json();
}

describe('reception (Art. 17)', () => {
  it('receive: the handling period starts at reception; outside office hours at the next session (Art. 17.3)', async () => {
    at('2026-03-02T18:10:00+07:00');
    const code = await receiveTestDossier(t, o.reception);
    const body = await detail(code);
    expect(body).toMatchObject({
      receivedAt: '2026-03-02T18:10:00+07:00',
      clockStartAt: '2026-03-03T07:30:00+07:00',
      dueAt: '2026-03-05T17:30:00+07:00',
    });
  });

  it('online submission: national status 1, accepted within 8 working hours (Art. 17.2); the clock starts at acceptance', async () => {
    at('2026-03-02T16:00:00+07:00');
    const code = await submitted();
    const body = await detail(code);
    expect(body).toMatchObject({
      status: 'submitted',
      nationalStatus: 1,
      dueAt: null,
      channel: 'online',
    });
    const row = await t.database.db
      .selectFrom('dossiers')
      .select('stepDueAt')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    // 16:00 Mon + 8 working hours: 90 min on Monday, 390 on Tuesday → Tuesday 16:00.
    expect(row.stepDueAt?.toISOString()).toBe(new Date('2026-03-03T16:00:00+07:00').toISOString());
    at('2026-03-03T08:00:00+07:00');
    const accepted = await must(t, o.reception, code, { type: 'accept_online' });
    expect(accepted).toMatchObject({
      status: 'received',
      nationalStatus: 2,
      clockStartAt: '2026-03-03T08:00:00+07:00',
      dueAt: '2026-03-06T08:00:00+07:00',
    });
  });

  it('refuse at reception with reasons (Art. 17.1): national status 3, the dossier is closed', async () => {
    const code = await submitted();
    const body = await must(t, o.reception, code, {
      type: 'refuse_reception',
      reasons: ['Không thuộc thẩm quyền giải quyết'],
    });
    expect(body).toMatchObject({
      status: 'refused_at_reception',
      nationalStatus: 3,
      outcome: 'refused_at_reception',
      availableActions: [],
    });
  });

  it('request supplement only once at reception (Art. 11, 17)', async () => {
    const code = await submitted();
    const asked = await must(t, o.reception, code, {
      type: 'request_supplement',
      reasons: [{ code: 'missing_document' }, { code: 'invalid_copy', detail: 'Bản sao CCCD mờ' }],
      documents: ['Bản sao giấy tờ tùy thân', 'Văn bản ủy quyền'],
    });
    expect(asked).toMatchObject({ status: 'awaiting_supplement', nationalStatus: 5 });
    expect(asked.workflow.supplements[0]).toMatchObject({
      phase: 'reception',
      documents: ['Bản sao giấy tờ tùy thân', 'Văn bản ủy quyền'],
    });
    expect(asked.workflow.supplements[0].reasons).toEqual([
      'Thiếu thành phần hồ sơ',
      'Bản sao chưa được chứng thực hoặc không rõ: Bản sao CCCD mờ',
    ]);
    expect((await must(t, o.reception, code, { type: 'supplement_received' })).status).toBe(
      'submitted',
    );
    const second = await refused(
      t,
      o.reception,
      code,
      { type: 'request_supplement', reasons: [{ code: 'other' }], documents: ['x'] },
      422,
      'supplement_once_at_reception',
    );
    expect(second.details.allowedActions).toContain('accept_online');
    expect(second.message).toContain('Điều 11, 17 NĐ 118/2025');
  });
});

describe('appraisal (Art. 19)', () => {
  it('request supplement at appraisal within 3 working days of reception (Art. 19)', async () => {
    at('2026-03-09T09:00:00+07:00');
    const early = await assigned();
    const late = await assigned();
    at('2026-03-12T09:00:00+07:00');
    await must(t, o.specialist, early, {
      type: 'request_supplement',
      reasons: [{ code: 'wrong_form' }],
      documents: ['Tờ khai theo Mẫu TN-01'],
    });
    at('2026-03-12T10:00:00+07:00');
    await refused(
      t,
      o.specialist,
      late,
      { type: 'request_supplement', reasons: [{ code: 'wrong_form' }], documents: ['Tờ khai'] },
      422,
      'supplement_within_3_working_days',
    );
  });

  it('supplement received: the handling period restarts from zero (Art. 19); the paused time is kept for the 766 measure', async () => {
    at('2026-03-16T09:00:00+07:00');
    const code = await assigned();
    at('2026-03-17T09:00:00+07:00');
    await must(t, o.specialist, code, {
      type: 'request_supplement',
      reasons: [{ code: 'missing_document' }],
      documents: ['Bản sao giấy tờ tùy thân'],
    });
    at('2026-03-23T10:00:00+07:00');
    const resumed = await must(t, o.reception, code, {
      type: 'supplement_received',
      documents: ['Bản sao giấy tờ tùy thân'],
    });
    expect(resumed).toMatchObject({
      status: 'in_appraisal',
      clockStartAt: '2026-03-23T10:00:00+07:00',
      dueAt: '2026-03-26T10:00:00+07:00',
      originalDueAt: '2026-03-19T09:00:00+07:00',
    });
    const row = await t.database.db
      .selectFrom('dossiers')
      .select('workflow')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    expect((row.workflow as { pauses: unknown[] }).pauses).toEqual([
      { from: '2026-03-17T02:00:00.000Z', to: '2026-03-23T03:00:00.000Z', kind: 'supplement' },
    ]);
    // Tue 09:00–17:30 (390) + Wed–Fri (3 × 480) + Mon 07:30–10:00 (150) of working time waited on the citizen.
    expect(resumed.workflow.delays.citizenMinutes).toBe(390 + 3 * 480 + 150);
  });

  it('automatic closing 15 days after an unanswered supplement request (Art. 19)', async () => {
    at('2026-04-01T09:00:00+07:00');
    const code = await assigned();
    await must(t, o.specialist, code, {
      type: 'request_supplement',
      reasons: [{ code: 'missing_document' }],
      documents: ['Giấy tờ'],
    });
    const runner = new JobRunner(t.ctx, dossierJobHandlers);
    await t.database.db
      .insertInto('jobs')
      .values({
        id: '01900000-0000-7000-8000-00000000a001',
        tenantId: null,
        kind: 'dossiers.close_unanswered',
        payload: '{}',
        runAt: new Date('2026-04-15T09:00:00+07:00'),
      })
      .execute();
    at('2026-04-15T09:00:00+07:00');
    await runner.runDue();
    expect((await detail(code)).status).toBe('awaiting_supplement');
    await t.database.db
      .insertInto('jobs')
      .values({
        id: '01900000-0000-7000-8000-00000000a002',
        tenantId: null,
        kind: 'dossiers.close_unanswered',
        payload: '{}',
        runAt: new Date('2026-04-16T09:00:00+07:00'),
      })
      .execute();
    at('2026-04-16T09:00:01+07:00');
    expect(await runner.runDue()).toEqual({ done: 1, failed: 0 });
    const closed = await detail(code);
    expect(closed).toMatchObject({
      status: 'stopped',
      nationalStatus: 8,
      outcome: 'closed_no_supplement',
    });
    expect(closed.actions.at(-1)).toMatchObject({
      type: 'auto_close',
      actorId: null,
      actorRole: 'system',
    });
  });

  it('assign, claim and reassign: the officer holding the dossier is named on its step', async () => {
    at('2026-04-20T09:00:00+07:00');
    const code = await receiveTestDossier(t, o.reception);
    const claimed = await must(t, o.specialist, code, { type: 'claim' });
    expect(claimed).toMatchObject({ status: 'in_appraisal', assigneeName: 'Trần Văn Minh' });
    await refused(t, o.specialist, code, { type: 'claim' }, 409);
    const reassigned = await must(t, o.head, code, { type: 'reassign', assignee: 'truongphong' });
    expect(reassigned.assigneeName).toBe('Lê Thị Lan');
    expect(reassigned.workflow.runs.at(-1)).toMatchObject({
      name: 'Thẩm định hồ sơ',
      holderName: 'Lê Thị Lan',
    });
  });

  it('consult another agency and record its answer (Art. 19): the consulted agency sees and answers it', async () => {
    at('2026-04-21T09:00:00+07:00');
    const code = await assigned();
    const asked = await must(t, o.specialist, code, {
      type: 'consult',
      unitCode: '000.00.04.H31',
      question: 'Đề nghị cho ý kiến về lệ phí.',
      allotted: { amount: 2, unit: 'working_days' },
    });
    expect(asked).toMatchObject({ status: 'in_consultation', nationalStatus: 4 });
    expect(asked.workflow.consultations[0]).toMatchObject({
      unitName: 'Sở Tài chính',
      dueAt: '2026-04-23T09:00:00+07:00',
    });
    await refused(t, o.specialist, code, { type: 'submit_for_approval', summary: 'x' }, 409);
    const consulted = await call(t.app, finance, 'GET', '/api/v1/dossiers?box=consulted');
    expect(consulted.statusCode, consulted.body).toBe(200);
    expect(consulted.json().items.map((d: { code: string }) => d.code)).toContain(code);
    at('2026-04-22T15:00:00+07:00');
    const answered = await must(t, finance, code, {
      type: 'record_consultation',
      answer: 'Thống nhất mức lệ phí.',
    });
    expect(answered.status).toBe('in_appraisal');
    expect(answered.workflow.consultations[0]).toMatchObject({
      answer: 'Thống nhất mức lệ phí.',
      answeredAt: '2026-04-22T15:00:00+07:00',
    });
    // Tue 09:00–17:30 (390) + Wed 07:30–15:00 (330): working time waited on Sở Tài chính.
    expect(answered.workflow.delays.steps.at(-1).waitingOnAgencyMinutes).toBe(390 + 330);
  });

  it('submit for approval; the leader returns it for rework, then approves (approve / return for rework)', async () => {
    at('2026-05-04T09:00:00+07:00');
    const code = await assigned();
    await must(t, o.specialist, code, { type: 'submit_for_approval', summary: 'Đủ điều kiện.' });
    const back = await must(t, o.leader, code, {
      type: 'return_for_rework',
      reason: 'Bổ sung căn cứ pháp lý trong dự thảo.',
    });
    expect(back).toMatchObject({ status: 'in_appraisal' });
    expect(back.workflow.runs.at(-1)).toMatchObject({
      name: 'Thẩm định hồ sơ',
      holderName: 'Trần Văn Minh',
      finishedAt: null,
    });
    await must(t, o.specialist, code, {
      type: 'submit_for_approval',
      summary: 'Đã bổ sung căn cứ.',
    });
    expect((await must(t, o.leader, code, { type: 'approve' })).status).toBe('approved');
  });

  it('refuse after appraisal with reasons (Art. 19): the refusal is the result, returned through the one-stop unit', async () => {
    const code = await assigned();
    await must(t, o.specialist, code, {
      type: 'submit_for_approval',
      summary: 'Không đủ điều kiện.',
      proposal: 'refuse',
    });
    const refusedResult = await must(t, o.leader, code, {
      type: 'refuse',
      reasons: ['Người đề nghị không thuộc đối tượng được cấp.'],
    });
    expect(refusedResult).toMatchObject({
      status: 'result_ready',
      nationalStatus: 9,
      outcome: 'refused',
    });
    const returned = await must(t, o.reception, code, {
      type: 'return_result',
      method: 'in_person',
    });
    expect(returned).toMatchObject({ status: 'returned', outcome: 'refused' });
  });
});

describe('extension with apology (Art. 19)', () => {
  it('request extension at least one working day before the due instant (Art. 19)', async () => {
    at('2026-05-11T09:00:00+07:00');
    const code = await assigned();
    at('2026-05-13T10:00:00+07:00');
    await refused(
      t,
      o.specialist,
      code,
      {
        type: 'request_extension',
        reason: 'Cần xác minh thêm.',
        proposedDueAt: '2026-05-20T17:30:00+07:00',
      },
      422,
      'extension_one_working_day_before_due',
    );
  });

  it('request extension at most once per dossier, approved by the leader with the new due instant (Art. 19)', async () => {
    at('2026-05-18T09:00:00+07:00');
    const code = await assigned();
    at('2026-05-19T09:00:00+07:00');
    await refused(
      t,
      o.specialist,
      code,
      { type: 'request_extension', reason: 'Chậm.', proposedDueAt: '2026-05-20T09:00:00+07:00' },
      422,
      'extension_after_due',
    );
    const asked = await must(t, o.specialist, code, {
      type: 'request_extension',
      reason: 'Cần xác minh tại địa phương; xin lỗi ông/bà.',
      proposedDueAt: '2026-05-26T17:30:00+07:00',
    });
    expect(asked.workflow.extension).toMatchObject({ status: 'pending' });
    const inbox = (await call(t.app, o.leader, 'GET', '/api/v1/dossiers?box=to_approve')).json();
    expect(inbox.items.map((d: { code: string }) => d.code)).toContain(code);
    const approved = await must(t, o.leader, code, { type: 'approve_extension' });
    expect(approved).toMatchObject({
      dueAt: '2026-05-26T17:30:00+07:00',
      originalDueAt: '2026-05-21T09:00:00+07:00',
    });
    await refused(
      t,
      o.specialist,
      code,
      { type: 'request_extension', reason: 'Lần hai.', proposedDueAt: '2026-05-29T17:30:00+07:00' },
      422,
      'extension_once',
    );
  });
});

describe('result and stop (Arts. 21–22)', () => {
  it('mark result ready; return result (Art. 22)', async () => {
    const code = await assigned();
    await must(t, o.specialist, code, { type: 'submit_for_approval', summary: 'Đủ điều kiện.' });
    await must(t, o.leader, code, { type: 'approve' });
    await refused(t, o.reception, code, { type: 'return_result', method: 'in_person' }, 409);
    await must(t, o.specialist, code, {
      type: 'mark_result_ready',
      resultName: 'Giấy xác nhận',
      documentNumber: '20/GXN',
    });
    const returned = await must(t, o.reception, code, {
      type: 'return_result',
      method: 'postal',
      note: 'Gửi qua bưu chính công ích',
    });
    expect(returned).toMatchObject({ status: 'returned', nationalStatus: 10 });
  });

  it('citizen withdraws before the decision (Art. 21); not after it', async () => {
    const code = await assigned();
    const stopped = await must(t, o.reception, code, {
      type: 'withdraw',
      reason: 'Công dân có đơn xin rút hồ sơ.',
    });
    expect(stopped).toMatchObject({ status: 'stopped', nationalStatus: 8, outcome: 'withdrawn' });
    const decided = await assigned();
    await must(t, o.specialist, decided, { type: 'submit_for_approval', summary: 'Đủ.' });
    await must(t, o.leader, decided, { type: 'approve' });
    const late = await refused(t, o.reception, decided, { type: 'withdraw', reason: 'Muộn.' }, 409);
    expect(late.code).toBe('ACTION_NOT_ALLOWED');
  });

  it('a withdrawal request (national status 7) is confirmed by the one-stop unit (Art. 21)', async () => {
    const code = await assigned();
    expect(
      (
        await must(t, o.reception, code, {
          type: 'request_withdrawal',
          reason: 'Đề nghị qua Cổng DVCQG.',
        })
      ).nationalStatus,
    ).toBe(7);
    expect((await must(t, o.reception, code, { type: 'confirm_withdrawal' })).nationalStatus).toBe(
      8,
    );
  });
});

describe('refusals name the rule and the allowed actions', () => {
  it('a status refusal (409) and a rule refusal (422) both list what is allowed', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const status = await act(t, o.leader, code, { type: 'approve' });
    expect(status.statusCode).toBe(409);
    expect(status.json().details).toMatchObject({
      status: 'received',
      action: 'approve',
      allowedActions: expect.arrayContaining(['assign']),
    });
  });
});
