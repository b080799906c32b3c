import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierJobHandlers } from '../../src/services/dossiers/dossier-jobs.ts';
import { submitOnline } from '../../src/services/dossiers/submit-online.ts';
import { JobRunner } from '../../src/services/jobs/job-runner.ts';
import {
  applicant,
  loginOfficers,
  must,
  type Officers,
  receiveTestDossier,
} from '../support/dossier-helpers.ts';
import { call, createTestApp, login, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let o: Officers;
let tenantId: string;
const codes: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ start: '2026-09-07T08:00:00+07:00', sessionTtlHours: 24 * 365 });
  o = await loginOfficers(t);
  tenantId = (
    await t.database.db
      .selectFrom('units')
      .select('tenantId')
      .where('code', '=', '000.00.00.H31')
      .executeTakeFirstOrThrow()
  ).tenantId;
  codes.submitted = (
    await submitOnline(t.ctx, {
      tenantId,
      procedureCode: '9.999001',
      applicant,
      source: { kind: 'citizen' },
    })
  ).code;
  codes.received = await receiveTestDossier(t, o.reception);
  codes.assigned = await receiveTestDossier(t, o.reception, {
    applicant: { ...applicant, fullName: 'Phạm Thị Dung', idNumber: '033199004455' },
  });
  await must(t, o.head, codes.assigned, { type: 'assign', assignee: 'chuyenvien' });
  codes.approval = await receiveTestDossier(t, o.reception);
  await must(t, o.head, codes.approval, { type: 'assign', assignee: 'chuyenvien' });
  await must(t, o.specialist, codes.approval, { type: 'submit_for_approval', summary: 'Đủ' });
  codes.supplement = await receiveTestDossier(t, o.reception);
  await must(t, o.head, codes.supplement, { type: 'assign', assignee: 'chuyenvien' });
  await must(t, o.specialist, codes.supplement, {
    type: 'request_supplement',
    reasons: [{ code: 'missing_document' }],
    documents: ['Tờ khai'],
  });
});
afterAll(() => t.close());

const box = async (session: typeof o.head, name: string, q = '') =>
  (
    await call(
      t.app,
      session,
      'GET',
      `/api/v1/dossiers?box=${name}${q ? `&q=${encodeURIComponent(q)}` : ''}`,
    )
  ).json() as { items: Array<{ code: string }>; total: number };
const codesOf = (result: { items: Array<{ code: string }> }) => result.items.map((i) => i.code);

describe('inboxes per role and unit', () => {
  it('to receive: online submissions at the one-stop unit', async () => {
    expect(codesOf(await box(o.reception, 'to_receive'))).toEqual([codes.submitted]);
  });

  it('to assign, mine, awaiting approval, waiting for the citizen', async () => {
    expect(codesOf(await box(o.head, 'to_assign'))).toEqual([codes.received]);
    expect(codesOf(await box(o.specialist, 'mine')).sort()).toEqual([codes.assigned].sort());
    expect(codesOf(await box(o.leader, 'to_approve'))).toEqual([codes.approval]);
    expect(codesOf(await box(o.head, 'waiting_citizen'))).toEqual([codes.supplement]);
  });

  it('counts come per box, only for the boxes a role has', async () => {
    const head = (await call(t.app, o.head, 'GET', '/api/v1/dossiers/counts')).json();
    expect(head).toMatchObject({ to_assign: 1, mine: 0, waiting_citizen: 1, all: 5 });
    expect(head).not.toHaveProperty('to_receive');
    const reception = (await call(t.app, o.reception, 'GET', '/api/v1/dossiers/counts')).json();
    expect(reception).toMatchObject({ to_receive: 1, to_return: 0 });
    expect(reception).not.toHaveProperty('to_approve');
  });

  it('search by code, identity number, applicant name and procedure', async () => {
    expect(codesOf(await box(o.head, 'all', codes.assigned))).toEqual([codes.assigned]);
    expect(codesOf(await box(o.head, 'all', '033199004455'))).toEqual([codes.assigned]);
    expect(codesOf(await box(o.head, 'all', 'phạm thị'))).toEqual([codes.assigned]);
    expect((await box(o.head, 'all', '9.999001')).total).toBe(5);
  });

  it('another unit’s officer sees none of them', async () => {
    const commune = await login(t.app, 'truongphong.phohien');
    expect((await box(commune, 'all')).total).toBe(0);
  });
});

describe('overdue watch', () => {
  it('flags due-soon then overdue dossiers once each, telling the handler, the head, the one-stop unit and (overdue) the leaders', async () => {
    const runner = new JobRunner(t.ctx, dossierJobHandlers);
    const enqueue = async (id: string, runAt: string) =>
      t.database.db
        .insertInto('jobs')
        .values({
          id,
          tenantId: null,
          kind: 'dossiers.watch_deadlines',
          payload: '{}',
          runAt: new Date(runAt),
        })
        .execute();
    // Received Monday 08:00, due Thursday 08:00 (3 working days).
    t.clock.set('2026-09-09T09:00:00+07:00');
    await enqueue('01900000-0000-7000-8000-00000000b001', '2026-09-09T09:00:00+07:00');
    expect(await runner.runDue()).toEqual({ done: 1, failed: 0 });
    expect(codesOf(await box(o.specialist, 'due_soon'))).toContain(codes.assigned);
    const specialistInbox = (
      await call(t.app, o.specialist, 'GET', '/api/v1/notifications?limit=200')
    ).json();
    expect(
      specialistInbox.items.some(
        (n: { subject: string }) => n.subject === `Hồ sơ ${codes.assigned} sắp đến hạn trả kết quả`,
      ),
    ).toBe(true);
    const receptionInbox = (
      await call(t.app, o.reception, 'GET', '/api/v1/notifications?limit=200')
    ).json();
    expect(
      receptionInbox.items.filter((n: { subject: string }) => n.subject.includes('sắp đến hạn'))
        .length,
    ).toBe(3);

    await enqueue('01900000-0000-7000-8000-00000000b002', '2026-09-09T09:15:00+07:00');
    t.clock.set('2026-09-09T09:15:00+07:00');
    await runner.runDue();
    const again = (await call(t.app, o.reception, 'GET', '/api/v1/notifications?limit=200')).json();
    expect(
      again.items.filter((n: { subject: string }) => n.subject.includes('sắp đến hạn')).length,
    ).toBe(3);

    t.clock.set('2026-09-10T09:00:00+07:00');
    await enqueue('01900000-0000-7000-8000-00000000b003', '2026-09-10T09:00:00+07:00');
    await runner.runDue();
    expect(codesOf(await box(o.head, 'overdue')).sort()).toEqual(
      [codes.assigned, codes.approval, codes.received].sort(),
    );
    const leader = (await call(t.app, o.leader, 'GET', '/api/v1/notifications?limit=200')).json();
    expect(
      leader.items.filter((n: { subject: string }) => n.subject.includes('đã quá hạn')).length,
    ).toBe(3);
    const flagged = await t.database.db
      .selectFrom('dossiers')
      .select(['code', 'overdueAlertedAt'])
      .where('overdueAlertedAt', 'is not', null)
      .execute();
    expect(flagged.map((f) => f.code).sort()).toEqual(
      [codes.assigned, codes.approval, codes.received].sort(),
    );
  });
});
