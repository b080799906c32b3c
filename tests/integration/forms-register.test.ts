import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loginOfficers,
  must,
  type Officers,
  receiveTestDossier,
} from '../support/dossier-helpers.ts';
import { decodePdfQrCodes, extractPdfText, flattenText } from '../support/pdf-inspect.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * Form 07, Sổ theo dõi hồ sơ (issue #5 item 3): the register of a unit for a period, one row per
 * dossier in order of reception, landscape A4 over several pages with the header row repeated;
 * who may print it, and the period rules.
 */
let t: TestApp;
let o: Officers;
const codes: string[] = [];
let before: string;
let returned: string;

const register = (session: Session | undefined, query: string) =>
  call(t.app, session, 'GET', `/api/v1/registers/07.pdf?${query}`);

beforeAll(async () => {
  t = await createTestApp({ start: '2026-02-27T09:00:00+07:00', sessionTtlHours: 24 * 365 });
  o = await loginOfficers(t);
  // Received before the period: not in it.
  before = await receiveTestDossier(t, o.reception);
  for (let i = 0; i < 36; i++) {
    const day = 2 + Math.floor(i / 12);
    const hour = [8, 9, 10, 14, 15, 16][Math.floor((i % 12) / 2)]!;
    t.clock.set(`2026-03-0${day}T${String(hour).padStart(2, '0')}:${i % 2 ? '30' : '05'}:00+07:00`);
    codes.push(await receiveTestDossier(t, o.reception));
  }
  // One dossier goes all the way: transferred, result back, returned.
  returned = codes[0]!;
  t.clock.set('2026-03-05T09:00:00+07:00');
  await must(t, o.head, returned, { type: 'assign', assignee: 'chuyenvien' });
  await must(t, o.specialist, returned, { type: 'submit_for_approval', summary: 'Hợp lệ.' });
  await must(t, o.leader, returned, { type: 'approve' });
  t.clock.set('2026-03-05T10:30:00+07:00');
  await must(t, o.specialist, returned, { type: 'mark_result_ready' });
  t.clock.set('2026-03-05T14:00:00+07:00');
  await must(t, o.reception, returned, { type: 'return_result', method: 'in_person' });
  t.clock.set('2026-04-01T09:00:00+07:00');
});
afterAll(() => t.close());

describe('form 07: Sổ theo dõi hồ sơ', () => {
  it('lists the period’s dossiers in order of reception over landscape pages, each with the header row, the motto and a QR code', async () => {
    const response = await register(o.reception, 'org=000.00.31.H31&from=2026-03-01&to=2026-03-31');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'inline; filename="so-theo-doi-000.00.31.H31-2026-03-01-2026-03-31.pdf"',
    );
    const pdf = await extractPdfText(response.rawPayload);
    expect(pdf.text).toBe(pdf.text.normalize('NFC'));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    for (const [i, page] of pdf.pages.entries()) {
      expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
      expect(page.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(page.text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(flattenText(page.text)).toContain('TT Mã hồ sơ Tên thủ tục hành chính');
      expect(page.text).toContain(`Trang ${i + 1}/${pdf.pages.length}`);
    }
    const text = flattenText(pdf.text);
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH HƯNG YÊN');
    expect(text).toContain('Từ ngày 01/03/2026 đến ngày 31/03/2026 · 36 hồ sơ');
    expect(text).not.toContain(before);
    // Every dossier once, numbered, in order of reception.
    const positions = codes.map((code) => text.indexOf(code));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const [i, code] of codes.entries()) expect(text).toContain(`${i + 1} ${code}`);
    expect(text).toContain('Nguyễn Văn Bình');
    expect(text).toContain('Sở Tư pháp');
    // The returned dossier: received, due, sent on, result back, returned.
    const row = text.slice(text.indexOf(`1 ${returned}`), text.indexOf(`2 ${codes[1]}`));
    expect(row).toMatch(
      /08:05 02\/03\/2026 08:05 05\/03\/2026 08:05 02\/03\/2026 10:30 05\/03\/2026 14:00 05\/03\/2026/,
    );
    expect(row).toContain('Đã trả kết quả');
    const qr = await decodePdfQrCodes(response.rawPayload);
    expect(qr).toEqual(pdf.pages.map(() => ['http://127.0.0.1:3000/tra-cuu']));
  });

  it('the competent agency’s register holds the dossiers it decides; a province monitor may print any unit’s', async () => {
    const agency = await register(o.leader, 'org=000.00.03.H31&from=2026-03-02&to=2026-03-02');
    expect(agency.statusCode, agency.body).toBe(200);
    const text = flattenText((await extractPdfText(agency.rawPayload)).text);
    expect(text).toContain('SỞ TƯ PHÁP');
    expect(text).toContain('12 hồ sơ');
    expect(text).toContain(codes[11]!);
    expect(text).not.toContain(codes[12]!);
    const monitor = await login(t.app, 'giamsat');
    expect(
      (await register(monitor, 'org=000.00.31.H31&from=2026-01-01&to=2026-12-31')).statusCode,
    ).toBe(200);
  });

  it('refuses: anonymous 401, a unit outside the officer’s scope 403, an unknown unit 404, bad or too long periods 400', async () => {
    const query = 'org=000.00.31.H31&from=2026-03-01&to=2026-03-31';
    expect((await register(undefined, query)).statusCode).toBe(401);
    const commune = await login(t.app, 'chuyenvien.phohien');
    const outside = await register(commune, query);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('FORBIDDEN');
    expect(
      (await register(o.reception, 'org=KHONG.CO&from=2026-03-01&to=2026-03-31')).statusCode,
    ).toBe(404);
    for (const bad of [
      'org=000.00.31.H31&from=2026-01-01&to=2027-01-01',
      'org=000.00.31.H31&from=2026-03-31&to=2026-03-01',
      'org=000.00.31.H31&from=2026-02-30&to=2026-03-31',
      'org=000.00.31.H31&from=01/03/2026&to=2026-03-31',
      'org=000.00.31.H31&from=2026-03-01',
    ]) {
      const response = await register(o.reception, bad);
      expect(response.statusCode, bad).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
    }
    const tooLong = await register(o.reception, 'org=000.00.31.H31&from=2026-01-01&to=2027-01-01');
    expect(tooLong.json().message).toContain('tối đa 1 năm');
  });
});
