import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOutboxMessages } from '../../src/db/repositories/deliveries.ts';
import { submitOnline } from '../../src/services/dossiers/submit-online.ts';
import { deliverDueNotifications } from '../../src/services/notifications/deliver-notifications.ts';
import { notifyApplicantOfReception } from '../../src/services/notifications/notify-applicant.ts';
import {
  applicant,
  loginOfficers,
  must,
  type Officers,
  receiveTestDossier,
} from '../support/dossier-helpers.ts';
import { call, createTestApp, login, type TestApp } from '../support/test-app.ts';

/**
 * The citizen's messages along the workflow (issue #5 item 9), delivered by the demo mailbox:
 * which action tells what, written with the action, de-duplicated, shown with their attempts in
 * the dossier timeline, and the demo mailbox page — only in demo mode.
 */
let t: TestApp;
let o: Officers;
let tenantId: string;
const deliver = () => deliverDueNotifications(t.ctx, { random: () => 0.5 });

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
});
afterAll(() => t.close());

async function outbox(code: string) {
  return t.database.db
    .selectFrom('notifications as n')
    .innerJoin('dossiers as d', 'd.id', 'n.dossierId')
    .select(['n.id', 'n.channel', 'n.template', 'n.subject', 'n.body', 'n.status', 'n.payload'])
    .where('d.code', '=', code)
    .where('n.channel', '<>', 'in_app')
    .orderBy('n.createdAt')
    .orderBy('n.channel')
    .execute();
}
/** The SMS templates of a dossier in the order of the actions that wrote them. */
const templates = async (code: string) =>
  (await outbox(code))
    .filter((n) => n.channel === 'sms')
    .sort((a, b) => (a.payload as { seq: number }).seq - (b.payload as { seq: number }).seq)
    .map((n) => n.template);

describe('what each step of the workflow tells the applicant', () => {
  let code: string;

  it('reception, processing, a supplement request with the full list, the result and its return', async () => {
    code = await receiveTestDossier(t, o.reception);
    await must(t, o.head, code, { type: 'assign', assignee: 'chuyenvien' });
    t.clock.set('2026-03-03T09:00:00+07:00');
    await must(t, o.specialist, code, {
      type: 'request_supplement',
      reasons: [{ code: 'invalid_copy', detail: 'Bản sao CCCD mờ' }],
      documents: ['Bản sao căn cước công dân', 'Tờ khai theo mẫu 03/2025'],
    });
    t.clock.set('2026-03-04T09:00:00+07:00');
    await must(t, o.reception, code, { type: 'supplement_received' });
    await must(t, o.specialist, code, { type: 'submit_for_approval', summary: 'Đủ điều kiện.' });
    await must(t, o.leader, code, { type: 'approve' });
    await must(t, o.specialist, code, { type: 'mark_result_ready', resultName: 'Giấy xác nhận' });
    await must(t, o.reception, code, { type: 'return_result', method: 'in_person' });
    // Submitting for approval and approving keep the national status "Đang xử lý": no message.
    expect(await templates(code)).toEqual([
      'citizen.received',
      'citizen.status_changed',
      'citizen.supplement_requested',
      'citizen.supplement_received',
      'citizen.result_ready',
      'citizen.returned',
    ]);
    const emails = (await outbox(code)).filter((n) => n.channel === 'email');
    expect(emails).toHaveLength(6);
    const supplement = emails.find((n) => n.template === 'citizen.supplement_requested')!;
    expect(supplement.subject).toBe(`[Một Cửa] Hồ sơ ${code} cần bổ sung, hoàn thiện`);
    expect(supplement.body).toContain(
      '  1. Bản sao căn cước công dân\n  2. Tờ khai theo mẫu 03/2025',
    );
    expect(supplement.body).toContain(
      'Bản sao chưa được chứng thực hoặc không rõ: Bản sao CCCD mờ',
    );
    const ready = emails.find((n) => n.template === 'citizen.result_ready')!;
    expect(ready.body).toContain('Mời Ông/Bà đến nhận kết quả tại');
    const returned = (await outbox(code)).find(
      (n) => n.template === 'citizen.returned' && n.channel === 'sms',
    )!;
    expect(returned.body).toBe(
      `Ho so ${code} da tra ket qua. Cam on Ong/Ba. Danh gia: http://127.0.0.1:3000/danh-gia/${code}`,
    );
  });

  it('an online submission, then its acceptance or refusal at reception', async () => {
    const online = await submitOnline(t.ctx, {
      tenantId,
      procedureCode: '9.999001',
      applicant,
      source: { kind: 'citizen' },
    });
    const refusedOne = await submitOnline(t.ctx, {
      tenantId,
      procedureCode: '9.999001',
      applicant: { ...applicant, email: undefined },
      source: { kind: 'citizen' },
    });
    await must(t, o.reception, online.code, { type: 'accept_online' });
    await must(t, o.reception, refusedOne.code, {
      type: 'refuse_reception',
      reasons: ['Không thuộc thẩm quyền giải quyết'],
    });
    expect(await templates(online.code)).toEqual(['citizen.submitted', 'citizen.received']);
    const refusal = await outbox(refusedOne.code);
    // No e-mail address: SMS only.
    expect(refusal.map((n) => [n.channel, n.template])).toEqual([
      ['sms', 'citizen.submitted'],
      ['sms', 'citizen.reception_refused'],
    ]);
    // One segment: the reason is cut at a word; the look-up page has it whole.
    expect(refusal[1]!.body).toBe(
      `Ho so ${refusedOne.code} khong duoc tiep nhan. Ly do: Khong thuoc tham quyen... Chi tiet: http://127.0.0.1:3000/tra-cuu?ma=${refusedOne.code}`,
    );
  });

  it('writing the same event twice is de-duplicated, and an idempotent replay adds nothing', async () => {
    const row = await t.database.db
      .selectFrom('dossiers')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    const before = (await outbox(code)).length;
    expect(await notifyApplicantOfReception(t.ctx, t.database.db, row)).toBe(0);
    expect(await outbox(code)).toHaveLength(before);

    const other = await receiveTestDossier(t, o.reception);
    const withKey = (key: string) =>
      call(
        t.app,
        o.head,
        'POST',
        `/api/v1/dossiers/${other}/actions`,
        { type: 'assign', assignee: 'chuyenvien' },
        { 'idempotency-key': key },
      );
    expect((await withKey('assign-once-0001')).statusCode).toBe(200);
    const replay = await withKey('assign-once-0001');
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await templates(other)).toEqual(['citizen.received', 'citizen.status_changed']);
  });
});

