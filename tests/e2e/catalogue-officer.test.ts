import type { AddressInfo } from 'node:net';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import PDFDocument from 'pdfkit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, snap } from '../support/browser.ts';
import { call, createTestApp, login, type TestApp } from '../support/test-app.ts';

/**
 * Issue #3, items 3 and 5, through the catalogue officers' pages: an officer amends the demo
 * procedure 1.013859 (Cấp thẻ công chứng viên) — a fee and a document in the nested lists —,
 * submits it; a second officer of the province approves it (four eyes) and publishes it with the
 * signed decision (a real PDF); the comparison shows the changed fee; an internal process longer
 * than the 5-working-day deadline is refused, a fitting one is saved and applied. Screenshots in
 * test-results/screenshots/issue3-catalogue-*.
 */
let t: TestApp;
let browser: Browser;
let baseUrl: string;
let decisionPdf: Buffer;

const code = '1.013859';
const reviewer = { username: 'kiemsoat.hai', password: 'MatKhau2026' };
const newDocument = 'Bản sao Giấy chứng nhận hoàn thành tập sự hành nghề công chứng';

/** A one-page decision, made with pdfkit the way a scanner's PDF would arrive. */
async function makeDecisionPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: 'Quyet dinh 215/QD-UBND' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.fontSize(14).text('UY BAN NHAN DAN TINH HUNG YEN');
  doc.text('QUYET DINH so 215/QD-UBND ngay 01/6/2026');
  doc.text(`Cong bo thu tuc hanh chinh sua doi ${code}`);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

async function readPdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, verbosity: 0 }).promise;
  const content = await (await pdf.getPage(1)).getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

