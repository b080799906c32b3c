import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimDueDeliveries } from '../../src/db/repositories/deliveries.ts';
import { inTransaction } from '../../src/services/context.ts';
import { deliverDueNotifications } from '../../src/services/notifications/deliver-notifications.ts';
import { applicant, loginOfficers, receiveTestDossier } from '../support/dossier-helpers.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server.ts';
import { call, createTestApp, type Session, type TestApp } from '../support/test-app.ts';

/**
 * E-mail delivery against a REAL SMTP server process (tests/support/smtp-server.ts): what the
 * citizen receives, retries with backoff on 4xx, no retry on 5xx, concurrent workers, and the
 * documented at-least-once behaviour after a crash (same Message-ID, so the receiver de-duplicates).
 */
let t: TestApp;
let smtp: TestSmtpServer;
let reception: Session;
const deliver = () => deliverDueNotifications(t.ctx, { random: () => 0.5 });

beforeAll(async () => {
  smtp = await startSmtpServer({
    tempFailures: { 'greylist@example.vn': 1 },
    reject: ['khongco@example.vn'],
  });
  t = await createTestApp({ smtpUrl: smtp.url, start: '2026-03-02T09:00:00+07:00' });
  reception = (await loginOfficers(t)).reception;
});
afterAll(async () => {
  await t?.ctx.adapters.email.close?.();
  await t?.close();
  await smtp?.stop();
});

async function outboxOf(code: string) {
  return t.database.db
    .selectFrom('notifications as n')
    .innerJoin('dossiers as d', 'd.id', 'n.dossierId')
    .select([
      'n.id',
      'n.channel',
      'n.status',
      'n.recipientAddress',
      'n.template',
      'n.attempts',
      'n.nextAttemptAt',
      'n.lastError',
    ])
    .where('d.code', '=', code)
    .where('n.channel', '<>', 'in_app')
    .orderBy('n.channel')
    .execute();
}

async function attemptsOf(notificationId: string) {
  return t.database.db
    .selectFrom('deliveryAttempts')
    .selectAll()
    .where('notificationId', '=', notificationId)
    .orderBy('attemptNo')
    .execute();
}

const mailsTo = (address: string) => smtp.messages().filter((m) => m.to.includes(address));

describe('the reception e-mail over SMTP', () => {
  it('is written to the outbox with the reception, and arrives in Vietnamese with a Message-ID from its row', async () => {
    const received = await call(t.app, reception, 'POST', '/api/v1/dossiers', {
      procedureCode: '9.999001',
      channel: 'in_person',
      applicant,
    });
    expect(received.statusCode, received.body).toBe(201);
    const { code, dueAt } = received.json() as { code: string; dueAt: string };
    const outbox = await outboxOf(code);
    expect(outbox.map((n) => [n.channel, n.status, n.recipientAddress, n.template])).toEqual([
      ['email', 'pending', 'binh@example.vn', 'citizen.received'],
      ['sms', 'pending', '0912345678', 'citizen.received'],
    ]);

    const report = await deliver();
    expect(report).toMatchObject({ claimed: 2, sent: 2, retried: 0, failed: 0 });
    const [mail] = await smtp.waitForMessages(1);
    const email = outbox.find((n) => n.channel === 'email')!;
    expect(mail!.to).toEqual(['binh@example.vn']);
    expect(mail!.subject).toBe(`[Một Cửa] Đã tiếp nhận hồ sơ ${code}`);
    expect(mail!.messageId).toBe(`<${email.id}@motcua.local>`);
    expect(mail!.from).toBe('"Một Cửa" <no-reply@motcua.local>');
    // The due instant in Vietnam time, as the receipt prints it.
    const due = `${dueAt.slice(11, 16)} ngày ${dueAt.slice(8, 10)}/${dueAt.slice(5, 7)}/${dueAt.slice(0, 4)}`;
    expect(mail!.text).toContain('Kính gửi Ông/Bà Nguyễn Văn Bình,');
    expect(mail!.text).toContain(`Mã hồ sơ: ${code}`);
    expect(mail!.text).toContain(`Ngày hẹn trả kết quả: ${due}`);
    expect(mail!.text).toContain(`http://127.0.0.1:3000/tra-cuu?ma=${code}`);
    expect(mail!.html).toContain('Nguyễn Văn Bình');
    // On the wire: MIME-encoded UTF-8, never raw 8-bit headers.
    expect(mail!.headers['content-type']).toMatch(/multipart\/alternative/i);
    expect(mail!.raw).toMatch(/^Subject: =\?UTF-8\?/im);

    const attempts = await attemptsOf(email.id);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({
      attemptNo: 1,
      adapter: 'smtp',
      outcome: 'sent',
      error: null,
    });
    expect(attempts[0]!.providerId).toMatch(/^250 Message queued as Q\d+$/);
    expect((await outboxOf(code)).map((n) => n.status)).toEqual(['sent', 'sent']);
    // Nothing left: a second run claims nothing and sends nothing.
    expect(await deliver()).toMatchObject({ claimed: 0 });
    expect(smtp.messages()).toHaveLength(1);
  });

  it('a 4xx answer is retried after the backoff and delivered once, each attempt recorded', async () => {
    const code = await receiveTestDossier(t, reception, {
      applicant: { ...applicant, email: 'greylist@example.vn' },
    });
    const [email] = (await outboxOf(code)).filter((n) => n.channel === 'email');
    expect(await deliver()).toMatchObject({ retried: 1, sent: 1 }); // the SMS went at once
    const afterFirst = (await outboxOf(code)).find((n) => n.channel === 'email')!;
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1 });
    expect(afterFirst.lastError).toContain('451');
    // 30 s (jitter centred with random 0.5) after the failed attempt.
    expect(afterFirst.nextAttemptAt!.getTime()).toBe(t.clock.now().getTime() + 30_000);
    expect(await deliver()).toMatchObject({ claimed: 0 });

    t.clock.advance(29_000);
    expect(await deliver()).toMatchObject({ claimed: 0 });
    t.clock.advance(1_000);
    expect(await deliver()).toMatchObject({ claimed: 1, sent: 1 });

    expect(mailsTo('greylist@example.vn')).toHaveLength(1);
    expect(smtp.rcptEvents().filter((e) => e.to === 'greylist@example.vn')).toEqual([
      { to: 'greylist@example.vn', reply: 451 },
      { to: 'greylist@example.vn', reply: 250 },
    ]);
    const attempts = await attemptsOf(email!.id);
    expect(attempts.map((a) => [a.attemptNo, a.outcome])).toEqual([
      [1, 'retry'],
      [2, 'sent'],
    ]);
    expect(attempts[0]!.error).toContain('451 4.7.1 Greylisted');
    expect((await outboxOf(code)).find((n) => n.channel === 'email')?.status).toBe('sent');
  });

  it('a 5xx answer fails the message after one attempt, for good', async () => {
    const code = await receiveTestDossier(t, reception, {
      applicant: { ...applicant, email: 'khongco@example.vn' },
    });
    expect(await deliver()).toMatchObject({ failed: 1, sent: 1 });
    const email = (await outboxOf(code)).find((n) => n.channel === 'email')!;
    expect(email).toMatchObject({ status: 'failed', attempts: 1 });
    t.clock.advance(7 * 3_600_000);
    expect(await deliver()).toMatchObject({ claimed: 0 });
    const attempts = await attemptsOf(email.id);
    expect(attempts.map((a) => a.outcome)).toEqual(['failed']);
    expect(attempts[0]!.error).toContain('550 5.1.1 No such user here');
    expect(mailsTo('khongco@example.vn')).toHaveLength(0);
  });
});

