import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../src/core/dossiers/projection.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let reception: Session;
let head: Session;
let specialist: Session;
let leader: Session;

const applicant = {
  kind: 'person',
  fullName: 'Nguyễn Văn Bình',
  idNumber: '033095001234',
  phone: '0912345678',
  email: 'binh@example.vn',
  address: 'Số 5, phường Phố Hiến, tỉnh Hưng Yên',
};

beforeAll(async () => {
  // Sessions outlive the weeks this test's clock jumps over.
  t = await createTestApp({ start: '2026-02-13T09:00:00+07:00', sessionTtlHours: 24 * 365 });
  [reception, head, specialist, leader] = await Promise.all([
    login(t.app, 'tiepnhan'),
    login(t.app, 'truongphong'),
    login(t.app, 'chuyenvien'),
    login(t.app, 'lanhdao'),
  ]);
});
afterAll(() => t.close());

async function receive(extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return call(
    t.app,
    reception,
    'POST',
    '/api/v1/dossiers',
    { procedureCode: '9.999001', channel: 'in_person', applicant, ...extra },
    headers,
  );
}

async function act(
  session: Session,
  code: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return call(t.app, session, 'POST', `/api/v1/dossiers/${code}/actions`, body, headers);
}

describe('one dossier end to end (issue #2 slice)', () => {
  let code: string;

  it('reception issues the Art. 28 code and the due instant from the calendar', async () => {
    const response = await receive({}, { 'idempotency-key': 'flow-receive-0001' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    code = body.code;
    // Decree 118/2025 Art. 28: competent agency identifier + reception date + day's sequence.
    expect(code).toBe('000.00.03.H31-260213-0001');
    expect(body).toMatchObject({
      status: 'received',
      nationalStatus: 2,
      receivedAt: '2026-02-13T09:00:00+07:00',
      dueAt: '2026-02-25T09:00:00+07:00',
      competentUnit: { code: '000.00.03.H31' },
      receivingUnit: { code: '000.00.31.H31' },
      handlingUnit: { code: '000.01.03.H31' },
      applicant: { fullName: 'Nguyễn Văn Bình', idNumber: '033095001234' },
    });
    expect(body.deadlineExplanation.some((e: { text: string }) => e.text.includes('Tết'))).toBe(
      true,
    );
    expect(body.actions).toHaveLength(1);
  });

  it('a second dossier the same day takes the next sequence number', async () => {
    const second = await receive();
    expect(second.json().code).toBe('000.00.03.H31-260213-0002');
  });

  it('the reception officer cannot assign: the guard names the rule (403, not their scope)', async () => {
    const response = await act(reception, code, { type: 'assign', assignee: 'chuyenvien' });
    expect(response.statusCode).toBe(403);
  });

  it('approving before appraisal answers 409 naming the allowed actions', async () => {
    const response = await act(leader, code, { type: 'approve' });
    expect(response.statusCode).toBe(409);
    const body = response.json();
    expect(body.code).toBe('ACTION_NOT_ALLOWED');
    expect(body.details.allowedActions).toEqual([
      'assign',
      'claim',
      'request_supplement',
      'withdraw',
      'request_withdrawal',
    ]);
    expect(body.message).toContain('Phân công xử lý');
  });

  it('the head assigns it to a specialist of the division', async () => {
    const actions = (
      await call(t.app, head, 'GET', `/api/v1/dossiers/${code}/available-actions`)
    ).json();
    expect(actions.actions.map((a: { type: string }) => a.type)).toEqual([
      'assign',
      'claim',
      'request_supplement',
    ]);
    const assignees = (await call(t.app, head, 'GET', `/api/v1/dossiers/${code}/assignees`)).json()
      .items;
    expect(assignees.map((a: { username: string }) => a.username)).toContain('chuyenvien');
    t.clock.set('2026-02-23T08:00:00+07:00');
    const response = await act(head, code, {
      type: 'assign',
      assignee: 'chuyenvien',
      note: 'Xử lý ngay',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'in_appraisal',
      nationalStatus: 4,
      assigneeName: 'Trần Văn Minh',
    });
  });

  it('refuses an assignee from another unit', async () => {
    const other = (await receive()).json().code;
    const response = await act(head, other, { type: 'assign', assignee: 'tiepnhan' });
    expect(response.statusCode).toBe(422);
    expect(response.json().details.rule).toBe('assignee_in_handling_unit');
  });

  it('the specialist submits for approval; the leader approves; the result is ready', async () => {
    t.clock.set('2026-02-24T10:00:00+07:00');
    const submitted = await act(specialist, code, {
      type: 'submit_for_approval',
      summary: 'Hồ sơ hợp lệ, đề nghị cấp giấy xác nhận.',
    });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().status).toBe('awaiting_approval');
    t.clock.set('2026-02-24T15:00:00+07:00');
    const approved = await act(leader, code, { type: 'approve', note: 'Đồng ý' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', nationalStatus: 4 });
    t.clock.set('2026-02-24T16:00:00+07:00');
    const issued = await act(specialist, code, {
      type: 'mark_result_ready',
      resultName: 'Giấy xác nhận thử nghiệm',
      documentNumber: '15/GXN',
    });
    expect(issued.statusCode).toBe(200);
    expect(issued.json()).toMatchObject({
      status: 'result_ready',
      nationalStatus: 9,
      outcome: 'approved',
      resolvedAt: '2026-02-24T16:00:00+07:00',
    });
  });

  it('the reception officer returns the result; the dossier is closed with a full timeline', async () => {
    t.clock.set('2026-02-25T08:00:00+07:00');
    const returned = await act(reception, code, {
      type: 'return_result',
      method: 'in_person',
      collectedBy: 'Nguyễn Văn Bình',
      collectorIdNumber: '033095001234',
    });
    expect(returned.statusCode).toBe(200);
    const body = returned.json();
    expect(body).toMatchObject({
      status: 'returned',
      nationalStatus: 10,
      returnedAt: '2026-02-25T08:00:00+07:00',
      availableActions: [],
    });
    expect(body.actions.map((a: { type: string }) => a.type)).toEqual([
      'receive',
      'assign',
      'submit_for_approval',
      'approve',
      'mark_result_ready',
      'return_result',
    ]);
    expect(body.actions.map((a: { actorName: string }) => a.actorName)).toEqual([
      'Nguyễn Thị Hoa',
      'Lê Thị Lan',
      'Trần Văn Minh',
      'Phạm Quốc Hùng',
      'Trần Văn Minh',
      'Nguyễn Thị Hoa',
    ]);
    // Every step of the (default) internal process has a run with its own deadline, graded.
    const slip = body.workflow.controlSlip;
    expect(slip.rows.map((r: { stepName: string }) => r.stepName)).toEqual([
      'Tiếp nhận, chuyển hồ sơ',
      'Phân công thụ lý',
      'Thẩm định hồ sơ',
      'Phê duyệt kết quả',
      'Phát hành kết quả',
      'Trả kết quả',
    ]);
    expect(slip.rows.every((r: { grade: string | null }) => r.grade !== null)).toBe(true);
    expect(slip.returnRow).toMatchObject({ grade: 'early', gradeLabel: 'Trước hạn' });
    const after = await act(reception, code, { type: 'return_result', method: 'in_person' });
    expect(after.statusCode).toBe(409);
    expect(after.json().message).toContain('Hồ sơ đã kết thúc');
  });

  it('replaying the action log reproduces the stored workflow state, status and deadlines', async () => {
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
    const state = replay(
      log.map((a) => ({
        type: a.type as never,
        at: a.at.toISOString(),
        actorId: a.actorId,
        payload: a.payload,
      })),
    );
    expect(state).toEqual(dossier.workflow);
    expect(state).toMatchObject({
      status: dossier.status,
      nationalStatus: dossier.nationalStatus,
      assigneeId: dossier.assigneeId,
      dueAt: dossier.dueAt?.toISOString(),
      resolvedAt: dossier.resolvedAt?.toISOString(),
      returnedAt: dossier.returnedAt?.toISOString(),
      version: dossier.version,
    });
  });

  it('the action log is append-only in the database itself', async () => {
    await expect(
      t.database.db.updateTable('dossierActions').set({ type: 'x' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.database.db.deleteFrom('dossierActions').execute()).rejects.toThrow(
      /append-only/,
    );
  });
});

describe('idempotency and concurrency', () => {
  it('a retried POST with the same Idempotency-Key returns the same dossier, created once', async () => {
    const key = { 'idempotency-key': 'retry-key-000000001' };
    const first = await receive({}, key);
    const again = await receive({}, key);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().code).toBe(first.json().code);
    const count = await t.database.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('code', '=', first.json().code)
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });

  it('two concurrent requests with one key create one dossier and both get its answer', async () => {
    const key = { 'idempotency-key': 'retry-key-concurrent-1' };
    const [a, b] = await Promise.all([receive({}, key), receive({}, key)]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().code).toBe(b.json().code);
    const count = await t.database.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('code', '=', a.json().code)
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });

  it('the same key with a different body is refused with 422', async () => {
    const key = { 'idempotency-key': 'retry-key-000000002' };
    await receive({}, key);
    const other = await receive({ channel: 'postal' }, key);
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('two heads assigning one dossier at once: exactly one succeeds, the other gets 409', async () => {
    const code = (await receive()).json().code;
    const results = await Promise.all([
      act(head, code, { type: 'assign', assignee: 'chuyenvien', expectedVersion: 0 }),
      act(head, code, { type: 'assign', assignee: 'truongphong', expectedVersion: 0 }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const log = await t.database.db
      .selectFrom('dossierActions as a')
      .innerJoin('dossiers as d', 'd.id', 'a.dossierId')
      .select('a.type')
      .where('d.code', '=', code)
      .execute();
    expect(log.map((r) => r.type)).toEqual(['receive', 'assign']);
  });

  it('a stale expectedVersion answers 409 CONFLICT', async () => {
    const code = (await receive()).json().code;
    await act(head, code, { type: 'assign', assignee: 'chuyenvien' });
    const stale = await act(head, code, {
      type: 'assign',
      assignee: 'truongphong',
      expectedVersion: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
  });
});

describe('reception rules', () => {
  it('refuses an unknown procedure with 404 and a channel the procedure does not offer with 422', async () => {
    expect((await receive({ procedureCode: '9.999999' })).statusCode).toBe(404);
    const noPostal = await call(t.app, reception, 'POST', '/api/v1/dossiers', {
      procedureCode: '9.999002',
      channel: 'postal',
      applicant,
      receivingUnitCode: '000.00.31.H31',
      competentUnitCode: 'H31.11953',
    });
    expect(noPostal.statusCode).toBe(422);
    expect(noPostal.json().details.rule).toBe('channel_offered');
  });

  it('validates the applicant with Vietnamese messages per field', async () => {
    const response = await receive({ applicant: { ...applicant, phone: 'abc', idNumber: '' } });
    expect(response.statusCode).toBe(400);
    const fields = response.json().details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['applicant.phone', 'applicant.idNumber']));
  });

  it('a commune procedure received at the provincial centre must name the commune (boundary-free reception)', async () => {
    const ambiguous = await receive({ procedureCode: '9.999002' });
    expect(ambiguous.statusCode).toBe(422);
    expect(ambiguous.json().details.options.length).toBe(104);
    const named = await receive({ procedureCode: '9.999002', competentUnitCode: 'H31.11953' });
    expect(named.statusCode).toBe(201);
    expect(named.json()).toMatchObject({
      competentUnit: { code: 'H31.11953' },
      handlingUnit: { code: 'H31.11953.01' },
    });
  });

  it('a commune centre receives for its own commune without naming it, with the 15:00 rule', async () => {
    const communeReception = await login(t.app, 'tiepnhan.phohien');
    t.clock.set('2026-03-02T15:30:00+07:00');
    const response = await call(t.app, communeReception, 'POST', '/api/v1/dossiers', {
      procedureCode: '9.999002',
      channel: 'in_person',
      applicant,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      code: 'H31.11953-260302-0001',
      dueAt: '2026-03-03T17:30:00+07:00',
    });
  });
});

describe('scope', () => {
  it('an officer of another unit does not see the dossier (404), a monitor of the province does', async () => {
    const code = (await receive()).json().code;
    const commune = await login(t.app, 'chuyenvien.phohien');
    expect((await call(t.app, commune, 'GET', `/api/v1/dossiers/${code}`)).statusCode).toBe(404);
    const monitor = await login(t.app, 'giamsat');
    expect((await call(t.app, monitor, 'GET', `/api/v1/dossiers/${code}`)).statusCode).toBe(200);
    const list = (await call(t.app, commune, 'GET', '/api/v1/dossiers?box=all')).json();
    expect(list.items.every((d: { code: string }) => !d.code.startsWith('000.00.03.H31'))).toBe(
      true,
    );
  });

  it('inbox boxes list what waits for each role', async () => {
    const toAssign = (await call(t.app, head, 'GET', '/api/v1/dossiers?box=to_assign')).json();
    expect(toAssign.total).toBeGreaterThan(0);
    expect(
      toAssign.items.every((d: { status: string }) =>
        ['received', 'in_appraisal'].includes(d.status),
      ),
    ).toBe(true);
    const byApplicant = (
      await call(t.app, head, 'GET', '/api/v1/dossiers?box=all&q=033095001234')
    ).json();
    expect(byApplicant.total).toBeGreaterThan(0);
  });
});
