import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicant,
  loginOfficers,
  type Officers,
  receiveTestDossier,
} from '../support/dossier-helpers.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * The leaders' summary of ratings (Decree 118/2025 Arts. 33–34) on a known set: per unit, per
 * officer and per criterion, the answers at each level and the satisfaction rate, for a period,
 * within the reader's units.
 */
let t: TestApp;
let o: Officers;
let monitor: Session;
const check = applicant.phone.slice(-4);

const answers = (level: number, extra: Record<string, unknown> = {}) => ({
  returnTime: level,
  bodiesContacted: level,
  timesContacted: level,
  informationAccuracy: level,
  staffAttitude: level,
  lawfulness: level,
  overall: level,
  ...extra,
});

async function rate(code: string, channel: 'qr' | 'online', body: Record<string, unknown>) {
  const r = await call(t.app, undefined, 'POST', `/api/v1/public/dossiers/${code}/ratings`, {
    check,
    channel,
    ...body,
  });
  expect(r.statusCode, r.body).toBe(201);
}

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00', sessionTtlHours: 24 * 60 });
  o = await loginOfficers(t);
  monitor = await login(t.app, 'giamsat');
  const commune = await login(t.app, 'tiepnhan.phohien');
  const d1 = await receiveTestDossier(t, o.reception);
  const d2 = await receiveTestDossier(t, o.reception);
  const created = await call(t.app, commune, 'POST', '/api/v1/dossiers', {
    procedureCode: '9.999002',
    channel: 'in_person',
    applicant,
  });
  const d3 = created.json().code as string;
  await rate(d1, 'qr', answers(3));
  await rate(d1, 'online', answers(2, { staffAttitude: 1, onlineQuality: 3 }));
  await rate(d2, 'qr', answers(1, { feedbackExplanations: 2 }));
  await rate(d3, 'qr', answers(3));
  t.clock.set('2026-04-02T09:00:00+07:00');
  const d4 = await receiveTestDossier(t, o.reception);
  await rate(d4, 'qr', answers(1));
});
afterAll(() => t.close());

type Criterion = {
  key: string;
  verySatisfied: number;
  satisfied: number;
  notSatisfied: number;
  answered: number;
  satisfactionRate: number | null;
};
const criterion = (list: Criterion[], key: string) => list.find((c) => c.key === key)!;

describe('GET /api/v1/ratings/summary', () => {
  it('counts each level per criterion with the satisfaction rate, in total', async () => {
    const r = await call(
      t.app,
      monitor,
      'GET',
      '/api/v1/ratings/summary?from=2026-03-01&to=2026-03-31',
    );
    expect(r.statusCode, r.body).toBe(200);
    const { overall } = r.json();
    expect(overall.total).toBe(4);
    expect(criterion(overall.criteria, 'staffAttitude')).toMatchObject({
      letter: 'đ',
      verySatisfied: 2,
      satisfied: 0,
      notSatisfied: 2,
      answered: 4,
      satisfactionRate: 0.5,
    });
    expect(criterion(overall.criteria, 'overall')).toMatchObject({
      verySatisfied: 2,
      satisfied: 1,
      notSatisfied: 1,
      satisfactionRate: 0.75,
    });
    expect(criterion(overall.criteria, 'onlineQuality')).toMatchObject({
      answered: 1,
      verySatisfied: 1,
      satisfactionRate: 1,
    });
    expect(criterion(overall.criteria, 'feedbackExplanations')).toMatchObject({
      answered: 1,
      satisfied: 1,
    });
  });

  it('splits per one-stop unit and per officer rated', async () => {
    const { perUnit, perOfficer } = (
      await call(t.app, monitor, 'GET', '/api/v1/ratings/summary?from=2026-03-01&to=2026-03-31')
    ).json();
    expect(
      perUnit.map((u: { unit: { code: string }; total: number }) => [u.unit.code, u.total]).sort(),
    ).toEqual(
      [
        ['000.00.31.H31', 3],
        ['H31.11953.TT', 1],
      ].sort(),
    );
    // Sorted by name (Hoàng Thị Thu, Nguyễn Thị Hoa); each rating goes to the officer who received.
    expect(
      perOfficer.map((p: { officer: { username: string }; total: number }) => [
        p.officer.username,
        p.total,
      ]),
    ).toEqual([
      ['tiepnhan.phohien', 1],
      ['tiepnhan', 3],
    ]);
    const centre = perUnit.find((u: { unit: { code: string } }) => u.unit.code === '000.00.31.H31');
    expect(criterion(centre.criteria, 'returnTime')).toMatchObject({
      verySatisfied: 1,
      satisfied: 1,
      notSatisfied: 1,
    });
  });

  it('keeps to the reader units and the period; refuses without report.read', async () => {
    const leader = (
      await call(t.app, o.leader, 'GET', '/api/v1/ratings/summary?from=2026-03-01&to=2026-03-31')
    ).json();
    expect(leader.overall.total).toBe(3);
    const april = (
      await call(t.app, monitor, 'GET', '/api/v1/ratings/summary?from=2026-04-01&to=2026-04-30')
    ).json();
    expect(april.overall.total).toBe(1);
    expect(criterion(april.overall.criteria, 'overall').satisfactionRate).toBe(0);
    const officer = await call(
      t.app,
      o.reception,
      'GET',
      '/api/v1/ratings/summary?from=2026-03-01&to=2026-03-31',
    );
    expect(officer.statusCode).toBe(403);
    const anonymous = await call(
      t.app,
      undefined,
      'GET',
      '/api/v1/ratings/summary?from=2026-03-01&to=2026-03-31',
    );
    expect(anonymous.statusCode).toBe(401);
  });
});
