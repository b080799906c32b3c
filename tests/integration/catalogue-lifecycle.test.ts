import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * The life of a procedure in the catalogue (DESIGN §2.3): draft → under review → approved →
 * published by a decision → amended by a new version with its own effective date; dossiers keep
 * the version in force when they were received.
 */
let t: TestApp;
let catalogue: Session;
let second: Session;
let reception: Session;

const base = '/api/v1/catalogue/procedures';

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00', sessionTtlHours: 24 * 365 });
  catalogue = await login(t.app, 'kiemsoat');
  reception = await login(t.app, 'tiepnhan');
  const admin = await login(t.app, 'admin');
  const created = await call(t.app, admin, 'POST', '/api/v1/users', {
    username: 'kiemsoat.hai',
    fullName: 'Trịnh Thị Thu',
    password: 'MatKhau2026',
    memberships: [{ unitCode: '000.00.00.H31', role: 'catalogue' }],
  });
  expect(created.statusCode).toBe(201);
  second = await login(t.app, 'kiemsoat.hai', 'MatKhau2026');
});
afterAll(() => t.close());

const applicant = {
  kind: 'person',
  fullName: 'Trần Thị Cúc',
  idNumber: '033188001122',
  phone: '0911222333',
  address: 'Hưng Yên',
};

async function versionOf(code: string, versionNo: number) {
  return (await call(t.app, catalogue, 'GET', `${base}/${code}/versions/${versionNo}`)).json();
}

