import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await login(t.app, 'admin');
});
afterAll(() => t.close());

describe('organisation tree', () => {
  it('lists the demo province: 104 communes and wards with real GSO codes, each with its centre', async () => {
    const all = (await call(t.app, admin, 'GET', '/api/v1/units')).json().items;
    const communes = all.filter((u: { kind: string }) => u.kind === 'commune');
    expect(communes).toHaveLength(104);
    expect(communes.find((c: { gsoCode: string }) => c.gsoCode === '11953')).toMatchObject({
      name: 'Phường Phố Hiến',
      code: 'H31.11953',
    });
    expect(all.filter((u: { kind: string }) => u.kind === 'commune_centre')).toHaveLength(104);
    expect(all.find((u: { code: string }) => u.code === '000.00.31.H31')).toMatchObject({
      kind: 'service_centre',
      parentCode: '000.00.01.H31',
    });
  });

  it('keeps the abolished districts as closed legacy units', async () => {
    const active = (await call(t.app, admin, 'GET', '/api/v1/units?kind=district')).json().items;
    expect(active).toHaveLength(0);
    const all = (
      await call(t.app, admin, 'GET', '/api/v1/units?kind=district&includeInactive=1')
    ).json().items;
    expect(all.length).toBeGreaterThan(10);
    expect(all[0]).toMatchObject({ isActive: false, validTo: '2025-06-30' });
  });

  it('adds a reception point under a commune centre and a counter under it; the subtree grows', async () => {
    const point = await call(t.app, admin, 'POST', '/api/v1/units', {
      code: 'H31.11953.TT.DTN1',
      name: 'Điểm tiếp nhận số 1',
      kind: 'reception_point',
      parentCode: 'H31.11953.TT',
      officeSessions: [{ start: 450, end: 690 }],
    });
    expect(point.statusCode).toBe(201);
    expect(point.json()).toMatchObject({ parentCode: 'H31.11953.TT', kindLabel: 'Điểm tiếp nhận' });
    const counter = await call(t.app, admin, 'POST', '/api/v1/units', {
      code: 'H31.11953.TT.DTN1.Q1',
      name: 'Quầy 1',
      kind: 'counter',
      parentCode: 'H31.11953.TT.DTN1',
    });
    expect(counter.statusCode).toBe(201);
    const closure = await t.database.db
      .selectFrom('unitClosure as c')
      .innerJoin('units as a', 'a.id', 'c.ancestorId')
      .innerJoin('units as d', 'd.id', 'c.descendantId')
      .select(['a.code', 'c.depth'])
      .where('d.code', '=', 'H31.11953.TT.DTN1.Q1')
      .orderBy('c.depth')
      .execute();
    expect(closure.map((r) => r.code)).toEqual([
      'H31.11953.TT.DTN1.Q1',
      'H31.11953.TT.DTN1',
      'H31.11953.TT',
      'H31.11953',
      '000.00.00.H31',
    ]);
  });

  it('the reception point’s own morning-only sessions make its working days shorter', async () => {
    const due = (
      await call(
        t.app,
        undefined,
        'GET',
        '/api/v1/calendar/due?start=2026-03-02T07:30:00%2B07:00&amount=1&unit=working_days&org=H31.11953.TT.DTN1',
      )
    ).json();
    expect(due.due).toBe('2026-03-02T11:30:00+07:00');
  });

  it('refuses nonsense nesting, duplicate codes and missing parents with clear errors', async () => {
    const nesting = await call(t.app, admin, 'POST', '/api/v1/units', {
      code: 'X.COUNTER.1',
      name: 'Quầy lạc',
      kind: 'counter',
      parentCode: '000.00.03.H31',
    });
    expect(nesting.statusCode).toBe(422);
    expect(nesting.json().message).toContain('Không thể đặt');
    const duplicate = await call(t.app, admin, 'POST', '/api/v1/units', {
      code: '000.00.03.H31',
      name: 'Trùng',
      kind: 'division',
      parentCode: '000.00.03.H31',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('DUPLICATE');
    const orphan = await call(t.app, admin, 'POST', '/api/v1/units', {
      code: 'X.ORPHAN',
      name: 'Mồ côi',
      kind: 'division',
      parentCode: 'KHONG.CO',
    });
    expect(orphan.statusCode).toBe(404);
  });

  it('renames and moves a unit; a move into its own subtree is refused', async () => {
    const renamed = await call(t.app, admin, 'PATCH', '/api/v1/units/H31.11953.TT.DTN1', {
      name: 'Điểm tiếp nhận An Tảo',
    });
    expect(renamed.json().name).toBe('Điểm tiếp nhận An Tảo');
    const loop = await call(t.app, admin, 'PATCH', '/api/v1/units/H31.11953.TT', {
      parentCode: 'H31.11953.TT.DTN1',
    });
    expect(loop.statusCode).toBe(422);
    const moved = await call(t.app, admin, 'PATCH', '/api/v1/units/H31.11953.TT.DTN1', {
      parentCode: 'H31.11977.TT',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parentCode).toBe('H31.11977.TT');
  });

  it('only administrators manage units', async () => {
    const officer = await login(t.app, 'truongphong');
    const response = await call(t.app, officer, 'POST', '/api/v1/units', {
      code: 'X.Y',
      name: 'Thử',
      kind: 'division',
      parentCode: '000.00.03.H31',
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('users and memberships', () => {
  it('creates a user with a role; the new user logs in and sees that role', async () => {
    const created = await call(t.app, admin, 'POST', '/api/v1/users', {
      username: 'tiepnhan.tanhung',
      fullName: 'Phan Thị Yến',
      title: 'Công chức tiếp nhận',
      password: 'MatKhau2026',
      memberships: [{ unitCode: 'H31.11977.TT', role: 'reception' }],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().memberships).toEqual([
      expect.objectContaining({ unitCode: 'H31.11977.TT', role: 'reception' }),
    ]);
    const session = await login(t.app, 'tiepnhan.tanhung', 'MatKhau2026');
    const me = (await call(t.app, session, 'GET', '/api/v1/auth/me')).json();
    expect(me.scopes).toContain('dossier.receive');
  });

  it('refuses a weak password and a duplicate username', async () => {
    const weak = await call(t.app, admin, 'POST', '/api/v1/users', {
      username: 'yeu.mk',
      fullName: 'Yếu',
      password: '123',
      memberships: [],
    });
    expect(weak.statusCode).toBe(400);
    const duplicate = await call(t.app, admin, 'POST', '/api/v1/users', {
      username: 'tiepnhan',
      fullName: 'Trùng',
      password: 'MatKhau2026',
      memberships: [],
    });
    expect(duplicate.statusCode).toBe(409);
  });

  it('unlocks a locked account and resets a password; a reset ends the user’s sessions', async () => {
    const user = (await call(t.app, admin, 'GET', '/api/v1/users?q=tanhung')).json().items[0];
    const session = await login(t.app, 'tiepnhan.tanhung', 'MatKhau2026');
    for (let i = 0; i < 5; i++)
      await call(t.app, undefined, 'POST', '/api/v1/auth/login', {
        username: 'tiepnhan.tanhung',
        password: 'sai',
      });
    const locked = (await call(t.app, admin, 'GET', `/api/v1/users/${user.id}`)).json();
    expect(locked.lockedUntil).not.toBeNull();
    const reset = await call(t.app, admin, 'PATCH', `/api/v1/users/${user.id}`, {
      password: 'MoiHon2027',
      unlock: true,
    });
    expect(reset.json()).toMatchObject({ lockedUntil: null, failedLoginCount: 0 });
    expect((await call(t.app, session, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    await login(t.app, 'tiepnhan.tanhung', 'MoiHon2027');
  });

  it('adds and removes memberships; a disabled account cannot log in', async () => {
    const user = (await call(t.app, admin, 'GET', '/api/v1/users?q=tanhung')).json().items[0];
    const added = await call(t.app, admin, 'POST', `/api/v1/users/${user.id}/memberships`, {
      unitCode: 'H31.11977',
      role: 'monitor',
    });
    expect(added.statusCode).toBe(201);
    const membership = added.json().memberships.find((m: { role: string }) => m.role === 'monitor');
    const removed = await call(
      t.app,
      admin,
      'DELETE',
      `/api/v1/users/${user.id}/memberships/${membership.id}`,
    );
    expect(removed.json().memberships).toHaveLength(1);
    await call(t.app, admin, 'PATCH', `/api/v1/users/${user.id}`, { isActive: false });
    const refused = await call(t.app, undefined, 'POST', '/api/v1/auth/login', {
      username: 'tiepnhan.tanhung',
      password: 'MoiHon2027',
    });
    expect(refused.statusCode).toBe(403);
  });

  it('a commune administrator manages only the users of their commune', async () => {
    await call(t.app, admin, 'POST', '/api/v1/users', {
      username: 'admin.phohien',
      fullName: 'Quản trị Phố Hiến',
      password: 'MatKhau2026',
      memberships: [{ unitCode: 'H31.11953', role: 'admin' }],
    });
    const communeAdmin = await login(t.app, 'admin.phohien', 'MatKhau2026');
    const visible = (await call(t.app, communeAdmin, 'GET', '/api/v1/users'))
      .json()
      .items.map((u: { username: string }) => u.username);
    expect(visible).toContain('chuyenvien.phohien');
    expect(visible).not.toContain('chuyenvien');
    const provincial = (await call(t.app, admin, 'GET', '/api/v1/users?q=truongphong'))
      .json()
      .items.find((u: { username: string }) => u.username === 'truongphong');
    expect(
      (
        await call(t.app, communeAdmin, 'PATCH', `/api/v1/users/${provincial.id}`, {
          fullName: 'Đổi tên',
        })
      ).statusCode,
    ).toBe(403);
    const outside = await call(t.app, communeAdmin, 'POST', '/api/v1/users', {
      username: 'ngoai.pham.vi',
      fullName: 'Ngoài',
      password: 'MatKhau2026',
      memberships: [{ unitCode: '000.00.03.H31', role: 'leader' }],
    });
    expect(outside.statusCode).toBe(403);
    expect(
      (await call(t.app, communeAdmin, 'PATCH', '/api/v1/units/000.00.03.H31', { name: 'Tên mới' }))
        .statusCode,
    ).toBe(403);
  });
});
