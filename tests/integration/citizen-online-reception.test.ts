import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  citizenJobHandlers,
  citizenRecurringJobs,
} from '../../src/services/citizens/online-reception-alerts.ts';
import { JobRunner } from '../../src/services/jobs/job-runner.ts';
import {
  type CitizenSession,
  citizenCall,
  prepareDraft,
  signInCitizen,
} from '../support/citizen-helpers.ts';
import { loginOfficers, must, type Officers } from '../support/dossier-helpers.ts';
import { makePdf, makeWindowsExe, multipart } from '../support/sample-files.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * The receiving unit's side of an online dossier (Decree 118/2025 Art. 17.2): alerted once, 2
 * hours after an untouched submission; a supplement request answered by the citizen online, with
 * the files recorded per round; the officer then accepts.
 */
let t: TestApp;
let citizen: CitizenSession;
let o: Officers;
let pdf: Buffer;
beforeAll(async () => {
  // Officers' sessions outlive the days this file moves through; citizens sign in again.
  t = await createTestApp({ start: '2026-03-02T10:00:00+07:00', sessionTtlHours: 240 });
  citizen = await signInCitizen(t, '0912000111');
  o = await loginOfficers(t);
  pdf = await makePdf('Giấy tờ bổ sung');
});
afterAll(() => t.close());

/** Moves the clock and signs the citizen in again (citizen sessions end after 2 idle hours). */
async function at(instant: string) {
  t.clock.set(instant);
  citizen = await signInCitizen(t, '0912000111');
}

async function submitNew(): Promise<string> {
  const id = await prepareDraft(t, citizen, pdf);
  const submitted = await citizenCall(t, citizen, 'POST', `/api/v1/citizen/drafts/${id}/submit`);
  expect(submitted.statusCode, submitted.body).toBe(201);
  return submitted.json().code;
}

async function alertsFor(session: Session) {
  const items = (await call(t.app, session, 'GET', '/api/v1/notifications?limit=200')).json().items;
  return items.filter((n: { template: string }) => n.template === 'dossier.online_untouched');
}