describe('delivery shows in the dossier timeline', () => {
  it('each message with its channel, masked address, state and attempts, under its action', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const pending = (await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}`)).json();
    expect(pending.notifications.map((n: { status: string }) => n.status)).toEqual([
      'pending',
      'pending',
    ]);
    await deliver();
    const detail = (await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}`)).json();
    expect(detail.notifications).toHaveLength(2);
    const [email, sms] = detail.notifications;
    expect(email).toMatchObject({
      channel: 'email',
      address: 'bi***@example.vn',
      template: 'citizen.received',
      actionSeq: 0,
      status: 'sent',
      statusLabel: 'Đã gửi',
    });
    expect(sms).toMatchObject({ channel: 'sms', address: '091***678', status: 'sent' });
    expect(email.attempts).toEqual([
      {
        attemptNo: 1,
        startedAt: '2026-03-04T09:00:00+07:00',
        finishedAt: '2026-03-04T09:00:00+07:00',
        adapter: 'demo-mailbox',
        outcome: 'sent',
        providerId: `demo-mailbox <${email.id}@motcua.local>`,
        error: null,
      },
    ]);
    expect(JSON.stringify(detail.notifications)).not.toContain('binh@example.vn');
    const list = await call(t.app, o.head, 'GET', `/api/v1/dossiers/${code}/notifications`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual(detail.notifications);
  });

  it('is refused to an officer outside the dossier’s units (404) and without a session (401)', async () => {
    const code = await receiveTestDossier(t, o.reception);
    const commune = await login(t.app, 'tiepnhan.phohien');
    expect(
      (await call(t.app, commune, 'GET', `/api/v1/dossiers/${code}/notifications`)).statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, undefined, 'GET', `/api/v1/dossiers/${code}/notifications`)).statusCode,
    ).toBe(401);
  });
});

describe('the demo mailbox', () => {
  it('lists the e-mails and SMS kept, picks out a sign-in code, and is linked from the portal footer', async () => {
    await insertOutboxMessages(t.database.db, [
      {
        tenantId,
        channel: 'sms',
        recipientAddress: '0987654321',
        dossierId: null,
        template: 'citizen.otp',
        subject: 'Mã đăng nhập Một Cửa: 482913',
        body: 'Mã đăng nhập Cổng dịch vụ công Một Cửa của bạn là 482913. Mã có hiệu lực 5 phút.',
        payload: {},
        dedupeKey: 'test-otp-mailbox',
        at: t.clock.now(),
      },
    ]);
    await deliver();
    const page = await t.app.inject({ method: 'GET', url: '/hop-thu-demo' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('<h1>Hộp thư demo: e-mail và tin nhắn SMS</h1>');
    expect(page.body).toMatch(/<p data-otp[^>]*>482913<\/p>/);
    expect(page.body).toContain('[Một Cửa] Đã tiếp nhận hồ sơ');
    expect(page.body).toContain('Ho so ');

    const mine = await t.app.inject({ method: 'GET', url: '/hop-thu-demo?to=0987.654.321' });
    expect(mine.body).toContain('482913');
    expect(mine.body).not.toContain('binh@example.vn');

    const api = await t.app.inject({ method: 'GET', url: '/api/v1/demo/mailbox?to=0987654321' });
    expect(api.json().items).toEqual([
      expect.objectContaining({ channel: 'sms', template: 'citizen.otp', oneTimeCode: '482913' }),
    ]);
    const home = await t.app.inject({ method: 'GET', url: '/' });
    expect(home.body).toContain('<a href="/hop-thu-demo">');
  });

  it('does not exist outside demo mode', async () => {
    const production = await createTestApp({ demoMode: false });
    try {
      const page = await production.app.inject({ method: 'GET', url: '/hop-thu-demo' });
      expect(page.statusCode).toBe(404);
      expect(page.body).not.toContain('Hộp thư demo');
      const api = await production.app.inject({ method: 'GET', url: '/api/v1/demo/mailbox' });
      expect(api.statusCode).toBe(404);
      const home = await production.app.inject({ method: 'GET', url: '/' });
      expect(home.body).not.toContain('/hop-thu-demo');
    } finally {
      await production.close();
    }
  });
});
