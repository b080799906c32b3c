import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyEarlyReturns } from '../../src/services/results/notify-early-return.ts';
import {
  act,
  applicant,
  loginOfficers,
  must,
  type Officers,
  receiveTestDossier,
} from '../support/dossier-helpers.ts';
import { extractPdfText } from '../support/pdf-inspect.ts';
import {
  makePdf,
  makePng,
  makeWindowsExe,
  multipart,
  sampleJpeg,
} from '../support/sample-files.ts';
import { call, createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Results as documents and their return (Decree 118/2025 Art. 22): the PDF with its document code
 * (holder's ID number + result-type code), the citizen's download after the second factor, the
 * three ways of returning with their checks, the advance notice of an early return.
 */
let t: TestApp;
let o: Officers;
const check = applicant.phone.slice(-4);
const documentCode = `${applicant.idNumber}KQ.TN.000001`;

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00', sessionTtlHours: 24 * 30 });
  o = await loginOfficers(t);
});
afterAll(() => t.close());

async function approved(): Promise<string> {
  const code = await receiveTestDossier(t, o.reception);
  await must(t, o.head, code, { type: 'assign', assignee: 'chuyenvien' });
  await must(t, o.specialist, code, { type: 'submit_for_approval', summary: 'Đủ điều kiện.' });
  await must(t, o.leader, code, { type: 'approve' });
  return code;
}

async function ready(): Promise<string> {
  const code = await approved();
  await must(t, o.specialist, code, { type: 'mark_result_ready', resultName: 'Giấy xác nhận' });
  return code;
}

