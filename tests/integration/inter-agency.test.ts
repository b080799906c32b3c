import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loginOfficers,
  must,
  type Officers,
  receiveTestDossier,
  refused,
} from '../support/dossier-helpers.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * One-stop inter-agency handling (một cửa liên thông, Decree 118/2025 Art. 20): the receiving
 * unit, the competent agency and each participating agency stay apart; paper dossiers travel
 * agency by agency with a hand-off slip each, electronic ones go to all at once with a lead; each
 * part has its sub-deadline inside the legal one; participants see the dossier; the result goes
 * back to the receiving unit; the control slip grades every hand-off.
 */
let t: TestApp;
let o: Officers;
let finance: Session;
let police: Session;
let communeOfficer: Session;

beforeAll(async () => {
  t = await createTestApp({ start: '2026-06-01T08:00:00+07:00', sessionTtlHours: 24 * 365 });
  o = await loginOfficers(t);
  const admin = await login(t.app, 'admin');
  for (const [username, unitCode] of [
    ['chuyenvien.taichinh', '000.00.04.H31'],
    ['chuyenvien.congan', '000.00.40.H31'],
  ] as const) {
    const r = await call(t.app, admin, 'POST', '/api/v1/users', {
      username,
      fullName: username === 'chuyenvien.taichinh' ? 'Mai Thị Loan' : 'Đào Văn Quang',
      password: 'MatKhau2026',
      memberships: [{ unitCode, role: 'specialist' }],
    });
    expect(r.statusCode).toBe(201);
  }
  finance = await login(t.app, 'chuyenvien.taichinh', 'MatKhau2026');
  police = await login(t.app, 'chuyenvien.congan', 'MatKhau2026');
  communeOfficer = await login(t.app, 'chuyenvien.phohien');
});
afterAll(() => t.close());

const at = (instant: string) => t.clock.set(instant);

