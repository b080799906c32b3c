import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.ts';
import {
  applicant,
  loginOfficers,
  must,
  type Officers,
  receiveTestDossier,
} from '../support/dossier-helpers.ts';
import { call, createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Ratings (Decree 118/2025 Art. 33) by their three channels — the counter tablet, the receipt's QR
 * code, online — on the three-level scale, one per dossier per channel, linked to the officer and
 * to the queue ticket. Pages are posted as plain HTML forms (no JavaScript).
 */
let t: TestApp;
let o: Officers;
const check = applicant.phone.slice(-4);
const centre = '000.00.31.H31';

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00' });
  o = await loginOfficers(t);
});
afterAll(() => t.close());

const all = (level: string, extra: Record<string, string> = {}) => ({
  returnTime: level,
  bodiesContacted: level,
  timesContacted: level,
  informationAccuracy: level,
  staffAttitude: level,
  lawfulness: level,
  feedbackExplanations: 'na',
  onlineQuality: 'na',
  overall: level,
  ...extra,
});

const post = (url: string, body: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams(body).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

const ratingsOf = (code: string) =>
  t.database.db
    .selectFrom('ratings as r')
    .innerJoin('dossiers as d', 'd.id', 'r.dossierId')
    .leftJoin('users as u', 'u.id', 'r.officerId')
    .select([
      'r.channel',
      'r.overall',
      'r.staffAttitude',
      'r.onlineQuality',
      'r.comment',
      'r.counterNo',
      'r.ticketId',
      'u.username',
    ])
    .where('d.code', '=', code)
    .orderBy('r.createdAt')
    .execute();

describe('from the receipt QR code: /danh-gia/<code>', () => {
  it('asks for the second factor, shows the Art. 33 questions, records once', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const ask = await t.app.inject({ url: `/danh-gia/${code}` });
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('name="check"');
    expect(ask.body).not.toContain('name="staffAttitude"');
    const wrong = await t.app.inject({ url: `/danh-gia/${code}?check=1111` });
    expect(wrong.statusCode).toBe(404);

    const page = await t.app.inject({ url: `/danh-gia/${code}?check=${check}` });
    expect(page.statusCode).toBe(200);
    for (const text of [
      '(a) Thời gian trả kết quả',
      '(đ) Thái độ',
      '(h) Tiến độ',
      'Rất hài lòng',
      'Không hài lòng',
      'Không áp dụng',
    ])
      expect(page.body).toContain(text);
    expect(page.body).not.toContain('<script');

    const incomplete = await post(`/danh-gia/${code}`, { check, channel: 'qr', overall: '3' });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.body).toContain('Chọn mức hài lòng: Thời gian trả kết quả');

    const done = await post(`/danh-gia/${code}`, {
      check,
      channel: 'qr',
      ...all('3', { comment: 'Cán bộ tận tình.' }),
    });
    expect(done.statusCode).toBe(201);
    expect(done.body).toContain('Cảm ơn');
    expect(await ratingsOf(code)).toEqual([
      expect.objectContaining({
        channel: 'qr',
        overall: 3,
        onlineQuality: null,
        comment: 'Cán bộ tận tình.',
        username: 'tiepnhan',
      }),
    ]);

    const again = await post(`/danh-gia/${code}`, { check, channel: 'qr', ...all('1') });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('đã được đánh giá qua kênh');
    expect(await ratingsOf(code)).toHaveLength(1);
  });
});