async function upload(
  session = o.specialist,
  code: string,
  fields: Record<string, string> = {},
  file: { name: string; bytes: Buffer } | undefined = undefined,
) {
  const body = multipart(
    fields,
    file ?? { name: 'ket-qua.pdf', bytes: await makePdf('Giay xac nhan 20/GXN') },
  );
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${code}/results`,
    headers: { ...body.headers, cookie: session.cookie, 'x-csrf-token': session.csrf },
    payload: body.payload,
  });
}

const returnResult = (code: string, body: Record<string, unknown>, session = o.reception) =>
  call(t.app, session, 'POST', `/api/v1/dossiers/${code}/result-return`, body);

describe('result documents', () => {
  it('stores the PDF with document code = holder ID + result-type code, downloadable by officers', async () => {
    const code = await approved();
    const pdf = await makePdf('Giay xac nhan thu nghiem so 20/GXN');
    const response = await upload(
      o.specialist,
      code,
      { documentNumber: '20/GXN', validFrom: '2026-03-02', validUntil: '2027-03-01' },
      { name: 'giay-xac-nhan.pdf', bytes: pdf },
    );
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json();
    expect(result).toMatchObject({
      name: 'Giấy xác nhận thử nghiệm',
      resultTypeCode: 'KQ.TN.000001',
      holderIdNumber: applicant.idNumber,
      documentCode,
      documentNumber: '20/GXN',
      validFrom: '2026-03-02',
      validUntil: '2027-03-01',
      issuedBy: 'Trần Văn Minh',
      file: { fileName: 'giay-xac-nhan.pdf', sizeBytes: pdf.length },
    });
    const file = await call(t.app, o.reception, 'GET', result.file.url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect((await extractPdfText(file.rawPayload)).text).toContain(
      'Giay xac nhan thu nghiem so 20/GXN',
    );

    const listed = (
      await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/results`)
    ).json();
    expect(listed.results.map((r: { documentCode: string }) => r.documentCode)).toEqual([
      documentCode,
    ]);
    expect(listed.resultTypes).toEqual([
      { name: 'Giấy xác nhận thử nghiệm', code: 'KQ.TN.000001', documentCode },
    ]);

    const twice = await upload(o.specialist, code);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'DUPLICATE', details: { documentCode } });
  });

  it('refuses a result before approval, a wrong type code, a non-PDF and officers who do not issue it', async () => {
    const early = await receiveTestDossier(t, o.reception);
    await must(t, o.head, early, { type: 'assign', assignee: 'chuyenvien' });
    const notYet = await upload(o.specialist, early);
    expect(notYet.statusCode).toBe(422);
    expect(notYet.json().details.rule).toBe('result_upload_status');

    const code = await approved();
    const wrongType = await upload(o.specialist, code, { resultTypeCode: 'KQ.KHAC.1' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().message).toContain('KQ.TN.000001');
    const exe = await upload(
      o.specialist,
      code,
      {},
      { name: 'ket-qua.pdf', bytes: makeWindowsExe() },
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.json().message).toContain('chương trình Windows');
    const png = await upload(o.specialist, code, {}, { name: 'anh.pdf', bytes: makePng() });
    expect(png.statusCode).toBe(415);
    const empty = await upload(
      o.specialist,
      code,
      {},
      { name: 'rong.pdf', bytes: Buffer.alloc(0) },
    );
    expect(empty.statusCode).toBe(400);
    const leader = await upload(o.leader, code);
    expect(leader.statusCode).toBe(403);
    const listed = (
      await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/results`)
    ).json();
    expect(listed.results).toEqual([]);
  });

  it('the citizen downloads it after the second factor, once the result is ready', async () => {
    const code = await approved();
    const pdf = await makePdf('Ket qua cua cong dan');
    const { id } = (await upload(o.specialist, code, {}, { name: 'kq.pdf', bytes: pdf })).json();
    const url = `/api/v1/public/dossiers/${code}/results`;
    const beforeReady = await call(t.app, undefined, 'GET', `${url}/${id}?check=${check}`);
    expect(beforeReady.statusCode).toBe(404);
    await must(t, o.specialist, code, { type: 'mark_result_ready' });
    const list = await call(t.app, undefined, 'GET', `${url}?check=${check}`);
    expect(list.json().results).toEqual([
      expect.objectContaining({ id, documentCode, downloadPath: `${url}/${id}` }),
    ]);
    const wrong = await call(t.app, undefined, 'GET', `${url}/${id}?check=0000`);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).not.toContain(documentCode);
    const withId = await call(t.app, undefined, 'GET', `${url}/${id}?check=${applicant.idNumber}`);
    expect(withId.statusCode).toBe(200);
    expect(withId.rawPayload.equals(pdf)).toBe(true);
  });
});

describe('early return notified in advance (Art. 22)', () => {
  const notices = (dossierCode: string) =>
    t.database.db
      .selectFrom('notifications as n')
      .innerJoin('dossiers as d', 'd.id', 'n.dossierId')
      .select(['n.channel', 'n.recipientAddress', 'n.status', 'n.body', 'n.template'])
      .where('d.code', '=', dossierCode)
      .where('n.template', '=', 'dossier.early_return')
      .orderBy('n.channel')
      .execute();

  it('the watch writes one SMS and one e-mail for a result ready before its due instant, once', async () => {
    const code = await ready();
    expect(await notices(code)).toEqual([]);
    expect(await notifyEarlyReturns(t.ctx)).toBeGreaterThanOrEqual(2);
    const written = await notices(code);
    expect(written.map((n) => [n.channel, n.recipientAddress, n.status])).toEqual([
      ['email', applicant.email, 'pending'],
      ['sms', '+84912345678', 'pending'],
    ]);
    expect(written[0]!.body).toContain(`Hồ sơ ${code}`);
    expect(written[0]!.body).toContain('trước ngày hẹn trả');
    expect(written[0]!.body).toContain(`/tra-cuu?ma=${encodeURIComponent(code)}`);
    expect(await notifyEarlyReturns(t.ctx)).toBe(0);
    expect(await notices(code)).toHaveLength(2);
    const page = (await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/results`)).json();
    expect(page.earlyReturnNotices.map((n: { recipient: string }) => n.recipient).sort()).toEqual([
      '091***678',
      'bi***@example.vn',
    ]);
  });

  it('an upload of the result once ready writes the notice at once; a late result gets none', async () => {
    const code = await ready();
    expect((await upload(o.specialist, code)).statusCode).toBe(201);
    expect(await notices(code)).toHaveLength(2);

    const late = await approved();
    t.clock.set('2026-03-20T09:00:00+07:00');
    await must(t, o.specialist, late, { type: 'mark_result_ready' });
    await notifyEarlyReturns(t.ctx);
    expect(await notices(late)).toEqual([]);
    t.clock.set('2026-03-02T09:00:00+07:00');
  });
});

