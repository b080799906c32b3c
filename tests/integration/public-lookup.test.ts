import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicant,
  loginOfficers,
  must,
  type Officers,
  receiveTestDossier,
} from '../support/dossier-helpers.ts';
import { decodePdfQrCodes, extractPdfText, flattenText } from '../support/pdf-inspect.ts';
import { call, createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The public look-up (issue #5 item 5): a dossier code alone reveals nothing; with the last 4
 * digits of the phone or the identity number the citizen sees status, due instant, steps, what is
 * needed, results and the forms addressed to them. Rate-limited per address and per code.
 */
let t: TestApp;
let o: Officers;
let waiting: string;
let procedureName: string;
let address = 0;

/** Each test looks up from its own address: the per-address limit of one does not touch another. */
const from = () => `198.51.100.${++address}`;
const unknownCode = '000.00.03.H31-260101-9999';
const secrets = [
  applicant.fullName,
  applicant.phone,
  applicant.idNumber,
  applicant.address,
  applicant.email,
];

function lookup(code: string, check: string | undefined, ip: string) {
  const query = check === undefined ? '' : `?check=${encodeURIComponent(check)}`;
  return call(t.app, undefined, 'GET', `/api/v1/public/dossiers/${code}${query}`, undefined, {
    'x-forwarded-for': ip,
  });
}

function page(query: string, ip: string, headers: Record<string, string> = {}) {
  return call(t.app, undefined, 'GET', `/tra-cuu${query}`, undefined, {
    'x-forwarded-for': ip,
    accept: 'text/html',
    ...headers,
  });
}

/** The error body without its request id. */
function answer(response: LightMyRequestResponse) {
  const { requestId, ...rest } = response.json();
  expect(requestId).toBeTypeOf('string');
  return rest;
}

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00', sessionTtlHours: 24 * 365 });
  o = await loginOfficers(t);
  waiting = await receiveTestDossier(t, o.reception);
  await must(t, o.head, waiting, {
    type: 'assign',
    assignee: 'chuyenvien',
    note: 'Ghi chú nội bộ: ưu tiên xử lý trước',
  });
  t.clock.set('2026-03-03T10:00:00+07:00');
  await must(t, o.specialist, waiting, {
    type: 'request_supplement',
    reasons: [{ code: 'missing_document' }, { code: 'invalid_copy', detail: 'Bản sao CCCD mờ' }],
    documents: ['Bản sao giấy tờ tùy thân có chứng thực', 'Văn bản ủy quyền'],
  });
  procedureName = (await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${waiting}`)).json()
    .procedure.name;
});
afterAll(() => t.close());

describe('without the right second factor nothing is revealed', () => {
  it('a missing, wrong or malformed factor gets exactly the unknown code’s answer', async () => {
    const unknown = await lookup(unknownCode, '5678', from());
    expect(unknown.statusCode).toBe(404);
    const expected = answer(unknown);
    expect(Object.keys(expected).sort()).toEqual(['code', 'message']);
    for (const check of [undefined, '', '1111', '033095009999', 'abc']) {
      const response = await lookup(waiting, check, from());
      expect(response.statusCode, String(check)).toBe(404);
      expect(answer(response)).toEqual(expected);
      for (const secret of [...secrets, procedureName]) expect(response.body).not.toContain(secret);
    }
  });

  it('the page answers the same for a known code with a wrong factor as for an unknown code', async () => {
    const known = await page(`?ma=${waiting}&check=1111`, from());
    const unknown = await page(`?ma=${unknownCode}&check=1111`, from());
    expect(known.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(known.body.replaceAll(waiting, 'CODE')).toBe(
      unknown.body.replaceAll(unknownCode, 'CODE'),
    );
    expect(known.body).toContain('Không tìm thấy hồ sơ với mã và thông tin xác minh đã nhập');
    for (const secret of [...secrets, procedureName, 'Bản sao giấy tờ tùy thân'])
      expect(known.body).not.toContain(secret);
    expect(known.headers['cache-control']).toBe('no-store');
  });

  it('citizen forms need the factor too; the control slip (06) is not a citizen form', async () => {
    const wrong = await call(
      t.app,
      undefined,
      'GET',
      `/api/v1/public/dossiers/${waiting}/forms/02.pdf?check=0000`,
      undefined,
      { 'x-forwarded-for': from() },
    );
    const unknown = await lookup(unknownCode, '0000', from());
    expect(wrong.statusCode).toBe(404);
    expect(answer(wrong)).toEqual(answer(unknown));
    const slip = await call(
      t.app,
      undefined,
      'GET',
      `/api/v1/public/dossiers/${waiting}/forms/06.pdf?check=5678`,
      undefined,
      { 'x-forwarded-for': from() },
    );
    expect(slip.statusCode).toBe(400);
  });
});

describe('with the right second factor', () => {
  it('shows status, procedure, unit, received and due instants, the deadline in words, steps and what is needed', async () => {
    const response = await lookup(waiting, '5678', from());
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body).toMatchObject({
      code: waiting,
      status: {
        code: 'awaiting_supplement',
        national: { code: 5, label: 'Yêu cầu bổ sung giấy tờ' },
      },
      procedure: { code: '9.999001', name: procedureName },
      receivingUnit: { name: 'Trung tâm Phục vụ hành chính công tỉnh Hưng Yên' },
      competentUnit: { name: 'Sở Tư pháp' },
      receivedAt: '2026-03-02T09:00:00+07:00',
      dueAt: '2026-03-05T09:00:00+07:00',
      needed: {
        supplement: {
          documents: ['Bản sao giấy tờ tùy thân có chứng thực', 'Văn bản ủy quyền'],
          reasons: [
            'Thiếu thành phần hồ sơ',
            'Bản sao chưa được chứng thực hoặc không rõ: Bản sao CCCD mờ',
          ],
          closeAt: '10:00 18/03/2026',
        },
      },
      ratingUrl: null,
    });
    expect(body.status.label).toContain('Cần bổ sung');
    expect(body.deadline.summary.join(' ')).toContain('Thời hạn giải quyết 3 ngày làm việc');
    expect(body.deadline.summary.join(' ')).toContain('thời hạn được tính lại từ đầu');
    expect(body.deadline.explanation.length).toBeGreaterThan(0);
    expect(body.steps.map((s: { label: string }) => s.label)).toEqual([
      'Hồ sơ được tiếp nhận',
      'Cơ quan có thẩm quyền bắt đầu thẩm định hồ sơ',
      'Yêu cầu bổ sung, hoàn thiện hồ sơ',
    ]);
    expect(body.forms.map((f: { no: string }) => f.no)).toEqual(['01', '02']);
    // No officer's name, no internal note, no applicant data the caller did not give.
    for (const hidden of [
      'Nguyễn Thị Hoa',
      'Trần Văn Minh',
      'Lê Thị Lan',
      'Ghi chú nội bộ',
      ...secrets,
    ])
      expect(response.body).not.toContain(hidden);
  });

  it('accepts the identity number (spaces ignored) and a lower-case code', async () => {
    const byId = await lookup(waiting.toLowerCase(), ' 0330 9500 1234 ', from());
    expect(byId.statusCode, byId.body).toBe(200);
    expect(byId.json().code).toBe(waiting);
  });

  it('downloads the forms addressed to the citizen; a form whose event did not happen answers 409', async () => {
    const body = (await lookup(waiting, '5678', from())).json();
    const supplement = body.forms.find((f: { no: string }) => f.no === '02');
    const response = await call(t.app, undefined, 'GET', supplement.url, undefined, {
      'x-forwarded-for': from(),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = flattenText((await extractPdfText(response.rawPayload)).text);
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain('Văn bản ủy quyền');
    expect(await decodePdfQrCodes(response.rawPayload)).toEqual([
      [`http://127.0.0.1:3000/tra-cuu?ma=${waiting}`],
    ]);
    const apology = await call(
      t.app,
      undefined,
      'GET',
      `/api/v1/public/dossiers/${waiting}/forms/04.pdf?check=5678`,
      undefined,
      { 'x-forwarded-for': from() },
    );
    expect(apology.statusCode).toBe(409);
  });

  it('the page: ?ma= pre-fills the code (the QR target); with the factor it shows the dossier, without JavaScript', async () => {
    const qrTarget = await page(`?ma=${waiting}`, from());
    expect(qrTarget.statusCode).toBe(200);
    expect(qrTarget.body).toContain(`value="${waiting}"`);
    expect(qrTarget.body).toContain('name="check"');
    expect(qrTarget.body).not.toContain('<script');
    for (const secret of [...secrets, procedureName]) expect(qrTarget.body).not.toContain(secret);

    const shown = await page(`?ma=${waiting}&check=5678`, from());
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['cache-control']).toBe('no-store');
    expect(shown.headers['x-robots-tag']).toBe('noindex');
    expect(shown.body).toContain('Cần bổ sung, hoàn thiện hồ sơ');
    expect(shown.body).toContain('Yêu cầu bổ sung giấy tờ');
    expect(shown.body).toContain('09:00 05/03/2026');
    expect(shown.body).toContain('Bản sao giấy tờ tùy thân có chứng thực');
    expect(shown.body).toContain(`/api/v1/public/dossiers/${waiting}/forms/02.pdf?check=5678`);
    expect(shown.body).not.toContain('/danh-gia/');
    const english = await page(`?ma=${waiting}&check=5678`, from(), { cookie: 'mc_lang=en' });
    expect(english.body).toContain('What you need to do');
  });

  it('once returned: results with their download and the invitation to rate the service', async () => {
    t.clock.set('2026-03-09T09:00:00+07:00');
    const code = await receiveTestDossier(t, o.reception);
    await must(t, o.head, code, { type: 'assign', assignee: 'chuyenvien' });
    await must(t, o.specialist, code, { type: 'submit_for_approval', summary: 'Hợp lệ.' });
    await must(t, o.leader, code, { type: 'approve' });
    await must(t, o.specialist, code, { type: 'mark_result_ready', resultName: 'Giấy xác nhận' });
    // The result document (issued by the results service in the real flow), stored by hash.
    const pdf = (await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/forms/01.pdf`))
      .rawPayload;
    const stored = t.ctx.files.put(pdf);
    const dossier = await t.database.db
      .selectFrom('dossiers')
      .select(['id', 'tenantId'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    await t.database.db
      .insertInto('files')
      .values({
        id: '01900000-0000-7000-8000-00000000e001',
        tenantId: dossier.tenantId,
        sha256: stored.sha256,
        sizeBytes: stored.size,
        mimeType: 'application/pdf',
        fileName: 'giay-xac-nhan.pdf',
        purpose: 'result',
      })
      .execute();
    await t.database.db
      .insertInto('dossierResults')
      .values({
        id: '01900000-0000-7000-8000-00000000e002',
        tenantId: dossier.tenantId,
        dossierId: dossier.id,
        fileId: '01900000-0000-7000-8000-00000000e001',
        name: 'Giấy xác nhận thử nghiệm',
        resultTypeCode: 'KQ.9.999001',
        holderIdNumber: applicant.idNumber,
        documentCode: `${applicant.idNumber}KQ.9.999001`,
        documentNumber: '15/GXN',
        issuedAt: new Date('2026-03-09T10:00:00+07:00'),
      })
      .execute();
    await must(t, o.reception, code, { type: 'return_result', method: 'electronic' });

    const body = (await lookup(code, '5678', from())).json();
    expect(body.status).toMatchObject({ code: 'returned', national: { code: 10 } });
    expect(body.ratingUrl).toBe(`/danh-gia/${code}`);
    expect(body.results).toEqual([
      expect.objectContaining({
        name: 'Giấy xác nhận thử nghiệm',
        documentNumber: '15/GXN',
        documentCode: `${applicant.idNumber}KQ.9.999001`,
      }),
    ]);
    const download = await call(t.app, undefined, 'GET', body.results[0].downloadUrl, undefined, {
      'x-forwarded-for': from(),
    });
    expect(download.statusCode, download.body).toBe(200);
    expect(Buffer.compare(download.rawPayload, pdf)).toBe(0);
    expect(body.steps.at(-1).label).toBe('Đã trả kết quả');
    const shown = await page(`?ma=${code}&check=5678`, from());
    expect(shown.body).toContain(`href="/danh-gia/${code}"`);
    expect(shown.body).toContain('Đánh giá mức độ hài lòng');
    expect(shown.body).toContain('Tải kết quả điện tử');
  });
});

describe('rate limits', () => {
  it('per address: the 21st look-up within a minute answers 429, for the API and for the page', async () => {
    const ip = from();
    for (let i = 0; i < 20; i++)
      expect((await lookup(`${unknownCode}${i}`, '1234', ip)).statusCode).toBe(404);
    const limited = await lookup(waiting, '5678', ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('RATE_LIMITED');
    for (const secret of secrets) expect(limited.body).not.toContain(secret);
    const pageIp = from();
    for (let i = 0; i < 20; i++) await page(`?ma=${unknownCode}&check=1234`, pageIp);
    expect((await page(`?ma=${waiting}&check=5678`, pageIp)).statusCode).toBe(429);
  });

  it('per code: after 10 wrong factors from any addresses even the right one waits 15 minutes; unknown codes lock alike', async () => {
    t.clock.set('2026-03-20T09:00:00+07:00');
    const code = await receiveTestDossier(t, o.reception);
    const otherUnknown = '000.00.03.H31-260320-9999';
    for (let i = 0; i < 10; i++) {
      expect((await lookup(code, String(1000 + i), from())).statusCode).toBe(404);
      expect((await lookup(otherUnknown, String(1000 + i), from())).statusCode).toBe(404);
    }
    const locked = await lookup(code, '5678', from());
    const lockedUnknown = await lookup(otherUnknown, '5678', from());
    expect(locked.statusCode).toBe(429);
    expect(answer(locked)).toEqual(answer(lockedUnknown));
    t.clock.advance(15 * 60_000);
    expect((await lookup(code, '5678', from())).statusCode).toBe(200);
  });
});