describe('a sequential (paper) chain across three agencies', () => {
  let code: string;

  it('the lead agency hands the dossier to two more agencies in order, each with a hand-off slip and a sub-deadline', async () => {
    code = await receiveTestDossier(t, o.reception);
    at('2026-06-01T09:00:00+07:00');
    await must(t, o.head, code, { type: 'assign', assignee: 'chuyenvien' });
    at('2026-06-01T10:00:00+07:00');
    const handed = await must(t, o.specialist, code, {
      type: 'handoff',
      mode: 'sequential',
      parts: [
        {
          unitCode: '000.00.04.H31',
          task: 'Xác nhận nghĩa vụ tài chính',
          allotted: { amount: 4, unit: 'working_hours' },
        },
        {
          unitCode: '000.00.40.H31',
          task: 'Xác minh nhân thân',
          allotted: { amount: 4, unit: 'working_hours' },
        },
      ],
    });
    expect(handed).toMatchObject({ status: 'in_inter_agency', nationalStatus: 4 });
    expect(
      handed.workflow.chain.parts.map((p: { unitName: string; status: string; slipNo: number }) => [
        p.unitName,
        p.status,
        p.slipNo,
      ]),
    ).toEqual([
      ['Sở Tài chính', 'active', 1],
      ['Công an tỉnh Hưng Yên', 'waiting', 2],
    ]);
    // 10:00 + 4 working hours = 90 minutes before noon + 150 after 13:30.
    expect(handed.workflow.chain.parts[0].dueAt).toBe('2026-06-01T16:00:00+07:00');
  });

  it('participants see the dossier; an agency not taking part does not', async () => {
    expect((await call(t.app, finance, 'GET', `/api/v1/dossiers/${code}`)).statusCode).toBe(200);
    expect((await call(t.app, police, 'GET', `/api/v1/dossiers/${code}`)).statusCode).toBe(200);
    expect((await call(t.app, communeOfficer, 'GET', `/api/v1/dossiers/${code}`)).statusCode).toBe(
      404,
    );
    const box = (await call(t.app, finance, 'GET', '/api/v1/dossiers?box=consulted')).json();
    expect(box.items.map((d: { code: string }) => d.code)).toContain(code);
  });

  it('the second agency cannot act before the first has finished its part', async () => {
    await refused(t, police, code, { type: 'complete_part', result: 'Quá sớm' }, 403);
  });

  it('each agency completes its part in turn; the dossier comes back to the lead agency', async () => {
    at('2026-06-01T14:00:00+07:00');
    const first = await must(t, finance, code, {
      type: 'complete_part',
      result: 'Đã hoàn thành nghĩa vụ tài chính.',
    });
    expect(first.workflow.chain.parts.map((p: { status: string }) => p.status)).toEqual([
      'done',
      'active',
    ]);
    at('2026-06-02T09:00:00+07:00');
    const second = await must(t, police, code, {
      type: 'complete_part',
      result: 'Thông tin nhân thân khớp.',
    });
    expect(second).toMatchObject({ status: 'in_appraisal' });
    expect(second.workflow.chain.parts.every((p: { status: string }) => p.status === 'done')).toBe(
      true,
    );
  });

  it('the lead agency decides, the result goes back to the receiving unit and is returned', async () => {
    at('2026-06-02T10:00:00+07:00');
    await must(t, o.specialist, code, {
      type: 'submit_for_approval',
      summary: 'Các cơ quan đã có ý kiến thống nhất.',
    });
    await must(t, o.leader, code, { type: 'approve' });
    at('2026-06-02T11:00:00+07:00');
    await must(t, o.specialist, code, { type: 'mark_result_ready', resultName: 'Giấy xác nhận' });
    const toReturn = (
      await call(t.app, o.reception, 'GET', '/api/v1/dossiers?box=to_return')
    ).json();
    expect(toReturn.items.map((d: { code: string }) => d.code)).toContain(code);
    at('2026-06-02T14:00:00+07:00');
    const returned = await must(t, o.reception, code, {
      type: 'return_result',
      method: 'in_person',
    });
    expect(returned).toMatchObject({
      status: 'returned',
      nationalStatus: 10,
      receivingUnit: { code: '000.00.31.H31' },
      competentUnit: { code: '000.00.03.H31' },
    });
  });

  it('the control slip carries every hand-off, each graded early, on time or late', async () => {
    const slip = (await call(t.app, o.head, 'GET', `/api/v1/dossiers/${code}/control-slip`)).json();
    const rows = slip.rows as Array<{
      stepName: string;
      receiverUnitName: string;
      giverUnitName: string | null;
      grade: string;
      gradeLabel: string;
    }>;
    expect(rows.map((r) => r.receiverUnitName)).toEqual([
      'Trung tâm Phục vụ hành chính công tỉnh Hưng Yên',
      'Phòng Hành chính tư pháp',
      'Phòng Hành chính tư pháp',
      'Sở Tài chính',
      'Công an tỉnh Hưng Yên',
      'Phòng Hành chính tư pháp',
      'Sở Tư pháp',
      'Phòng Hành chính tư pháp',
      'Trung tâm Phục vụ hành chính công tỉnh Hưng Yên',
    ]);
    for (const row of rows) expect(['Trước hạn', 'Đúng hạn', 'Quá hạn']).toContain(row.gradeLabel);
    const financeRow = rows.find((r) => r.receiverUnitName === 'Sở Tài chính')!;
    expect(financeRow).toMatchObject({
      giverUnitName: 'Phòng Hành chính tư pháp',
      grade: 'on_time',
    });
    const policeRow = rows.find((r) => r.receiverUnitName === 'Công an tỉnh Hưng Yên')!;
    expect(policeRow).toMatchObject({ giverUnitName: 'Sở Tài chính', grade: 'late' });
    expect(slip.returnRow).toMatchObject({ grade: 'early', gradeLabel: 'Trước hạn' });
  });

  it('the delay of the late agency is attributed to that agency, not to the lead officer', async () => {
    const detail = (await call(t.app, o.head, 'GET', `/api/v1/dossiers/${code}`)).json();
    const policeStep = detail.workflow.delays.steps.find(
      (s: { unitName: string }) => s.unitName === 'Công an tỉnh Hưng Yên',
    );
    expect(policeStep).toMatchObject({ atOtherAgency: true, officerDelayMinutes: 0 });
    expect(policeStep.agencyDelayMinutes).toBeGreaterThan(0);
  });
});

describe('a parallel (electronic) chain', () => {
  it('goes to all agencies at once with one lead agency; every sub-deadline must fit the legal one', async () => {
    at('2026-06-08T08:00:00+07:00');
    const code = await receiveTestDossier(t, o.reception);
    await must(t, o.head, code, { type: 'assign', assignee: 'chuyenvien' });
    const parts = [
      {
        unitCode: '000.00.04.H31',
        task: 'Ý kiến tài chính',
        allotted: { amount: 1, unit: 'working_days' },
        lead: true,
      },
      {
        unitCode: '000.00.40.H31',
        task: 'Ý kiến an ninh',
        allotted: { amount: 1, unit: 'working_days' },
      },
    ];
    await refused(
      t,
      o.specialist,
      code,
      { type: 'handoff', mode: 'parallel', parts: parts.map((p) => ({ ...p, lead: false })) },
      422,
      'one_lead_agency',
    );
    await refused(
      t,
      o.specialist,
      code,
      {
        type: 'handoff',
        mode: 'parallel',
        parts: [{ ...parts[0], allotted: { amount: 4, unit: 'working_days' } }, parts[1]],
      },
      422,
      'subdeadline_within_legal',
    );
    const handed = await must(t, o.specialist, code, { type: 'handoff', mode: 'parallel', parts });
    expect(
      handed.workflow.chain.parts.map((p: { status: string; lead: boolean }) => [p.status, p.lead]),
    ).toEqual([
      ['active', true],
      ['active', false],
    ]);
    await must(t, police, code, { type: 'complete_part', result: 'Không có vấn đề.' });
    expect(
      (await must(t, finance, code, { type: 'complete_part', result: 'Đồng ý.' })).status,
    ).toBe('in_appraisal');
  });
});