function uploadSupplement(
  session: CitizenSession,
  code: string,
  document: string,
  file: { name: string; bytes: Buffer },
) {
  const body = multipart({ document }, file);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/citizen/dossiers/${code}/supplement/files`,
    headers: { ...body.headers, cookie: session.cookie, 'x-csrf-token': session.csrf },
    payload: body.payload,
  });
}

describe('the 2-hour alert', () => {
  it('tells the reception officers of the receiving unit once, 2 hours after an untouched submission', async () => {
    const runner = new JobRunner(t.ctx, citizenJobHandlers, citizenRecurringJobs);
    const untouched = await submitNew();
    const accepted = await submitNew();
    t.clock.set('2026-03-02T10:30:00+07:00');
    await must(t, o.reception, accepted, { type: 'accept_online' });

    t.clock.set('2026-03-02T11:55:00+07:00');
    await runner.runDue();
    expect(await alertsFor(o.reception)).toEqual([]);

    t.clock.set('2026-03-02T12:00:00+07:00');
    expect((await runner.runDue()).failed).toBe(0);
    const alerts = await alertsFor(o.reception);
    expect(alerts.map((a: { payload: { code: string } }) => a.payload.code)).toEqual([untouched]);
    expect(alerts[0].subject).toBe(`Hồ sơ trực tuyến ${untouched} chưa được xử lý sau 2 giờ`);
    expect(alerts[0].body).toContain('8 giờ làm việc');
    const row = await t.database.db
      .selectFrom('dossiers')
      .select('receptionDueAt')
      .where('code', '=', untouched)
      .executeTakeFirstOrThrow();
    expect(alerts[0].payload.receptionDueAt).toBe(
      new Date(row.receptionDueAt!.getTime() + 7 * 3_600_000)
        .toISOString()
        .replace('.000Z', '+07:00'),
    );

    // Reception officers of another unit and the agency's specialists are not told.
    const commune = await login(t.app, 'tiepnhan.phohien');
    expect(await alertsFor(commune)).toEqual([]);
    expect(await alertsFor(o.specialist)).toEqual([]);

    t.clock.set('2026-03-02T12:05:00+07:00');
    await runner.runDue();
    t.clock.set('2026-03-02T16:00:00+07:00');
    await runner.runDue();
    expect(await alertsFor(o.reception)).toHaveLength(1);
  });
});

describe('supplement round trip', () => {
  let code: string;
  it('shows the officer’s request to the citizen, first in “Hồ sơ của tôi”', async () => {
    await at('2026-03-03T08:00:00+07:00');
    code = await submitNew();
    t.clock.set('2026-03-03T09:00:00+07:00');
    await must(t, o.reception, code, {
      type: 'request_supplement',
      reasons: [{ code: 'missing_document', detail: 'Thiếu bản sao giấy tờ tùy thân mặt sau' }],
      documents: ['Bản sao giấy tờ tùy thân (hai mặt)', 'Văn bản ủy quyền'],
    });
    const mine = (await citizenCall(t, citizen, 'GET', '/api/v1/citizen/dossiers')).json();
    expect(mine.dossiers[0]).toMatchObject({
      code,
      needsAction: true,
      statusLabel: 'Cần bổ sung giấy tờ',
    });
    const detail = (
      await citizenCall(t, citizen, 'GET', `/api/v1/citizen/dossiers/${code}`)
    ).json();
    expect(detail.supplement).toMatchObject({
      round: 1,
      reasons: ['Thiếu thành phần hồ sơ: Thiếu bản sao giấy tờ tùy thân mặt sau'],
      documents: ['Bản sao giấy tờ tùy thân (hai mặt)', 'Văn bản ủy quyền'],
      files: [],
    });
  });

  it('takes the citizen’s files per requested document, refusing bad ones and strangers', async () => {
    expect(
      (await uploadSupplement(citizen, code, '0', { name: 'cccd-2-mat.pdf', bytes: pdf }))
        .statusCode,
    ).toBe(201);
    expect(
      (await uploadSupplement(citizen, code, 'other', { name: 'ghi-chu.pdf', bytes: pdf }))
        .statusCode,
    ).toBe(201);
    const exe = await uploadSupplement(citizen, code, '1', {
      name: 'uy-quyen.pdf',
      bytes: makeWindowsExe(),
    });
    expect(exe.statusCode).toBe(415);
    expect(
      (await uploadSupplement(citizen, code, '7', { name: 'x.pdf', bytes: pdf })).statusCode,
    ).toBe(400);
    const stranger = await signInCitizen(t, '0912000222');
    expect(
      (await uploadSupplement(stranger, code, '1', { name: 'x.pdf', bytes: pdf })).statusCode,
    ).toBe(404);
    expect(
      (await citizenCall(t, stranger, 'POST', `/api/v1/citizen/dossiers/${code}/supplement`))
        .statusCode,
    ).toBe(404);
    const detail = (
      await citizenCall(t, citizen, 'GET', `/api/v1/citizen/dossiers/${code}`)
    ).json();
    expect(detail.supplement.files.map((f: { documentName: string }) => f.documentName)).toEqual([
      'Bản sao giấy tờ tùy thân (hai mặt)',
      'Giấy tờ bổ sung khác',
    ]);
  });

  it('re-submits: supplement_received, documents of round 1, the reception officers told; a resend changes nothing', async () => {
    await at('2026-03-04T14:00:00+07:00');
    const sent = await citizenCall(
      t,
      citizen,
      'POST',
      `/api/v1/citizen/dossiers/${code}/supplement`,
    );
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ code, status: 'submitted', replayed: false });
    const again = await citizenCall(
      t,
      citizen,
      'POST',
      `/api/v1/citizen/dossiers/${code}/supplement`,
    );
    expect(again.json()).toMatchObject({ code, replayed: true });

    const row = await t.database.db
      .selectFrom('dossiers')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    const documents = await t.database.db
      .selectFrom('dossierDocuments')
      .selectAll()
      .where('dossierId', '=', row.id)
      .where('source', '=', 'supplement')
      .execute();
    expect(documents.map((d) => [d.name, d.supplementRound, d.requirementNo])).toEqual([
      ['Bản sao giấy tờ tùy thân (hai mặt)', 1, null],
      ['Giấy tờ bổ sung khác', 1, null],
    ]);
    const log = await t.database.db
      .selectFrom('dossierActions')
      .selectAll()
      .where('dossierId', '=', row.id)
      .orderBy('seq')
      .execute();
    expect(log.map((a) => a.type)).toEqual([
      'receive',
      'request_supplement',
      'supplement_received',
    ]);
    expect(log[2]!.payload).toMatchObject({
      documents: ['Bản sao giấy tờ tùy thân (hai mặt)', 'Giấy tờ bổ sung khác'],
    });
    const told = (await call(t.app, o.reception, 'GET', '/api/v1/notifications?limit=200')).json()
      .items;
    expect(
      told.filter((n: { template: string }) => n.template === 'citizen.supplement_submitted'),
    ).toHaveLength(1);

    const detail = (
      await citizenCall(t, citizen, 'GET', `/api/v1/citizen/dossiers/${code}`)
    ).json();
    expect(detail).toMatchObject({ status: 'submitted', supplement: null });
    const inbox = (await call(t.app, o.reception, 'GET', '/api/v1/dossiers?box=to_receive')).json();
    expect(inbox.items.map((i: { code: string }) => i.code)).toContain(code);
  });

  it('a supplement asked during appraisal restarts the handling period when the citizen answers (round 2)', async () => {
    await must(t, o.reception, code, { type: 'accept_online' });
    await must(t, o.head, code, { type: 'assign', assignee: 'chuyenvien' });
    await at('2026-03-05T09:00:00+07:00');
    await must(t, o.specialist, code, {
      type: 'request_supplement',
      reasons: [{ code: 'invalid_copy' }],
      documents: ['Bản sao giấy tờ tùy thân có chứng thực'],
    });
    expect(
      (await uploadSupplement(citizen, code, '0', { name: 'cccd-chung-thuc.pdf', bytes: pdf }))
        .statusCode,
    ).toBe(201);
    await at('2026-03-06T10:00:00+07:00');
    const sent = await citizenCall(
      t,
      citizen,
      'POST',
      `/api/v1/citizen/dossiers/${code}/supplement`,
    );
    expect(sent.json()).toMatchObject({ status: 'in_appraisal' });
    const row = await t.database.db
      .selectFrom('dossiers')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    expect(row.clockStartAt!.getTime()).toBeGreaterThanOrEqual(
      Date.parse('2026-03-06T10:00:00+07:00'),
    );
    const round2 = await t.database.db
      .selectFrom('dossierDocuments')
      .select(['name', 'supplementRound'])
      .where('dossierId', '=', row.id)
      .where('supplementRound', '=', 2)
      .execute();
    expect(round2).toEqual([
      { name: 'Bản sao giấy tờ tùy thân có chứng thực', supplementRound: 2 },
    ]);
    const status = (
      await citizenCall(t, citizen, 'GET', `/api/v1/citizen/dossiers/${code}`)
    ).json();
    expect(status.statusLabel).toBe('Đang xử lý');
    expect(status.dueAt).toBe(
      new Date(row.dueAt!.getTime() + 7 * 3_600_000).toISOString().replace('.000Z', '+07:00'),
    );
  });

  it('refuses a supplement when none is asked', async () => {
    const response = await citizenCall(
      t,
      citizen,
      'POST',
      `/api/v1/citizen/dossiers/${code}/supplement`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().replayed).toBe(true);
    const fresh = await submitNew();
    const refused = await citizenCall(
      t,
      citizen,
      'POST',
      `/api/v1/citizen/dossiers/${fresh}/supplement`,
    );
    expect(refused.statusCode).toBe(409);
    expect(
      (await uploadSupplement(citizen, fresh, '0', { name: 'x.pdf', bytes: pdf })).statusCode,
    ).toBe(409);
  });
});
