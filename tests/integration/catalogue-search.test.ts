import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function search(query: string) {
  const response = await call(t.app, undefined, 'GET', `/api/v1/procedures?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as {
    items: Array<{
      code: string;
      name: string;
      field: string;
      levels: string[];
      channels: string[];
    }>;
    total: number;
  };
}

describe('GET /api/v1/procedures: search that understands Vietnamese', () => {
  it.each([
    ['dang ky khai sinh', 'without diacritics'],
    ['đăng ký khai sinh', 'with diacritics'],
    ['khai sinh', 'two words'],
    ['dang ki kai sinh', 'with typos (ki, kai)'],
    ['ĐĂNG KÝ KHAI SINH', 'in upper case'],
    ['  đăng   ký khai sinh ', 'with stray spaces'],
  ])('"%s" (%s) lists birth registration 1.001193 first', async (q) => {
    const result = await search(`q=${encodeURIComponent(q)}`);
    expect(result.items[0]?.code).toBe('1.001193');
  });

  it('forgives a misspelled syllable among right ones ("kiet hon" for "kết hôn")', async () => {
    const result = await search(`q=${encodeURIComponent('dang ky kiet hon')}`);
    expect(result.items[0]?.name.toLowerCase()).toContain('kết hôn');
    const permit = await search(`q=${encodeURIComponent('giay fep xay dung')}`);
    expect(permit.items[0]?.name.toLowerCase()).toContain('giấy phép xây dựng');
  });

  it('ranks the closest names first: the other birth procedures follow', async () => {
    const result = await search('q=khai%20sinh&pageSize=10');
    const codes = result.items.map((i) => i.code);
    expect(codes.slice(0, 1)).toEqual(['1.001193']);
    expect(codes).toEqual(expect.arrayContaining(['1.004884', '1.000689']));
  });

  it('finds by code', async () => {
    expect((await search('q=3.000333')).items[0]?.code).toBe('3.000333');
  });

  it('filters by field, level, channel and agency, alone and together', async () => {
    const civil = await search(`field=${encodeURIComponent('Hộ tịch')}&pageSize=100`);
    expect(civil.total).toBeGreaterThan(3);
    expect(civil.items.every((i) => i.field === 'Hộ tịch')).toBe(true);
    const province = await search('level=province&pageSize=100');
    expect(province.items.every((i) => i.levels.includes('province'))).toBe(true);
    const online = await search('channel=online&pageSize=100');
    expect(online.items.every((i) => i.channels.includes('online'))).toBe(true);
    const justice = await search('agency=000.00.03.H31&pageSize=100');
    expect(justice.items.map((i) => i.code)).toContain('2.000635');
    const commune = await search(`agency=H31.11953&q=${encodeURIComponent('kết hôn')}`);
    expect(commune.items[0]?.code).toBe('1.000894');
    const none = await search('agency=KHONG.CO');
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it('pages through the whole catalogue; fictional test procedures stay out of the public list', async () => {
    const first = await search('pageSize=5&page=1');
    const second = await search('pageSize=5&page=2');
    expect(first.items).toHaveLength(5);
    expect(second.items[0]?.code).not.toBe(first.items[0]?.code);
    expect(first.total).toBeGreaterThanOrEqual(18);
    const all = await search('pageSize=100&page=1&order=code');
    expect(all.items.some((i) => i.code.startsWith('9.999'))).toBe(false);
  });

  it('answers nonsense with an empty list, and bad parameters with 400', async () => {
    expect((await search('q=xyzxyzxyz')).total).toBe(0);
    expect((await call(t.app, undefined, 'GET', '/api/v1/procedures?level=huyen')).statusCode).toBe(
      400,
    );
    expect(
      (await call(t.app, undefined, 'GET', '/api/v1/procedures?pageSize=1000')).statusCode,
    ).toBe(400);
    // Parameters are bound, never spliced: an injection attempt is only a (poor) search text.
    const everything = await search('pageSize=1');
    const injection = await search(`q=${encodeURIComponent("%' OR 1=1 --")}`);
    expect(injection.total).toBeLessThan(everything.total);
    expect(injection.items.every((i) => !i.code.startsWith('9.999'))).toBe(true);
  });

  it('GET /api/v1/procedures/{code} returns the published record with forms and agencies', async () => {
    const body = (await call(t.app, undefined, 'GET', '/api/v1/procedures/9.999001')).json();
    expect(body).toMatchObject({
      code: '9.999001',
      version: 1,
      publication: { decisionNumber: '0/QĐ-TN' },
    });
    expect(body.agencies).toEqual([{ code: '000.00.03.H31', name: 'Sở Tư pháp' }]);
    expect(body.forms.map((f: { name: string }) => f.name)).toEqual(['Mẫu TN-01.docx']);
    const form = await call(t.app, undefined, 'GET', body.forms[0].url);
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-disposition']).toMatch(/^attachment;/);
    expect(form.body).toContain('BIỂU MẪU MINH HỌA');
  });
});

describe('internal processes', () => {
  let catalogue: Session;
  beforeAll(async () => {
    catalogue = await login(t.app, 'kiemsoat');
  });

  const steps = [
    {
      name: 'Tiếp nhận, chuyển hồ sơ',
      role: 'reception',
      allotted: { amount: 4, unit: 'working_hours' },
    },
    { name: 'Phân công thụ lý', role: 'head', allotted: { amount: 4, unit: 'working_hours' } },
    { name: 'Thẩm định hồ sơ', role: 'specialist', allotted: { amount: 1, unit: 'working_days' } },
    { name: 'Phê duyệt kết quả', role: 'leader', allotted: { amount: 4, unit: 'working_hours' } },
    { name: 'Trả kết quả', role: 'reception', allotted: { amount: 4, unit: 'working_hours' } },
  ];

  it('saves a process that fits the 3-working-day deadline and activates it', async () => {
    const saved = await call(
      t.app,
      catalogue,
      'POST',
      '/api/v1/catalogue/procedures/9.999001/processes',
      { unitCode: '000.00.03.H31', steps },
    );
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ versionNo: 1, totalMinutes: 1440, status: 'draft' });
    const activated = await call(
      t.app,
      catalogue,
      'POST',
      '/api/v1/catalogue/procedures/9.999001/processes/000.00.03.H31/1/activate',
    );
    expect(activated.json().status).toBe('active');
    const list = (
      await call(t.app, catalogue, 'GET', '/api/v1/catalogue/procedures/9.999001/processes')
    ).json().items;
    expect(list[0]).toMatchObject({
      unitCode: '000.00.03.H31',
      status: 'active',
      totalMinutes: 1440,
    });
  });

  it('refuses a process whose steps exceed the legal deadline, saying by how much', async () => {
    const tooLong = [
      ...steps,
      {
        name: 'Xin ý kiến thêm',
        role: 'specialist',
        allotted: { amount: 1, unit: 'working_days' },
      },
    ];
    const response = await call(
      t.app,
      catalogue,
      'POST',
      '/api/v1/catalogue/procedures/9.999001/processes',
      { unitCode: '000.00.03.H31', steps: tooLong },
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().details.rule).toBe('process_fits_deadline');
    expect(response.json().message).toContain('vượt thời hạn');
  });

  it('parallel inter-agency hand-offs count once per group', async () => {
    const parallel = [
      { name: 'Tiếp nhận', role: 'reception', allotted: { amount: 4, unit: 'working_hours' } },
      {
        name: 'Gửi Công an tỉnh',
        role: 'specialist',
        unitCode: '000.00.40.H31',
        handoff: true,
        parallelGroup: 1,
        allotted: { amount: 1, unit: 'working_days' },
      },
      {
        name: 'Gửi Sở Tài chính',
        role: 'specialist',
        unitCode: '000.00.04.H31',
        handoff: true,
        parallelGroup: 1,
        lead: true,
        allotted: { amount: 1, unit: 'working_days' },
      },
      { name: 'Phê duyệt', role: 'leader', allotted: { amount: 4, unit: 'working_hours' } },
    ];
    const response = await call(
      t.app,
      catalogue,
      'POST',
      '/api/v1/catalogue/procedures/9.999001/processes',
      { unitCode: '000.00.03.H31', steps: parallel },
    );
    expect(response.statusCode).toBe(201);
    expect(response.json().totalMinutes).toBe(960);
  });

  it('a hand-off without the receiving agency is refused at validation', async () => {
    const response = await call(
      t.app,
      catalogue,
      'POST',
      '/api/v1/catalogue/procedures/9.999001/processes',
      {
        unitCode: '000.00.03.H31',
        steps: [
          {
            name: 'Chuyển liên thông',
            role: 'specialist',
            handoff: true,
            allotted: { amount: 1, unit: 'working_days' },
          },
        ],
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fields[0].field).toBe('steps.0.unitCode');
  });
});