describe('several workers', () => {
  it('two workers draining the outbox at the same time never send one message twice', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 6; i++)
      codes.push(
        await receiveTestDossier(t, reception, {
          applicant: { ...applicant, email: `song-song-${i}@example.vn` },
        }),
      );
    const before = smtp.messages().length;
    const [a, b] = await Promise.all([
      deliverDueNotifications(t.ctx, { limit: 2, random: () => 0.5 }),
      deliverDueNotifications(t.ctx, { limit: 2, random: () => 0.5 }),
    ]);
    expect(a.claimed + b.claimed).toBe(12);
    expect(a.sent + b.sent).toBe(12);
    const mails = smtp.messages().slice(before);
    expect(mails).toHaveLength(6);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(6);
    for (const code of codes)
      for (const n of await outboxOf(code)) {
        expect(n.status).toBe('sent');
        expect((await attemptsOf(n.id)).map((x) => x.outcome)).toEqual(['sent']);
      }
  });

  it('a worker that dies between sending and recording: the lease runs out, the message goes again with the same Message-ID (at-least-once)', async () => {
    const code = await receiveTestDossier(t, reception, {
      applicant: { ...applicant, email: 'sap-do@example.vn' },
    });
    // The dying worker: claims, sends, and never records.
    const now = t.clock.now();
    const claimed = await inTransaction(t.ctx, (trx) =>
      claimDueDeliveries(trx, {
        now,
        leaseUntil: new Date(now.getTime() + 120_000),
        limit: 10,
        adapters: { email: 'smtp', sms: 'demo-mailbox' },
      }),
    );
    const email = claimed.find((d) => d.recipientAddress === 'sap-do@example.vn')!;
    await t.ctx.adapters.email.send(
      {
        to: email.recipientAddress!,
        subject: email.subject,
        text: email.body,
        reference: email.id,
      },
      { db: t.ctx.db, now },
    );
    // Another worker meanwhile: the row is leased, nothing to do.
    expect(await deliver()).toMatchObject({ claimed: 0 });
    t.clock.advance(120_000);
    expect(await deliver()).toMatchObject({ sent: claimed.length });
    const copies = mailsTo('sap-do@example.vn');
    expect(copies).toHaveLength(2);
    expect(copies[0]!.messageId).toBe(`<${email.id}@motcua.local>`);
    expect(copies[1]!.messageId).toBe(copies[0]!.messageId);
    const attempts = await attemptsOf(email.id);
    expect(attempts.map((a) => [a.attemptNo, a.outcome])).toEqual([
      [1, 'abandoned'],
      [2, 'sent'],
    ]);
    expect((await outboxOf(code)).find((n) => n.channel === 'email')?.status).toBe('sent');
  });
});
