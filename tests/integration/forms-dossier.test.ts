import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierJobHandlers } from '../../src/services/dossiers/dossier-jobs.ts';
import { submitOnline } from '../../src/services/dossiers/submit-online.ts';
import { JobRunner } from '../../src/services/jobs/job-runner.ts';
import {
  applicant,
  loginOfficers,
  must,
  type Officers,
  receiveTestDossier,
} from '../support/dossier-helpers.ts';
import { decodePdfQrCodes, extractPdfText, flattenText } from '../support/pdf-inspect.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * Forms 01–06 of a dossier (TT 03/2025/TT-VPCP; issue #5 item 3) as real PDFs: each is parsed
 * back with PDF.js, its text checked for the legal title and the dossier's data with Vietnamese
 * diacritics in NFC, and its QR code decoded to the public look-up address.
 */
let t: TestApp;
let o: Officers;
let tenantId: string;

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

const at = (instant: string) => t.clock.set(instant);
const lookupUrl = (code: string) => `http://127.0.0.1:3000/tra-cuu?ma=${code}`;

/** Downloads a form and reads it back: text (flattened), pages, QR codes. */
async function getForm(session: Session, code: string, no: string) {
  const response = await call(t.app, session, 'GET', `/api/v1/dossiers/${code}/forms/${no}.pdf`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  expect(response.headers['content-disposition']).toBe(`inline; filename="mau-${no}-${code}.pdf"`);
  expect(response.headers['cache-control']).toBe('no-store');
  const pdf = response.rawPayload;
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const inspected = await extractPdfText(pdf);
  // Vietnamese letters come back precomposed (NFC), exactly as drawn.
  expect(inspected.text).toBe(inspected.text.normalize('NFC'));
  for (const page of inspected.pages) {
    expect(Math.round(page.width)).toBe(595);
    expect(Math.round(page.height)).toBe(842);
    expect(page.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(page.text).toContain('Độc lập - Tự do - Hạnh phúc');
  }
  const qr = await decodePdfQrCodes(pdf);
  expect(qr).toEqual(inspected.pages.map(() => [lookupUrl(code)]));
  return { text: flattenText(inspected.text), pages: inspected.pages.length };
}

async function formStatus(session: Session | undefined, code: string, no: string) {
  const response = await call(t.app, session, 'GET', `/api/v1/dossiers/${code}/forms/${no}.pdf`);
  return { status: response.statusCode, body: response.json() };
}

async function detail(code: string) {
  return (await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}`)).json();
}

async function assigned(): Promise<string> {
  const code = await receiveTestDossier(t, o.reception);
  await must(t, o.head, code, { type: 'assign', assignee: 'chuyenvien' });
  return code;
}

describe('form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả', () => {
  it('prints the applicant, the documents held, sets, deadline, times, delivery, fees, register entry and signatures', async () => {
    at('2026-03-02T09:00:00+07:00');
    const code = await receiveTestDossier(t, o.reception, {
      extraDocuments: [
        { name: 'Đơn đề nghị cấp giấy xác nhận', form: 'original', quantity: 1 },
        { name: 'Bản sao Căn cước công dân', form: 'certified_copy', quantity: 2 },
      ],
      setsCount: 2,
      deliveryMethod: 'postal',
      deliveryAddress: 'Số 12, đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên',
    });
    const dossier = await t.database.db
      .selectFrom('dossiers')
      .select(['id', 'feeTotal', 'feePaid', 'procedureName'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    // A correction removed a paper: it is no longer part of the dossier and not printed.
    await t.database.db
      .insertInto('dossierDocuments')
      .values({
        id: '01900000-0000-7000-8000-00000000f001',
        tenantId,
        dossierId: dossier.id,
        name: 'Giấy tờ nhận nhầm của hồ sơ khác',
        source: 'counter',
        addedAt: new Date('2026-03-02T09:00:00+07:00'),
        removedAt: new Date('2026-03-02T09:05:00+07:00'),
      })
      .execute();
    const { text } = await getForm(o.reception, code, '01');
    const due = (await detail(code)).dueAt as string;
    expect(due).toBe('2026-03-05T09:00:00+07:00');
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH HƯNG YÊN');
    expect(text).toContain('Hưng Yên, ngày 02 tháng 03 năm 2026');
    expect(text).toContain(`Mã hồ sơ: ${code}`);
    for (const value of [
      applicant.fullName,
      applicant.idNumber,
      applicant.address,
      applicant.phone,
      applicant.email,
    ])
      expect(text).toContain(value);
    expect(text).toContain(flattenText(dossier.procedureName));
    // Each row: number, name, form, quantity (the order is the intake's).
    expect(text).toMatch(/[12] Đơn đề nghị cấp giấy xác nhận Bản chính 1 /);
    expect(text).toMatch(/[12] Bản sao Căn cước công dân Bản sao có chứng thực 2 /);
    expect(text).not.toContain('Giấy tờ nhận nhầm');
    expect(text).toContain('2. Số lượng hồ sơ: 2 bộ');
    expect(text).toContain('3. Thời gian giải quyết hồ sơ theo quy định: 3 ngày làm việc');
    expect(text).toContain('4. Thời gian nhận hồ sơ: 09:00 02/03/2026');
    expect(text).toContain('5. Thời gian trả kết quả giải quyết hồ sơ: 09:00 05/03/2026');
    expect(text).toContain(
      'Qua dịch vụ bưu chính công ích, đến địa chỉ: Số 12, đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên',
    );
    const fee = Number(dossier.feeTotal);
    const feeText =
      fee === 0
        ? 'Không thu phí, lệ phí'
        : `${new Intl.NumberFormat('vi-VN').format(fee)} đồng – ${Number(dossier.feePaid) >= fee ? 'đã nộp đủ' : 'chưa nộp'}`;
    expect(text).toContain(`7. Phí, lệ phí: ${feeText}`);
    expect(text).toMatch(/Vào Sổ theo dõi hồ sơ, Quyển số: 2026, Số thứ tự: \d+\./);
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).toContain('Nguyễn Thị Hoa');
    expect(text).toContain('được lập thành 02 bản');
  });

  it('numbers the register entries of the receiving unit in order of reception', async () => {
    at('2026-03-02T10:00:00+07:00');
    const first = await receiveTestDossier(t, o.reception);
    at('2026-03-02T10:05:00+07:00');
    const second = await receiveTestDossier(t, o.reception);
    const entry = async (code: string) =>
      Number(/Số thứ tự: (\d+)/.exec((await getForm(o.reception, code, '01')).text)?.[1]);
    expect(await entry(second)).toBe((await entry(first)) + 1);
  });

  it('is refused (409) for an online dossier not yet received, and for one refused at reception', async () => {
    const code = (
      await submitOnline(t.ctx, {
        tenantId,
        procedureCode: '9.999001',
        applicant,
        source: { kind: 'citizen' },
      })
    ).code;
    const waiting = await formStatus(o.reception, code, '01');
    expect(waiting.status).toBe(409);
    expect(waiting.body).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { form: '01' } });
    expect(waiting.body.message).toContain('chưa được tiếp nhận');
  });
});

describe('form 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', () => {
  it('lists every document and coded reason at once, the deadline, where to file, the rules and the officer', async () => {
    at('2026-03-03T09:00:00+07:00');
    const code = await assigned();
    await must(t, o.specialist, code, {
      type: 'request_supplement',
      reasons: [
        { code: 'missing_document' },
        { code: 'invalid_copy', detail: 'Bản sao Căn cước công dân mờ, không đọc được số' },
      ],
      documents: ['Bản sao giấy tờ tùy thân có chứng thực', 'Văn bản ủy quyền có công chứng'],
    });
    const { text } = await getForm(o.reception, code, '02');
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN SỞ TƯ PHÁP');
    expect(text).toContain(`Mã hồ sơ: ${code}`);
    expect(text).toContain(applicant.fullName);
    expect(text).toContain('1 Bản sao giấy tờ tùy thân có chứng thực');
    expect(text).toContain('2 Văn bản ủy quyền có công chứng');
    expect(text).toContain('1. Thiếu thành phần hồ sơ');
    expect(text).toContain(
      '2. Bản sao chưa được chứng thực hoặc không rõ: Bản sao Căn cước công dân mờ, không đọc được số',
    );
    expect(text).toContain('3. Thời hạn bổ sung: trước 09:00 18/03/2026');
    expect(text).toContain('Cơ sở dữ liệu quốc gia về thủ tục hành chính');
    expect(text).toContain('Cán bộ hướng dẫn: Trần Văn Minh, Chuyên viên');
    expect(text).toContain('NGƯỜI HƯỚNG DẪN');
    // The other notices do not exist for this dossier.
    for (const no of ['03', '04', '05'])
      expect((await formStatus(o.reception, code, no)).status).toBe(409);
  });
});

describe('form 03: Phiếu từ chối', () => {
  it('at reception: the one-stop unit refuses an online dossier with its reasons', async () => {
    at('2026-03-04T09:00:00+07:00');
    const code = (
      await submitOnline(t.ctx, {
        tenantId,
        procedureCode: '9.999001',
        applicant,
        source: { kind: 'citizen' },
      })
    ).code;
    await must(t, o.reception, code, {
      type: 'refuse_reception',
      reasons: [
        'Yêu cầu không thuộc phạm vi giải quyết của thủ tục',
        'Người nộp không phải chủ hồ sơ',
      ],
    });
    const { text } = await getForm(o.reception, code, '03');
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('1. Yêu cầu không thuộc phạm vi giải quyết của thủ tục');
    expect(text).toContain('2. Người nộp không phải chủ hồ sơ');
    expect(text).toContain('Ngày 04/03/2026, sau khi kiểm tra hồ sơ');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).toContain('Nguyễn Thị Hoa');
    expect((await formStatus(o.reception, code, '01')).status).toBe(409);
  });

  it('after appraisal: the competent agency refuses, signed by its head, sent through the one-stop unit', async () => {
    at('2026-03-04T10:00:00+07:00');
    const code = await assigned();
    await must(t, o.specialist, code, {
      type: 'submit_for_approval',
      summary: 'Người nộp không đủ điều kiện.',
      proposal: 'refuse',
    });
    await must(t, o.leader, code, {
      type: 'refuse',
      reasons: ['Người nộp không đủ điều kiện theo quy định của thủ tục'],
    });
    const { text } = await getForm(o.specialist, code, '03');
    expect(text).toContain('PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('sau khi thẩm định hồ sơ, Sở Tư pháp không giải quyết hồ sơ');
    expect(text).toContain('1. Người nộp không đủ điều kiện theo quy định của thủ tục');
    expect(text).toContain('THỦ TRƯỞNG CƠ QUAN');
    expect(text).toContain('Phạm Quốc Hùng');
    expect(text).toContain('Nơi nhận:');
  });
});

describe('form 04: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết', () => {
  it('exists only once the extension is approved; states the reason, the old and the new dates and apologises', async () => {
    at('2026-03-09T09:00:00+07:00');
    const code = await assigned();
    expect((await formStatus(o.specialist, code, '04')).body.message).toContain(
      'không được gia hạn',
    );
    at('2026-03-10T10:00:00+07:00');
    await must(t, o.specialist, code, {
      type: 'request_extension',
      reason: 'Cần xác minh thông tin tại Ủy ban nhân dân phường Phố Hiến.',
      proposedDueAt: '2026-03-17T17:30:00+07:00',
    });
    const pending = await formStatus(o.specialist, code, '04');
    expect(pending.status).toBe(409);
    expect(pending.body.message).toContain('chờ lãnh đạo duyệt');
    at('2026-03-10T14:00:00+07:00');
    await must(t, o.leader, code, { type: 'approve_extension' });
    const { text } = await getForm(o.reception, code, '04');
    expect(text).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(text).toContain(`Kính gửi: Ông/Bà ${applicant.fullName}`);
    expect(text).toContain('hẹn trả kết quả lúc 09:00 12/03/2026');
    expect(text).toContain('Cần xác minh thông tin tại Ủy ban nhân dân phường Phố Hiến.');
    expect(text).toContain('thành thật xin lỗi');
    expect(text).toContain('hẹn trả kết quả vào lúc 17:30 17/03/2026');
    expect(text).toContain('Hưng Yên, ngày 10 tháng 03 năm 2026');
    expect(text).toContain('Phạm Quốc Hùng');
    // The receipt reprinted now shows the new appointment and the original one.
    const receipt = (await getForm(o.reception, code, '01')).text;
    expect(receipt).toContain('17:30 17/03/2026 (hẹn ban đầu 09:00 12/03/2026; đã gia hạn)');
  });
});

describe('form 05: Thông báo dừng giải quyết hồ sơ', () => {
  it('at the applicant’s request (Art. 21)', async () => {
    at('2026-03-11T09:00:00+07:00');
    const code = await receiveTestDossier(t, o.reception);
    at('2026-03-11T15:00:00+07:00');
    await must(t, o.reception, code, {
      type: 'withdraw',
      reason: 'Người nộp đề nghị rút hồ sơ để nộp lại với giấy tờ khác',
    });
    const { text } = await getForm(o.reception, code, '05');
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Người nộp đề nghị rút hồ sơ để nộp lại với giấy tờ khác');
    expect(text).toContain('kể từ 15:00 11/03/2026 (Điều 21 Nghị định 118/2025/NĐ-CP)');
  });

  it('closed 15 days after an unanswered supplement request (Art. 19)', async () => {
    at('2026-04-01T09:00:00+07:00');
    const code = await assigned();
    await must(t, o.specialist, code, {
      type: 'request_supplement',
      reasons: [{ code: 'missing_document' }],
      documents: ['Tờ khai theo mẫu'],
    });
    await t.database.db
      .insertInto('jobs')
      .values({
        id: '01900000-0000-7000-8000-00000000f0a1',
        tenantId: null,
        kind: 'dossiers.close_unanswered',
        payload: '{}',
        runAt: new Date('2026-04-16T09:00:00+07:00'),
      })
      .execute();
    at('2026-04-16T09:00:01+07:00');
    expect(await new JobRunner(t.ctx, dossierJobHandlers).runDue()).toEqual({ done: 1, failed: 0 });
    const { text } = await getForm(o.reception, code, '05');
    expect(text).toContain('Quá 15 ngày kể từ ngày thông báo (hạn 09:00 16/04/2026)');
    expect(text).toContain('(Điều 19 Nghị định 118/2025/NĐ-CP)');
    expect(text).toContain('BỘ PHẬN MỘT CỬA');
  });
});

describe('form 06: Phiếu kiểm soát quá trình giải quyết hồ sơ', () => {
  it('one row per hand-off with giver, receiver, times and grade, then the return to the applicant', async () => {
    at('2026-03-16T09:00:00+07:00');
    const code = await assigned();
    at('2026-03-16T10:00:00+07:00');
    await must(t, o.specialist, code, { type: 'submit_for_approval', summary: 'Hồ sơ hợp lệ.' });
    at('2026-03-16T14:00:00+07:00');
    await must(t, o.leader, code, { type: 'approve' });
    at('2026-03-16T15:00:00+07:00');
    await must(t, o.specialist, code, { type: 'mark_result_ready', resultName: 'Giấy xác nhận' });
    at('2026-03-17T08:00:00+07:00');
    await must(t, o.reception, code, { type: 'return_result', method: 'in_person' });
    const { text } = await getForm(o.head, code, '06');
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain(`Kèm theo hồ sơ của: ${applicant.fullName}`);
    expect(text).toContain(`1. Giao: Người nộp hồ sơ – ${applicant.fullName}`);
    expect(text).toContain('Nguyễn Thị Hoa');
    expect(text).toContain('2. Nhận: Phòng Hành chính tư pháp – Trần Văn Minh');
    expect(text).toContain('Phạm Quốc Hùng');
    for (const step of ['Tiếp nhận, chuyển hồ sơ', 'Thẩm định hồ sơ', 'Phê duyệt kết quả'])
      expect(text).toContain(step);
    expect(text).toContain('Trước hạn');
    expect(text).toContain(
      'Trả: 08:00 17/03/2026 Hẹn: 09:00 19/03/2026 Trước hạn Trả kết quả cho người nộp hồ sơ',
    );
  });
});

describe('refusals', () => {
  it('anonymous → 401; an officer of another agency → 404; a wrong form number → 400; an unknown dossier → 404', async () => {
    at('2026-03-18T09:00:00+07:00');
    const code = await receiveTestDossier(t, o.reception);
    const anonymous = await formStatus(undefined, code, '01');
    expect(anonymous).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    const commune = await login(t.app, 'chuyenvien.phohien');
    const outsider = await formStatus(commune, code, '01');
    expect(outsider).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(outsider.body)).not.toContain(applicant.fullName);
    for (const bad of ['07', '00', '1'])
      expect((await formStatus(o.reception, code, bad)).status).toBe(400);
    const plain = await call(t.app, o.reception, 'GET', `/api/v1/dossiers/${code}/forms/01.txt`);
    expect(plain.statusCode).toBe(400);
    expect((await formStatus(o.reception, '000.00.03.H31-260318-9999', '01')).status).toBe(404);
  });
});