beforeAll(async () => {
  // Monday 1 June 2026, 08:00, an ordinary working week.
  t = await createTestApp({ start: '2026-06-01T08:00:00+07:00', sessionTtlHours: 24 * 365 });
  const admin = await login(t.app, 'admin');
  const created = await call(t.app, admin, 'POST', '/api/v1/users', {
    username: reviewer.username,
    fullName: 'Trịnh Thị Thu',
    title: 'Công chức kiểm soát TTHC',
    password: reviewer.password,
    memberships: [{ unitCode: '000.00.00.H31', role: 'catalogue' }],
  });
  expect(created.statusCode, created.body).toBe(201);
  decisionPdf = await makeDecisionPdf();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  ({ browser } = await launchBrowser());
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signIn(username: string, password?: string): Promise<Page> {
  const page = await loginAs(browser, baseUrl, username, password);
  page.setDefaultTimeout(15_000);
  return page;
}

const isFocused = (locator: ReturnType<Page['locator']>) =>
  locator.evaluate((el) => el === document.activeElement);

describe('a catalogue officer amends, a second officer approves and publishes', () => {
  it('the officer lands on the catalogue and finds the procedure with the filters', async () => {
    const page = await signIn('kiemsoat');
    await page.getByRole('heading', { name: 'Danh mục thủ tục hành chính' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/danh-muc');
    await page.getByLabel('Tìm thủ tục').fill('cap the cong chung vien');
    await page.getByLabel('Cấp thực hiện').selectOption('province');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/q=cap\+the\+cong\+chung\+vien&level=province/);
    const row = page.getByRole('row', { name: new RegExp(code.replace('.', '\\.')) });
    await row.getByRole('link', { name: 'Cấp thẻ công chứng viên' }).waitFor();
    expect(await row.textContent()).toContain('Phiên bản 1');
    await snap(page, 'issue3-catalogue-01-list');
    await row.getByRole('link', { name: 'Cấp thẻ công chứng viên' }).click();
    await page.getByRole('heading', { name: 'Cấp thẻ công chứng viên' }).waitFor();
    await page.getByRole('heading', { name: /Chỉ số công khai/ }).waitFor();
    await snap(page, 'issue3-catalogue-02-procedure');
    await page.context().close();
  });

  it('the published version is shown read-only and says why', async () => {
    const page = await signIn('kiemsoat');
    await page.goto(`${baseUrl}/app/danh-muc/${code}/phien-ban/1`);
    await page.getByText('Phiên bản đã công bố không được sửa trực tiếp').waitFor();
    expect(await page.getByRole('button', { name: 'Lưu dự thảo' }).count()).toBe(0);
    expect(await page.getByLabel('Tên thủ tục').isDisabled()).toBe(true);
    await page.context().close();
  });

  it('opens an amended version, edits a fee and adds a document from the keyboard, saves and submits', async () => {
    const page = await signIn('kiemsoat');
    await page.goto(`${baseUrl}/app/danh-muc/${code}`);
    await page.getByRole('button', { name: 'Mở phiên bản mới' }).click();
    await page.getByRole('heading', { name: `Soạn thảo phiên bản 2 — ${code}` }).waitFor();
    // The demo record names no implementing agency: 766 index 1.3 says so, and publication would
    // be refused until it is filled in.
    const missing = page.getByText(
      /Còn thiếu thành phần bắt buộc để công bố .*: Cơ quan thực hiện\./,
    );
    await missing.waitFor();
    await page.getByLabel('Cơ quan thực hiện', { exact: true }).fill('Sở Tư pháp tỉnh Hưng Yên');

    const inPersonFees = page.getByRole('group', {
      name: 'Các khoản phí, lệ phí — Trực tiếp (cách thức 3)',
      exact: true,
    });
    const fee = inPersonFees.getByLabel('Mức thu khoản phí 1 (đồng)');
    expect(await fee.inputValue()).toBe('100000');
    await fee.fill('150000');

    const firstCase = page.getByRole('group', { name: 'Giấy tờ — trường hợp 1', exact: true });
    expect(await firstCase.getByLabel(/^Tên giấy tờ \d/).count()).toBe(3);
    await firstCase.getByRole('button', { name: 'Thêm giấy tờ vào trường hợp 1' }).click();
    const added = firstCase.getByLabel('Tên giấy tờ 4');
    await expect.poll(() => isFocused(added)).toBe(true);

    // Saved with the new document still unnamed: the server's message sits beside the field.
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await page.getByText(/Chưa lưu được: 1 trường chưa hợp lệ/).waitFor();
    expect(await added.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await added.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent();
    expect(message).toContain('quá ngắn');
    // The summary links to the field: the keyboard user lands on it.
    await page.getByRole('link', { name: 'Giấy tờ 4 › Tên giấy tờ' }).click();
    await expect.poll(() => isFocused(added)).toBe(true);
    await snap(page, 'issue3-catalogue-03-field-error');

    await added.fill(newDocument);
    await firstCase.getByLabel('Số bản sao (giấy tờ 4)').fill('1');
    // Moved up one place with the keyboard: focus follows the row.
    await firstCase.getByRole('button', { name: 'Đưa Giấy tờ 4 (trường hợp 1) lên' }).focus();
    await page.keyboard.press('Enter');
    const movedUp = firstCase.getByRole('button', { name: 'Đưa Giấy tờ 3 (trường hợp 1) lên' });
    await expect.poll(() => isFocused(movedUp)).toBe(true);
    expect(await firstCase.getByLabel('Tên giấy tờ 3').inputValue()).toBe(newDocument);
    expect(await firstCase.getByLabel('Tên giấy tờ 4').inputValue()).toContain(
      'Đơn đề nghị cấp thẻ công chứng viên',
    );

    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await page.getByText(/Đã lưu dự thảo \(\d+ thay đổi\)/).waitFor();
    await expect.poll(() => missing.count()).toBe(0);
    await snap(page, 'issue3-catalogue-04-draft-editor');

    await page.getByRole('button', { name: 'Gửi kiểm soát' }).click();
    await page.getByText('Đã gửi kiểm soát phiên bản 2.').waitFor();
    await page.getByText('chỉ sửa được khi được trả lại để sửa').waitFor();
    // Four eyes: the submitter is told someone else approves, and has no "Duyệt" button.
    await page.getByText('Bạn đã gửi kiểm soát phiên bản này').waitFor();
    expect(await page.getByRole('button', { name: 'Duyệt', exact: true }).count()).toBe(0);

    await page.goto(`${baseUrl}/app/danh-muc?state=under_review`);
    await page.getByRole('row', { name: /Cấp thẻ công chứng viên/ }).waitFor();
    const count = page.getByRole('status').filter({ hasText: 'thủ tục' });
    await expect.poll(() => count.textContent()).toBe('1 thủ tục');
    await page.context().close();
  });

  it('a second officer of the province approves, then publishes with the signed decision', async () => {
    const page = await signIn(reviewer.username, reviewer.password);
    await page.goto(`${baseUrl}/app/danh-muc/${code}`);
    await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await page.getByText('Đã duyệt phiên bản 2.').waitFor();

    t.clock.set('2026-06-01T10:00:00+07:00');
    await page.getByRole('button', { name: 'Công bố…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Công bố phiên bản 2' });
    await dialog.getByLabel('Số quyết định công bố').fill('215/QĐ-UBND');
    await dialog.getByLabel('Ngày quyết định').fill('2026-06-01');
    await dialog.getByLabel('Người ký quyết định').fill('Chủ tịch UBND tỉnh Hưng Yên');
    await dialog.getByLabel('Thời điểm có hiệu lực').fill('2026-05-20T08:00');
    await dialog.getByLabel('Ngày văn bản quy định có hiệu lực').fill('2026-06-15');
    await dialog.getByLabel('Tệp quyết định công bố (PDF)').setInputFiles({
      name: 'qd-215-qd-ubnd.pdf',
      mimeType: 'application/pdf',
      buffer: decisionPdf,
    });
    // A retroactive effective date is refused, next to its field.
    await dialog.getByRole('button', { name: 'Xác nhận công bố phiên bản 2' }).click();
    await dialog
      .getByText('Thời điểm hiệu lực không được sớm hơn thời điểm công bố.')
      .first()
      .waitFor();
    expect(await dialog.getByLabel('Thời điểm có hiệu lực').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await snap(page, 'issue3-catalogue-05-publish-refused');

    await dialog.getByLabel('Thời điểm có hiệu lực').fill('2026-06-01T10:00');
    await dialog.getByRole('button', { name: 'Xác nhận công bố phiên bản 2' }).click();
    await page.getByText('Đã công bố phiên bản 2.').waitFor();
    expect(await dialog.isVisible()).toBe(false);

    const versions = page.getByRole('table', { name: `Các phiên bản của thủ tục ${code}` });
    const v2 = versions.getByRole('row', { name: /Phiên bản 2/ });
    expect(await v2.textContent()).toContain('Đã công bố');
    expect(await v2.textContent()).toContain('Sửa đổi, bổ sung');
    expect(await v2.textContent()).toContain('215/QĐ-UBND');
    expect(await versions.getByRole('row', { name: /Phiên bản 1/ }).textContent()).toContain(
      'Đã được thay thế',
    );
    // 766 index 1.1: 9 working days between the decision (1/6) and the law's effect (15/6).
    await page.getByText('9 ngày làm việc trước ngày hiệu lực').waitFor();
    await snap(page, 'issue3-catalogue-06-published');

    // The decision kept is the file uploaded: same bytes, still a readable PDF.
    const href = await v2
      .getByRole('link', { name: 'Tải quyết định (phiên bản 2)' })
      .getAttribute('href');
    const download = await page.request.get(`${baseUrl}${href}`);
    expect(download.status()).toBe(200);
    const bytes = await download.body();
    expect(Buffer.compare(bytes, decisionPdf)).toBe(0);
    expect(await readPdfText(new Uint8Array(bytes))).toContain('215/QD-UBND');
    await page.context().close();
  });

  it('the public API serves the new version with the new fee and document', async () => {
    const response = await call(t.app, undefined, 'GET', `/api/v1/procedures/${code}`);
    expect(response.statusCode).toBe(200);
    const published = response.json();
    expect(published.version).toBe(2);
    expect(published.publication.decisionNumber).toBe('215/QĐ-UBND');
    const inPerson = published.channels.find((c: { kind: string }) => c.kind === 'in_person');
    expect(inPerson.fees[0].amountVnd).toBe(150_000);
    const online = published.channels.find((c: { kind: string }) => c.kind === 'online');
    expect(online.fees[0].amountVnd).toBe(100_000);
    const names = published.documents.map((d: { name: string }) => d.name);
    expect(names[2]).toBe(newDocument);
    expect(published.documents[2].copies).toBe(1);
  });

  it('the list filters by level and by the state of the open version', async () => {
    const officer = await login(t.app, 'kiemsoat');
    const list = async (query: string) =>
      (
        await call(t.app, officer, 'GET', `/api/v1/catalogue/procedures?pageSize=200&${query}`)
      ).json();
    const all = await list('');
    const communes = await list('level=commune');
    expect(communes.total).toBeGreaterThan(0);
    expect(communes.total).toBeLessThan(all.total);
    expect(communes.items.every((i: { levels: string[] }) => i.levels.includes('commune'))).toBe(
      true,
    );
    // Version 2 is published: nothing of 1.013859 is left under review or in draft.
    expect((await list('state=under_review')).total).toBe(0);
    expect((await list(`state=draft&q=${code}`)).total).toBe(0);
    const refused = await call(
      t.app,
      officer,
      'GET',
      '/api/v1/catalogue/procedures?level=district',
    );
    expect(refused.statusCode).toBe(400);
  });

  it('the comparison shows the changed fee side by side', async () => {
    const page = await signIn('kiemsoat');
    await page.goto(`${baseUrl}/app/danh-muc/${code}`);
    await page.getByRole('form', { name: 'So sánh hai phiên bản' }).waitFor();
    await page.getByRole('button', { name: 'So sánh', exact: true }).click();
    await page.waitForURL(/\/so-sanh\?a=1&b=2$/);
    await page.getByRole('heading', { name: `So sánh phiên bản 1 và 2 — ${code}` }).waitFor();
    const feeRow = page.getByRole('row', {
      name: /Cách thức 3 › Phí, lệ phí 1 › Mức thu \(đồng\)/,
    });
    await feeRow.waitFor();
    expect((await feeRow.getByRole('cell').allTextContents()).map((s) => s.trim())).toEqual([
      '100.000',
      '150.000',
    ]);
    // Only the in-person fee changed: the other channels' fees are not listed.
    expect(await page.getByRole('row', { name: /Cách thức 1 › Phí/ }).count()).toBe(0);
    const channelsRow = page
      .getByRole('table', { name: /Nội dung phiên bản 1 và 2/ })
      .getByRole('row', { name: /^Cách thức/ });
    expect(await channelsRow.textContent()).toContain('Đã thay đổi');
    expect(await channelsRow.getAttribute('class')).toContain('row-changed');
    await snap(page, 'issue3-catalogue-07-compare');
    await page.context().close();
  });
});

describe('internal process of the implementing agency', () => {
  it('refuses steps longer than the 5-working-day deadline, then saves and applies a fitting one', async () => {
    const page = await signIn('kiemsoat');
    await page.goto(`${baseUrl}/app/danh-muc/${code}/quy-trinh`);
    await page
      .getByRole('heading', { name: /Quy trình nội bộ — Cấp thẻ công chứng viên/ })
      .waitFor();
    expect(await page.getByLabel('Cơ quan thực hiện').inputValue()).toBe('000.00.03.H31');
    await page.getByText('Cơ quan này chưa có quy trình nội bộ.').waitFor();

    const steps = page.getByRole('group', { name: 'Các bước của quy trình' });
    await steps.getByLabel('Tên bước 1').fill('Tiếp nhận, chuyển hồ sơ');
    await steps.getByLabel('Vai trò thực hiện bước 1').selectOption('reception');
    await steps.getByLabel('Thời gian bước 1', { exact: true }).fill('4');
    await steps.getByLabel('Đơn vị thời gian bước 1').selectOption('working_hours');
    await steps.getByRole('button', { name: 'Thêm bước' }).click();
    await steps.getByLabel('Tên bước 2').fill('Thẩm định hồ sơ');
    await steps.getByLabel('Thời gian bước 2', { exact: true }).fill('4');
    await steps.getByRole('button', { name: 'Thêm bước' }).click();
    await steps.getByLabel('Tên bước 3').fill('Phê duyệt, ký quyết định');
    await steps.getByLabel('Vai trò thực hiện bước 3').selectOption('leader');
    await steps.getByLabel('Thời gian bước 3', { exact: true }).fill('1');

    // The running total is live: 4 hours + 5 days against 5 working days.
    const total = page.getByRole('status').filter({ hasText: 'Tổng thời gian các bước' });
    await expect.poll(() => total.textContent()).toContain('Vượt 4 giờ làm việc');
    await page.getByRole('button', { name: 'Lưu quy trình (dự thảo)' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'vượt thời hạn giải quyết' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('(5 ngày 4 giờ làm việc)');
    await snap(page, 'issue3-catalogue-08-process-refused');
    expect(await page.getByText('Cơ quan này chưa có quy trình nội bộ.').count()).toBe(1);

    await steps.getByLabel('Thời gian bước 2', { exact: true }).fill('3');
    await expect.poll(() => total.textContent()).toContain('Còn dư 4 giờ làm việc');
    await page.getByRole('button', { name: 'Lưu quy trình (dự thảo)' }).click();
    await page.getByText('Đã lưu quy trình 1 (dự thảo) của 000.00.03.H31.').waitFor();
    const history = page.getByRole('table', { name: 'Lịch sử phiên bản quy trình' });
    const row = history.getByRole('row', { name: /Quy trình 1/ });
    expect(await row.textContent()).toContain('Dự thảo');
    expect(await row.textContent()).toContain('4 ngày 4 giờ làm việc');
    await row.getByRole('button', { name: 'Áp dụng quy trình 1' }).click();
    await page.getByText('Đã áp dụng quy trình 1 của 000.00.03.H31.').waitFor();
    await expect.poll(() => row.textContent()).toContain('Đang áp dụng');
    await snap(page, 'issue3-catalogue-09-process-active');
    await page.context().close();

    const saved = await t.database.db
      .selectFrom('internalProcesses')
      .select(['status', 'totalMinutes', 'steps'])
      .where('versionNo', '=', 1)
      .execute();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.status).toBe('active');
    expect(saved[0]?.totalMinutes).toBe(4 * 480 + 240);
  });
});

describe('a new procedure', () => {
  it('is refused field by field, then created as draft version 1 and discarded', async () => {
    const page = await signIn('kiemsoat');
    await page.getByRole('link', { name: 'Thêm thủ tục' }).click();
    await page.getByRole('heading', { name: 'Thêm thủ tục' }).waitFor();
    await page.getByLabel('Mã cơ quan 1').fill('000.00.03.H31');
    await page.getByRole('button', { name: 'Tạo dự thảo phiên bản 1' }).click();
    await page.getByText(/Chưa lưu được: \d+ trường chưa hợp lệ/).waitFor();
    expect(await page.getByLabel('Mã thủ tục').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Tên thủ tục').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Mã thủ tục').fill('9.999101');
    await page.getByLabel('Tên thủ tục').fill('Thủ tục thử nghiệm tạo mới (hư cấu)');
    await page.getByLabel('Lĩnh vực').fill('Thử nghiệm');
    await page.getByLabel('Trình tự thực hiện').fill('Bước 1: Nộp hồ sơ. Bước 2: Nhận kết quả.');
    await page.getByLabel('Kết quả thực hiện').fill('Giấy xác nhận (hư cấu)');
    await page.getByRole('button', { name: 'Tạo dự thảo phiên bản 1' }).click();
    await page.getByRole('heading', { name: 'Soạn thảo phiên bản 1 — 9.999101' }).waitFor();
    await page.getByText(/Còn thiếu thành phần bắt buộc để công bố .*Thành phần hồ sơ/).waitFor();
    await page.getByRole('button', { name: 'Hủy dự thảo…' }).click();
    await page.getByRole('button', { name: 'Xác nhận hủy dự thảo' }).click();
    await page.getByRole('heading', { name: 'Danh mục thủ tục hành chính' }).waitFor();
    const gone = await call(
      t.app,
      await login(t.app, 'kiemsoat'),
      'GET',
      '/api/v1/catalogue/procedures/9.999101',
    );
    expect(gone.statusCode).toBe(404);
    await page.context().close();
  });
});

describe('who sees what', () => {
  it('a reception officer reads the catalogue but has no menu entry and no actions', async () => {
    const page = await signIn('tiepnhan');
    expect(await page.getByRole('link', { name: 'Danh mục TTHC' }).count()).toBe(0);
    await page.goto(`${baseUrl}/app/danh-muc/${code}`);
    await page.getByRole('heading', { name: 'Cấp thẻ công chứng viên' }).waitFor();
    await page.getByText('Bạn chỉ được xem thủ tục này').waitFor();
    expect(await page.getByRole('button', { name: 'Mở phiên bản mới' }).count()).toBe(0);
    await page.context().close();
  });
});