describe('online: POST /api/v1/public/dossiers/:code/ratings', () => {
  it('a second channel is a second rating; the same channel twice is refused', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const url = `/api/v1/public/dossiers/${code}/ratings`;
    const answers = { ...all('2'), onlineQuality: 3 };
    const first = await call(t.app, undefined, 'POST', url, {
      check,
      channel: 'online',
      ...answers,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ code, channel: 'online', overall: 2 });
    const twice = await call(t.app, undefined, 'POST', url, {
      check,
      channel: 'online',
      ...answers,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({
      code: 'DUPLICATE',
      details: { rule: 'one_rating_per_channel' },
    });
    const qr = await call(t.app, undefined, 'POST', url, {
      check: applicant.idNumber,
      channel: 'qr',
      ...all('3'),
    });
    expect(qr.statusCode).toBe(201);
    expect((await ratingsOf(code)).map((r) => [r.channel, r.onlineQuality])).toEqual([
      ['online', 3],
      ['qr', null],
    ]);
  });

  it('validates every criterion on the three-level scale', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const url = `/api/v1/public/dossiers/${code}/ratings`;
    const outOfScale = await call(t.app, undefined, 'POST', url, {
      check,
      ...all('2'),
      staffAttitude: 4,
    });
    expect(outOfScale.statusCode).toBe(400);
    expect(outOfScale.json().details.fields).toEqual([
      {
        field: 'staffAttitude',
        message: 'Chọn mức hài lòng: Thái độ của cán bộ, công chức, viên chức',
      },
    ]);
    const notApplicable = await call(t.app, undefined, 'POST', url, {
      check,
      ...all('2'),
      lawfulness: 'na',
    });
    expect(notApplicable.statusCode).toBe(400);
    const missing = await call(t.app, undefined, 'POST', url, { check, returnTime: 3 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details.fields.length).toBeGreaterThanOrEqual(6);
    const long = await call(t.app, undefined, 'POST', url, {
      check,
      ...all('2'),
      comment: 'x'.repeat(2001),
    });
    expect(long.statusCode).toBe(400);
    const wrongCheck = await call(t.app, undefined, 'POST', url, { check: '9999', ...all('2') });
    expect(wrongCheck.statusCode).toBe(404);
    expect(await ratingsOf(code)).toEqual([]);
  });
});

describe('the counter tablet: /danh-gia/quay?unit=&counter=', () => {
  const tablet = (counter: number) => `/danh-gia/quay?unit=${centre}&counter=${counter}`;

  it('shows the dossier the officer invites to rate, records it for that officer and counter', async () => {
    const idle = await t.app.inject({ url: tablet(1) });
    expect(idle.statusCode).toBe(200);
    expect(idle.body).toContain('http-equiv="refresh"');
    expect(idle.body).toContain('Mời Ông/Bà chờ');

    const code = await receiveTestDossier(t, o.reception);
    // No counter named: the counter tiepnhan has open in the queue (counter 1).
    const invited = await call(
      t.app,
      o.reception,
      'POST',
      `/api/v1/dossiers/${code}/rating-prompts`,
      {},
    );
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json()).toMatchObject({
      counterNo: 1,
      tabletPath: tablet(1),
      expiresInMinutes: 15,
    });

    const shown = await t.app.inject({ url: tablet(1) });
    expect(shown.body).toContain(code);
    expect(shown.body).toContain('Nguyễn V. B.');
    expect(shown.body).not.toContain(applicant.fullName);
    expect(shown.body).toContain('Cán bộ phục vụ: Nguyễn Thị Hoa');
    const promptId = /name="promptId" value="([0-9a-f-]{36})"/.exec(shown.body)![1]!;

    const done = await post('/danh-gia/quay', {
      promptId,
      unit: centre,
      counter: '1',
      ...all('3'),
    });
    expect(done.statusCode).toBe(201);
    expect(done.body).toContain(`url=${tablet(1).replace(/&/g, '&amp;')}`);
    expect(await ratingsOf(code)).toEqual([
      expect.objectContaining({ channel: 'counter', counterNo: 1, username: 'tiepnhan' }),
    ]);
    expect((await t.app.inject({ url: tablet(1) })).body).toContain('Mời Ông/Bà chờ');
    const twice = await post('/danh-gia/quay', {
      promptId,
      unit: centre,
      counter: '1',
      ...all('1'),
    });
    expect(twice.statusCode).toBe(409);
  });

  it('an invitation expires after 15 minutes', async () => {
    const code = await receiveTestDossier(t, o.reception);
    await call(t.app, o.reception, 'POST', `/api/v1/dossiers/${code}/rating-prompts`, {
      counterNo: 5,
    });
    const promptId = /name="promptId" value="([0-9a-f-]{36})"/.exec(
      (await t.app.inject({ url: tablet(5) })).body,
    )![1]!;
    t.clock.advance(16 * 60_000);
    expect((await t.app.inject({ url: tablet(5) })).body).not.toContain(code);
    const late = await post('/danh-gia/quay', {
      promptId,
      unit: centre,
      counter: '5',
      ...all('2'),
    });
    expect(late.statusCode).toBe(404);
    expect(late.body).toContain('hết hạn');
    expect(await ratingsOf(code)).toEqual([]);
  });

  it('without an invitation, offers the dossier received from the ticket the counter just served', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const db = t.database.db;
    const counter = await db
      .selectFrom('queueCounters as c')
      .innerJoin('units as u', 'u.id', 'c.unitId')
      .select(['c.id', 'c.unitId', 'c.tenantId'])
      .where('u.code', '=', centre)
      .where('c.number', '=', 2)
      .executeTakeFirstOrThrow();
    const service = await db
      .selectFrom('queueServices')
      .select('id')
      .where('unitId', '=', counter.unitId)
      .where('prefix', '=', 'B')
      .executeTakeFirstOrThrow();
    const officer = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'tiepnhan')
      .executeTakeFirstOrThrow();
    const ticketId = newId();
    const now = t.clock.now();
    await db
      .insertInto('queueTickets')
      .values({
        id: ticketId,
        tenantId: counter.tenantId,
        unitId: counter.unitId,
        serviceId: service.id,
        day: '2026-03-02',
        seq: 901,
        displayCode: 'B901',
        status: 'done',
        rankAt: now,
        issuedAt: now,
        servingAt: now,
        finishedAt: now,
        counterId: counter.id,
        officerId: officer.id,
      })
      .execute();
    await db.updateTable('dossiers').set({ ticketId }).where('code', '=', code).execute();

    const shown = await t.app.inject({ url: tablet(2) });
    expect(shown.body).toContain(code);
    expect(shown.body).toContain(`name="ticketId" value="${ticketId}"`);
    const forged = await post('/danh-gia/quay', {
      ticketId: newId(),
      unit: centre,
      counter: '2',
      ...all('1'),
    });
    expect(forged.statusCode).toBe(404);
    const done = await post('/danh-gia/quay', {
      ticketId,
      unit: centre,
      counter: '2',
      ...all('2'),
    });
    expect(done.statusCode).toBe(201);
    expect(await ratingsOf(code)).toEqual([
      expect.objectContaining({ channel: 'counter', counterNo: 2, ticketId, username: 'tiepnhan' }),
    ]);
  });

  it('links a rating after the return to the officer who returned the result', async () => {
    const code = await receiveTestDossier(t, o.reception);
    await must(t, o.head, code, { type: 'assign', assignee: 'chuyenvien' });
    await must(t, o.specialist, code, { type: 'submit_for_approval', summary: 'Đủ điều kiện.' });
    await must(t, o.leader, code, { type: 'approve' });
    await must(t, o.specialist, code, { type: 'mark_result_ready' });
    // Only officers of the one-stop unit invite ratings at its counters.
    const notCounter = await call(
      t.app,
      o.specialist,
      'POST',
      `/api/v1/dossiers/${code}/rating-prompts`,
      { counterNo: 1 },
    );
    expect(notCounter.statusCode).toBe(403);
    await must(t, o.reception, code, { type: 'return_result', method: 'in_person' });
    const r = await call(t.app, undefined, 'POST', `/api/v1/public/dossiers/${code}/ratings`, {
      check,
      ...all('3'),
    });
    expect(r.statusCode).toBe(201);
    const rows = await t.database.db
      .selectFrom('ratings as r')
      .innerJoin('dossiers as d', 'd.id', 'r.dossierId')
      .innerJoin('users as u', 'u.id', 'r.returnedBy')
      .select(['u.username', 'r.officerId', 'r.returnedBy'])
      .where('d.code', '=', code)
      .execute();
    expect(rows).toEqual([expect.objectContaining({ username: 'tiepnhan' })]);
    expect(rows[0]!.officerId).toBe(rows[0]!.returnedBy);
    const listed = (
      await call(t.app, o.specialist, 'GET', `/api/v1/dossiers/${code}/ratings`)
    ).json();
    expect(listed.items[0]).toMatchObject({
      channel: 'online',
      overallLabel: 'Rất hài lòng',
      officerName: 'Nguyễn Thị Hoa',
    });
    expect(
      listed.items[0].answers.find((a: { key: string }) => a.key === 'onlineQuality').label,
    ).toBe('Không áp dụng');
  });
});