describe('returning the result', () => {
  it('in person: the collector is checked against the applicant, the signature is captured', async () => {
    const code = await ready();
    const unsigned = await returnResult(code, {
      method: 'in_person',
      collectedBy: applicant.fullName,
      collectorIdNumber: applicant.idNumber,
    });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().details.fields[0].field).toBe('signature');

    const stranger = await returnResult(code, {
      method: 'in_person',
      collectedBy: 'Trần Thị Cúc',
      collectorIdNumber: '001190000111',
      signedOnPaper: true,
    });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json().details).toMatchObject({
      rule: 'collector_needs_authorisation',
      field: 'authorisationNote',
    });

    const jpeg = await returnResult(code, {
      method: 'in_person',
      collectedBy: applicant.fullName,
      collectorIdNumber: applicant.idNumber,
      signaturePng: sampleJpeg.toString('base64'),
    });
    expect(jpeg.statusCode).toBe(415);

    const signature = makePng(300, 100);
    const done = await returnResult(code, {
      method: 'in_person',
      collectedBy: 'Trần Thị Cúc',
      collectorIdNumber: '001190000111',
      authorisationNote: 'Giấy ủy quyền số 12/UQ ngày 01/03/2026 của ông Nguyễn Văn Bình',
      signaturePng: `data:image/png;base64,${signature.toString('base64')}`,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'returned', nationalStatus: 10 });
    const page = (await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/results`)).json();
    expect(page.returned).toMatchObject({
      by: 'Nguyễn Thị Hoa',
      method: 'in_person',
      collectedBy: 'Trần Thị Cúc',
      collectorIdNumber: '001190000111',
      collectorIsApplicant: false,
      signature: 'canvas',
      authorisationNote: 'Giấy ủy quyền số 12/UQ ngày 01/03/2026 của ông Nguyễn Văn Bình',
    });
    const png = await call(t.app, o.specialist, 'GET', page.returned.signatureUrl);
    expect(png.statusCode).toBe(200);
    expect(png.rawPayload.equals(signature)).toBe(true);
  });

  it('in person, signed on the paper register, by the applicant', async () => {
    const code = await ready();
    const done = await returnResult(code, {
      method: 'in_person',
      collectedBy: applicant.fullName,
      collectorIdNumber: ` ${applicant.idNumber} `,
      signedOnPaper: true,
    });
    expect(done.statusCode, done.body).toBe(200);
    const page = (await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/results`)).json();
    expect(page.returned).toMatchObject({
      collectorIsApplicant: true,
      signature: 'paper',
      signatureUrl: null,
    });
  });

  it('by public post: the tracking number and a posting date not in the future', async () => {
    const code = await ready();
    const missing = await returnResult(code, { method: 'postal', postedOn: '2026-03-02' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details.fields[0].field).toBe('postalTrackingNumber');
    const future = await returnResult(code, {
      method: 'postal',
      postalTrackingNumber: 'EB123456789VN',
      postedOn: '2026-03-09',
    });
    expect(future.statusCode).toBe(422);
    expect(future.json().details.rule).toBe('posted_on_in_future');
    const done = await returnResult(code, {
      method: 'postal',
      postalTrackingNumber: 'EB123456789VN',
      postedOn: '2026-03-02',
    });
    expect(done.statusCode, done.body).toBe(200);
    const page = (await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/results`)).json();
    expect(page.returned).toMatchObject({
      method: 'postal',
      postalTrackingNumber: 'EB123456789VN',
      postedOn: '2026-03-02',
    });
  });

  it('electronically only with a result file, on the dedicated route and on the workflow action alike', async () => {
    const code = await ready();
    const none = await returnResult(code, { method: 'electronic' });
    expect(none.statusCode).toBe(422);
    expect(none.json().details.rule).toBe('electronic_needs_result_file');
    const viaAction = await act(t, o.reception, code, {
      type: 'return_result',
      method: 'electronic',
    });
    expect(viaAction.statusCode).toBe(422);
    expect(viaAction.json().details.rule).toBe('electronic_needs_result_file');
    expect((await upload(o.reception, code)).statusCode).toBe(201);
    const done = await returnResult(code, { method: 'electronic' });
    expect(done.statusCode, done.body).toBe(200);
    const actions = done.json().actions as Array<{
      type: string;
      payload?: Record<string, unknown>;
    }>;
    expect(actions.at(-1)!.type).toBe('return_result');
  });

  it('the workflow action keeps the legacy short form and applies the same collector check', async () => {
    const code = await ready();
    const mismatch = await act(t, o.reception, code, {
      type: 'return_result',
      method: 'in_person',
      collectedBy: 'Người khác',
      collectorIdNumber: '001190000999',
    });
    expect(mismatch.statusCode).toBe(422);
    const refusedOfficer = await returnResult(
      code,
      { method: 'postal', postalTrackingNumber: 'EB1', postedOn: '2026-03-02' },
      o.specialist,
    );
    expect(refusedOfficer.statusCode).toBe(400);
    const specialist = await returnResult(
      code,
      { method: 'postal', postalTrackingNumber: 'EB123', postedOn: '2026-03-02' },
      o.specialist,
    );
    expect(specialist.statusCode).toBe(403);
    const legacy = await act(t, o.reception, code, { type: 'return_result', method: 'in_person' });
    expect(legacy.statusCode).toBe(200);
    const page = (await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/results`)).json();
    expect(page.returned).toMatchObject({
      collectedBy: applicant.fullName,
      collectorIsApplicant: true,
      signature: 'none',
    });
  });
});
