import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  catalogueJobHandlers,
  catalogueRecurringJobs,
} from '../../src/services/catalogue/catalogue-jobs.ts';
import { JobRunner } from '../../src/services/jobs/job-runner.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let runner: JobRunner;
let catalogue: Session;
beforeAll(async () => {
  t = await createTestApp({ start: '2026-12-01T06:00:00+07:00', sessionTtlHours: 24 * 365 });
  runner = new JobRunner(t.ctx, catalogueJobHandlers, catalogueRecurringJobs);
  catalogue = await login(t.app, 'kiemsoat');
});
afterAll(() => t.close());

describe('catalogue background jobs', () => {
  it('schedules each daily job once per day, whatever the number of ticks', async () => {
    await runner.scheduleRecurring();
    await runner.scheduleRecurring();
    const jobs = await t.database.db
      .selectFrom('jobs')
      .select(['kind', 'runAt', 'dedupeKey'])
      .orderBy('kind')
      .execute();
    expect(jobs.map((j) => j.dedupeKey)).toEqual([
      'catalogue.refresh_usage:2026-12-02',
      'catalogue.review_reminders:2026-12-01',
    ]);
    expect(jobs.find((j) => j.kind === 'catalogue.review_reminders')!.runAt.toISOString()).toBe(
      '2026-12-01T00:00:00.000Z',
    );
  });

  it('review reminders notify the catalogue officers once per procedure and due date', async () => {
    t.clock.set('2026-12-01T07:05:00+07:00');
    const first = await runner.runDue();
    expect(first).toEqual({ done: 1, failed: 0 });
    const due = await t.database.db
      .selectFrom('procedures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('reviewDueOn', '<=', '2026-12-31')
      .executeTakeFirstOrThrow();
    expect(due.n).toBeGreaterThan(10);
    const inbox = (await call(t.app, catalogue, 'GET', '/api/v1/notifications?limit=200')).json();
    expect(inbox.unread).toBe(due.n);
    expect(inbox.items[0].subject).toMatch(/Sắp đến hạn rà soát thủ tục/);
    t.clock.set('2026-12-02T07:05:00+07:00');
    await runner.runDue();
    expect((await call(t.app, catalogue, 'GET', '/api/v1/notifications')).json().unread).toBe(
      due.n,
    );
    const read = await call(
      t.app,
      catalogue,
      'POST',
      `/api/v1/notifications/${inbox.items[0].id}/read`,
    );
    expect(read.statusCode).toBe(204);
    expect((await call(t.app, catalogue, 'GET', '/api/v1/notifications')).json().unread).toBe(
      due.n - 1,
    );
  });

  it('a failing job is retried with backoff and finally marked failed', async () => {
    const failing = new JobRunner(t.ctx, {
      'test.boom': async () => Promise.reject(new Error('hỏng')),
    });
    await t.database.db
      .insertInto('jobs')
      .values({
        id: '01900000-0000-7000-8000-000000000001',
        tenantId: null,
        kind: 'test.boom',
        payload: '{}',
        runAt: t.clock.now(),
        maxAttempts: 2,
      })
      .execute();
    expect(await failing.runDue()).toEqual({ done: 0, failed: 1 });
    const afterFirst = await t.database.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'test.boom')
      .executeTakeFirstOrThrow();
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1, lastError: 'hỏng' });
    expect(afterFirst.runAt.getTime()).toBe(t.clock.now().getTime() + 30_000);
    t.clock.advance(31_000);
    await failing.runDue();
    const final = await t.database.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'test.boom')
      .executeTakeFirstOrThrow();
    expect(final).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('usage counts follow the dossiers received in the last year', async () => {
    const reception = await login(t.app, 'tiepnhan');
    for (let i = 0; i < 3; i++) {
      await call(t.app, reception, 'POST', '/api/v1/dossiers', {
        procedureCode: '9.999001',
        channel: 'in_person',
        applicant: {
          kind: 'person',
          fullName: 'Đinh Văn Khoa',
          idNumber: '033077000111',
          phone: '0909000111',
          address: 'Hưng Yên',
        },
      });
    }
    t.clock.set('2026-12-03T02:30:00+07:00');
    await runner.runDue();
    const row = await t.database.db
      .selectFrom('procedures')
      .select('usageCount')
      .where('code', '=', '9.999001')
      .executeTakeFirstOrThrow();
    expect(row.usageCount).toBe(3);
  });
});