describe('a published version is never edited in place', () => {
  it('saving the published version 1 of 9.999001 answers 409 naming the rule', async () => {
    const v1 = await versionOf('9.999001', 1);
    expect(v1.status).toBe('published');
    const response = await call(t.app, catalogue, 'PUT', `${base}/9.999001/versions/1`, {
      record: { ...v1.record, name: 'Đổi tên trực tiếp' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain('tạo phiên bản mới');
  });
});

describe('amending a procedure', () => {
  let oldDossier: string;

  it('a dossier received under version 1 keeps version 1', async () => {
    const r = await call(t.app, reception, 'POST', '/api/v1/dossiers', {
      procedureCode: '9.999001',
      channel: 'in_person',
      applicant,
    });
    expect(r.statusCode).toBe(201);
    oldDossier = r.json().code;
  });

  it('opens an amendment draft copied from the version in force; only one open version at a time', async () => {
    const opened = await call(t.app, catalogue, 'POST', `${base}/9.999001/versions`, {
      changeKind: 'amended',
    });
    expect(opened.statusCode).toBe(201);
    expect(opened.json().versionNo).toBe(2);
    const again = await call(t.app, catalogue, 'POST', `${base}/9.999001/versions`, {
      changeKind: 'replaced',
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().details.rule).toBe('one_open_version');
  });

  it('edits the draft (deadline 3 → 2 working days); the change is audited field by field', async () => {
    const draft = await versionOf('9.999001', 2);
    const record = structuredClone(draft.record);
    record.channels[0].deadline = { amount: 2, unit: 'working_days' };
    record.channels[0].deadlineText = '02 ngày làm việc';
    const saved = await call(t.app, catalogue, 'PUT', `${base}/9.999001/versions/2`, {
      record,
      legalEffectiveOn: '2026-03-20',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().changes).toBe(2);
    const audit = await t.database.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'procedure.draft_edited')
      .executeTakeFirstOrThrow();
    expect(
      (audit.details as { changes: Array<{ path: string }> }).changes.map((c) => c.path),
    ).toEqual(['channels[0].deadline.amount', 'channels[0].deadlineText']);
  });

  it('review: the submitter cannot approve their own version (four eyes); another officer can', async () => {
    expect(
      (
        await call(t.app, catalogue, 'POST', `${base}/9.999001/versions/2/actions`, {
          action: 'submit',
        })
      ).statusCode,
    ).toBe(200);
    const self = await call(t.app, catalogue, 'POST', `${base}/9.999001/versions/2/actions`, {
      action: 'approve',
    });
    expect(self.statusCode).toBe(422);
    expect(self.json().details.rule).toBe('four_eyes');
    const returned = await call(t.app, second, 'POST', `${base}/9.999001/versions/2/actions`, {
      action: 'return',
      note: 'Bổ sung căn cứ',
    });
    expect(returned.statusCode).toBe(200);
    expect((await versionOf('9.999001', 2)).reviewNote).toBe('Bổ sung căn cứ');
    await call(t.app, catalogue, 'POST', `${base}/9.999001/versions/2/actions`, {
      action: 'submit',
    });
    const approved = await call(t.app, second, 'POST', `${base}/9.999001/versions/2/actions`, {
      action: 'approve',
    });
    expect(approved.statusCode).toBe(200);
  });

  it('publishing needs a decision; a retroactive effective date is refused', async () => {
    const missing = await call(t.app, catalogue, 'POST', `${base}/9.999001/versions/2/actions`, {
      action: 'publish',
    });
    expect(missing.statusCode).toBe(400);
    const retro = await call(t.app, catalogue, 'POST', `${base}/9.999001/versions/2/actions`, {
      action: 'publish',
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2026-02-01',
      decisionSigner: 'Chủ tịch UBND tỉnh',
      effectiveFrom: '2026-02-15T00:00:00+07:00',
    });
    expect(retro.statusCode).toBe(422);
    expect(retro.json().details.rule).toBe('no_retroactive_publication');
  });

  it('publishes with a later effective date: until then the old version stays in force', async () => {
    const published = await call(t.app, catalogue, 'POST', `${base}/9.999001/versions/2/actions`, {
      action: 'publish',
      decisionNumber: '456/QĐ-UBND',
      decisionDate: '2026-03-02',
      decisionSigner: 'Chủ tịch UBND tỉnh Hưng Yên',
      effectiveFrom: '2026-03-09T00:00:00+07:00',
      legalEffectiveOn: '2026-03-20',
    });
    expect(published.statusCode).toBe(200);
    const before = (await call(t.app, undefined, 'GET', '/api/v1/procedures/9.999001')).json();
    expect(before.version).toBe(1);
    const r = await call(t.app, reception, 'POST', '/api/v1/dossiers', {
      procedureCode: '9.999001',
      channel: 'in_person',
      applicant,
    });
    expect(r.json().deadline).toEqual({ amount: 3, unit: 'working_days' });
  });

  it('after the effective instant, new dossiers get version 2 and old dossiers keep version 1', async () => {
    t.clock.set('2026-03-09T08:00:00+07:00');
    const after = (await call(t.app, undefined, 'GET', '/api/v1/procedures/9.999001')).json();
    expect(after.version).toBe(2);
    const r = await call(t.app, reception, 'POST', '/api/v1/dossiers', {
      procedureCode: '9.999001',
      channel: 'in_person',
      applicant,
    });
    expect(r.json().deadline).toEqual({ amount: 2, unit: 'working_days' });
    const versions = await t.database.db
      .selectFrom('dossiers as d')
      .innerJoin('procedureVersions as v', 'v.id', 'd.procedureVersionId')
      .select(['d.code', 'v.versionNo'])
      .where('d.code', 'in', [oldDossier, r.json().code])
      .execute();
    expect(Object.fromEntries(versions.map((v) => [v.code, v.versionNo]))).toEqual({
      [oldDossier]: 1,
      [r.json().code]: 2,
    });
    const list = (await call(t.app, catalogue, 'GET', `${base}/9.999001`)).json();
    expect(
      list.versions.map((v: { versionNo: number; status: string }) => [v.versionNo, v.status]),
    ).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
  });

  it('compares two versions side by side', async () => {
    const compared = (
      await call(t.app, catalogue, 'GET', `${base}/9.999001/compare?a=1&b=2`)
    ).json();
    expect(compared.changes).toEqual([
      { path: 'channels[0].deadline.amount', before: 3, after: 2 },
      { path: 'channels[0].deadlineText', before: '03 ngày làm việc', after: '02 ngày làm việc' },
    ]);
  });

  it('computes the 766 publication measures of the version: decision 11 working days before the law, published the same day', async () => {
    const detail = (await call(t.app, catalogue, 'GET', `${base}/9.999001`)).json();
    expect(detail.versions[0].measures).toMatchObject({
      decisionLeadWorkingDays: 13,
      decisionOnTime: 'on_time',
      publicationWorkingDays: 0,
      publishedOnTime: 'on_time',
      complete: true,
    });
    const measures = (
      await call(
        t.app,
        catalogue,
        'GET',
        '/api/v1/catalogue/measures?from=2026-03-01&to=2026-03-31',
      )
    ).json();
    const justice = measures.agencies.find((a: { code: string }) => a.code === '000.00.03.H31');
    expect(justice['1.1']).toMatchObject({ onTime: 1, counted: 1, points: 6 });
    expect(measures.formulas['1.1']).toContain('5 ngày làm việc');
  });
});

describe('abolishing and creating', () => {
  it('an abolished procedure leaves the public catalogue and refuses new dossiers', async () => {
    await call(t.app, catalogue, 'POST', `${base}/9.999002/versions`, { changeKind: 'abolished' });
    await call(t.app, catalogue, 'POST', `${base}/9.999002/versions/2/actions`, {
      action: 'submit',
    });
    await call(t.app, second, 'POST', `${base}/9.999002/versions/2/actions`, { action: 'approve' });
    const published = await call(t.app, catalogue, 'POST', `${base}/9.999002/versions/2/actions`, {
      action: 'publish',
      decisionNumber: '789/QĐ-UBND',
      decisionDate: '2026-03-09',
      decisionSigner: 'Chủ tịch UBND tỉnh',
      effectiveFrom: '2026-03-09T09:00:00+07:00',
    });
    expect(published.statusCode).toBe(200);
    t.clock.set('2026-03-09T10:00:00+07:00');
    expect((await call(t.app, undefined, 'GET', '/api/v1/procedures/9.999002')).statusCode).toBe(
      404,
    );
    const r = await call(t.app, reception, 'POST', '/api/v1/dossiers', {
      procedureCode: '9.999002',
      channel: 'in_person',
      applicant,
      competentUnitCode: 'H31.11953',
    });
    expect(r.statusCode).toBe(422);
    expect(r.json().details.rule).toBe('procedure_in_force');
  });

  it('creates a new procedure as a draft, not public until published; discarding removes it', async () => {
    const record = (await versionOf('9.999001', 2)).record;
    const created = await call(t.app, catalogue, 'POST', base, {
      record: { ...record, code: '9.999003', name: 'Thủ tục thử nghiệm mới (hư cấu)' },
      agencies: [{ unitCode: '000.00.03.H31', handlingUnitCode: '000.01.03.H31' }],
    });
    expect(created.statusCode).toBe(201);
    expect((await call(t.app, undefined, 'GET', '/api/v1/procedures/9.999003')).statusCode).toBe(
      404,
    );
    const duplicate = await call(t.app, catalogue, 'POST', base, {
      record: { ...record, code: '9.999003' },
      agencies: [],
    });
    expect(duplicate.statusCode).toBe(409);
    const discarded = await call(t.app, catalogue, 'POST', `${base}/9.999003/versions/1/actions`, {
      action: 'discard',
    });
    expect(discarded.statusCode).toBe(200);
    expect((await call(t.app, catalogue, 'GET', `${base}/9.999003`)).statusCode).toBe(404);
  });

  it('lists open drafts and procedures due for review', async () => {
    const open = (await call(t.app, catalogue, 'GET', `${base}?state=open`)).json();
    expect(
      open.items.every((i: { openVersionNo: number | null }) => i.openVersionNo !== null),
    ).toBe(true);
    const due = (await call(t.app, catalogue, 'GET', `${base}?state=review_due`)).json();
    expect(due.total).toBe(0);
  });
});

describe('permissions', () => {
  it('only catalogue officers edit; reception officers and admins cannot', async () => {
    for (const username of ['tiepnhan', 'admin', 'lanhdao']) {
      const session = await login(t.app, username);
      const response = await call(t.app, session, 'POST', `${base}/9.999001/versions`, {
        changeKind: 'amended',
      });
      expect([username, response.statusCode]).toEqual([username, 403]);
    }
  });

  it('an agency catalogue officer drafts for their agency but cannot review or publish', async () => {
    const admin = await login(t.app, 'admin');
    await call(t.app, admin, 'POST', '/api/v1/users', {
      username: 'kiemsoat.sotuphap',
      fullName: 'Lý Văn Đạt',
      password: 'MatKhau2026',
      memberships: [{ unitCode: '000.00.03.H31', role: 'catalogue' }],
    });
    const agency = await login(t.app, 'kiemsoat.sotuphap', 'MatKhau2026');
    const own = await call(t.app, agency, 'POST', `${base}/2.000635/versions`, {
      changeKind: 'amended',
    });
    expect(own.statusCode).toBe(201);
    const other = await call(t.app, agency, 'POST', `${base}/1.013231/versions`, {
      changeKind: 'amended',
    });
    expect(other.statusCode).toBe(403);
    await call(t.app, agency, 'POST', `${base}/2.000635/versions/2/actions`, { action: 'submit' });
    const approve = await call(t.app, agency, 'POST', `${base}/2.000635/versions/2/actions`, {
      action: 'approve',
    });
    expect(approve.statusCode).toBe(403);
  });
});
