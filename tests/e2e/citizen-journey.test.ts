import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, snap } from '../support/browser.ts';
import { decodePdfQrCodes, extractPdfText, flattenText } from '../support/pdf-inspect.ts';
import { makePdf } from '../support/sample-files.ts';
import { type ServerProcess, spawnServer, waitForOutput } from '../support/server-process.ts';

/**
 * Issue #5 item 10, the person's whole journey, in Chromium against the server started as
 * `npm start` starts it (a real process, the demo province seeded on a fresh database, the real
 * clock) — once on the embedded database and once on PostgreSQL:
 * ticket at the kiosk → called at counter 1 (the board says it) → counter intake with a scan →
 * the receipt PDF (text and QR read back) → the specialist asks for a supplement → the citizen
 * sees it in the public look-up → the papers are brought back → processing and the result file
 * → the citizen pays online through the simulated gateway → the result is returned against a
 * signature → the citizen rates the service on the counter's tablet; the SMS sent on the way are
 * in the demo mailbox. Screenshots: test-results/screenshots/journey-<db>-*.
 */
const centre = '000.00.31.H31';
const applicant = {
  idNumber: '033190007788',
  fullName: 'Lê Thị Thanh Hương',
  phone: '0936123456',
  address: 'Số 8, phường Phố Hiến, tỉnh Hưng Yên',
};
const check = applicant.phone.slice(-4);
const pgAdminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

const variants = [
  { name: 'pglite', port: 39441 },
  { name: 'postgres', port: 39442 },
] as const;

describe.each(variants)('the citizen journey on $name', ({ name, port }) => {
  const baseUrl = `http://127.0.0.1:${port}`;
  const shot = (page: Page, step: string) => snap(page, `journey-${name}-${step}`);
  let server: ServerProcess;
  let browser: Browser;
  let dataDir: string;
  let files: string;
  let code = '';
  let ticketId = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'mc-journey-'));
    files = mkdtempSync(join(tmpdir(), 'mc-journey-files-'));
    writeFileSync(join(files, 'to-khai.pdf'), await makePdf('To khai de nghi (ban quet)', 1));
    writeFileSync(join(files, 'ket-qua.pdf'), await makePdf('Giay xac nhan (ket qua)', 1));
    const env: Record<string, string> = { DATA_DIR: dataDir, PORT: String(port) };
    if (name === 'postgres') {
      const database = `mc_e2e_journey_${port}`;
      const admin = new pg.Client({ connectionString: pgAdminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${database}`);
      await admin.end();
      Object.assign(env, {
        DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
        SEED_DEMO: '1',
        DEMO_MODE: '1',
      });
    }
    server = spawnServer(env);
    await waitForOutput(server, /Một Cửa đang chạy/, 90_000);
    ({ browser } = await launchBrowser());
  });

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  });

  async function publicPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1000, height: 860 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  async function officer(username: string): Promise<Page> {
    const page = await loginAs(browser, baseUrl, username);
    page.setDefaultTimeout(20_000);
    return page;
  }

  async function openDossier(username: string): Promise<Page> {
    const page = await officer(username);
    await page.goto(`${baseUrl}/app/dossiers/${code}`);
    await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();
    await page.getByRole('region', { name: 'Thao tác' }).waitFor();
    return page;
  }

  const done = (page: Page, label: string) => page.getByText(`Đã thực hiện: ${label}`).waitFor();

  async function pdfOf(page: Page, path: string) {
    const response = await page.request.get(`${baseUrl}${path}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    return response.body();
  }

  async function lookUp(page: Page) {
    await page.goto(`${baseUrl}/tra-cuu?ma=${encodeURIComponent(code)}`);
    await page.getByLabel('4 số cuối điện thoại hoặc số định danh của người nộp').fill(check);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();
  }

  it('takes a ticket at the kiosk; counter 1 calls it and the board says it in Vietnamese', async () => {
    const board = await publicPage();
    await board.goto(`${baseUrl}/quay/man-hinh?unit=${centre}`);
    await board.getByRole('button', { name: 'Bật đọc số bằng giọng nói' }).click();

    const kiosk = await publicPage();
    await kiosk.goto(`${baseUrl}/quay/lay-so?unit=${centre}`);
    await kiosk.getByRole('button', { name: /Tư pháp – Hộ tịch, Chứng thực/ }).click();
    await kiosk.waitForURL(/\/quay\/so\//);
    expect((await kiosk.getByTestId('ticket-number').textContent())?.trim()).toBe('A001');
    await shot(kiosk, '01-ticket');

    const page = await officer('tiepnhan');
    await page.getByRole('link', { name: 'Quầy gọi số' }).click();
    await page.getByRole('cell', { name: 'A001' }).waitFor();
    await page.getByRole('button', { name: /Gọi số tiếp theo/ }).click();
    await expect.poll(() => page.getByTestId('current-ticket').textContent()).toBe('A001');
    const announced = () =>
      board.evaluate(() => (window as unknown as { __announcements: string[] }).__announcements);
    await expect.poll(announced).toEqual(['Mời khách hàng số A001 đến quầy số 1']);
    await shot(board, '02-board');
    await page.keyboard.press('p');
    await expect.poll(() => page.getByText('Đang phục vụ số A001.').count()).toBe(1);
    const intake = page.getByRole('link', { name: /Tiếp nhận hồ sơ/ }).last();
    ticketId = (await intake.getAttribute('href'))!.split('ticket=')[1]!;
    expect(ticketId).toMatch(/^[0-9a-f-]{36}$/);
    await board.context().close();
    await kiosk.context().close();
    await page.context().close();
  });

  it('receives the dossier from the ticket, with a scan, and prints the receipt with its QR', async () => {
    const page = await officer('tiepnhan');
    await page.goto(`${baseUrl}/app/counter?ticket=${ticketId}`);
    await page.getByTestId('ticket-badge').getByText('A001').waitFor();
    const procedure = page.getByRole('combobox', { name: 'Thủ tục' });
    await procedure.fill('9.999001');
    await page.getByRole('option').first().waitFor();
    await procedure.press('Enter');
    await page.getByText('Ngày hẹn trả').first().waitFor();
    await page.getByLabel('Số định danh / CCCD').fill(applicant.idNumber);
    await page.getByLabel('Họ và tên').fill(applicant.fullName);
    await page.getByLabel('Số điện thoại').fill(applicant.phone);
    await page.getByLabel('Địa chỉ', { exact: true }).fill(applicant.address);
    await page.getByRole('button', { name: 'Đánh dấu đã nhận đủ giấy tờ bắt buộc' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^Tải bản quét: Tờ khai đề nghị/ }).click();
    await (await chooser).setFiles(join(files, 'to-khai.pdf'));
    await page.getByTestId('scan-name').getByText('to-khai.pdf').waitFor();
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).waitFor();
    code = ((await page.getByTestId('dossier-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^000\.00\.03\.H31-\d{6}-0001$/);
    expect(await page.getByTestId('fees-due').textContent()).toBe('50.000 đồng');
    await shot(page, '03-received');

    const href = await page.getByRole('link', { name: 'In giấy tiếp nhận' }).getAttribute('href');
    const receipt = await pdfOf(page, href!);
    const text = flattenText((await extractPdfText(receipt)).text);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain(code);
    expect(text).toContain(applicant.fullName.normalize('NFC'));
    expect(text).toContain('Tờ khai đề nghị');
    expect((await decodePdfQrCodes(receipt))[0]).toContain(
      `${baseUrl}/tra-cuu?ma=${encodeURIComponent(code)}`,
    );

    // The ticket is served: counter 1 finishes it, so the tablet knows whom it served.
    await page.goto(`${baseUrl}/app/quay`);
    await page.getByTestId('current-ticket').getByText('A001').waitFor();
    await page.keyboard.press('h');
    await expect.poll(() => page.getByText('Chưa gọi số nào.', { exact: false }).count()).toBe(1);
    await page.context().close();
  });

  it('the specialist asks for a supplement; the citizen reads it in the look-up; the papers come back', async () => {
    let page = await openDossier('truongphong');
    let form = page.getByRole('form', { name: 'Phân công xử lý' });
    await form.getByLabel('Cán bộ xử lý').selectOption('chuyenvien');
    await form.getByRole('button', { name: 'Phân công' }).click();
    await done(page, 'Phân công xử lý');
    await page.context().close();

    page = await openDossier('chuyenvien');
    await page.locator('summary', { hasText: 'Yêu cầu bổ sung, hoàn thiện hồ sơ' }).click();
    form = page.getByRole('form', { name: 'Yêu cầu bổ sung, hoàn thiện hồ sơ' });
    await form.getByLabel('Thiếu thành phần hồ sơ', { exact: true }).check();
    await form.getByLabel('Chi tiết: Thiếu thành phần hồ sơ').fill('Chưa có giấy xác nhận cư trú');
    await form.getByLabel('Giấy tờ khác cần bổ sung').fill('Giấy xác nhận thông tin cư trú');
    await form.getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click();
    await done(page, 'Yêu cầu bổ sung, hoàn thiện hồ sơ');
    const request = flattenText(
      (await extractPdfText(await pdfOf(page, `/api/v1/dossiers/${code}/forms/02.pdf`))).text,
    );
    expect(request).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(request).toContain('Giấy xác nhận thông tin cư trú');
    await page.context().close();

    const citizen = await publicPage();
    await lookUp(citizen);
    await citizen.getByText('Giấy xác nhận thông tin cư trú').first().waitFor();
    await shot(citizen, '04-lookup-supplement');
    await citizen.context().close();

    page = await openDossier('tiepnhan');
    form = page.getByRole('form', { name: 'Nhận hồ sơ bổ sung' });
    await form.getByRole('button', { name: 'Nhận hồ sơ bổ sung' }).click();
    await done(page, 'Nhận hồ sơ bổ sung');
    await page.context().close();
  });

  it('is appraised, approved, and the result is issued with its file', async () => {
    let page = await openDossier('chuyenvien');
    let form = page.getByRole('form', { name: 'Trình phê duyệt' });
    await form.getByLabel('Kết quả thẩm định').fill('Hồ sơ đã bổ sung đủ. Đề nghị cấp giấy.');
    await form.getByRole('button', { name: 'Trình phê duyệt' }).click();
    await done(page, 'Trình phê duyệt');
    await page.context().close();

    page = await openDossier('lanhdao');
    await page
      .getByRole('form', { name: 'Phê duyệt kết quả' })
      .getByRole('button', { name: 'Phê duyệt', exact: true })
      .click();
    await done(page, 'Phê duyệt kết quả');
    await page.context().close();

    page = await openDossier('chuyenvien');
    const upload = page.getByRole('form', { name: 'Tải lên kết quả' });
    await upload.getByLabel('Số, ký hiệu văn bản').fill('15/GXN-STP');
    await upload
      .getByLabel('Tệp kết quả (PDF, tối đa 20 MB)')
      .setInputFiles(join(files, 'ket-qua.pdf'));
    await upload.getByRole('button', { name: 'Lưu kết quả' }).click();
    await page.getByRole('link', { name: /Tải tệp/ }).waitFor();
    form = page.getByRole('form', { name: 'Phát hành kết quả' });
    await form.getByLabel('Tên kết quả').fill('Giấy xác nhận');
    await form.getByLabel('Số, ký hiệu văn bản').fill('15/GXN-STP');
    await form.getByRole('button', { name: 'Phát hành kết quả' }).click();
    await done(page, 'Phát hành kết quả');
    await shot(page, '05-result-issued');
    await page.context().close();
  });

  it('the citizen pays online through the simulated gateway', async () => {
    const citizen = await publicPage();
    await lookUp(citizen);
    await citizen.getByText('Phí, lệ phí còn phải nộp: 50.000 đồng.').waitFor();
    await citizen.getByRole('link', { name: 'Nộp trực tuyến' }).click();
    await citizen.getByLabel(/4 số cuối điện thoại/).fill(check);
    await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
    await citizen.getByRole('button', { name: /Thanh toán trực tuyến: 50\.000 đồng/ }).click();
    await citizen.getByRole('heading', { name: 'Đơn thanh toán' }).waitFor();
    await shot(citizen, '06-gateway');
    await citizen.getByRole('button', { name: 'Thanh toán thành công' }).click();
    await citizen
      .getByText(/Đã thanh toán thành công 50\.000 đồng\. Số biên lai điện tử:/)
      .waitFor({
        timeout: 30_000,
      });
    await shot(citizen, '07-paid');
    await lookUp(citizen);
    expect(await citizen.getByText('Phí, lệ phí còn phải nộp').count()).toBe(0);
    await citizen.context().close();
  });

  it('the result is returned against a signature, and the citizen rates the counter on the tablet', async () => {
    const page = await openDossier('tiepnhan');
    const form = page.getByRole('form', { name: 'Trả kết quả' });
    const pad = form.getByRole('img', { name: 'Chữ ký của người nhận' });
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++)
      await page.mouse.move(box.x + 20 + i * 30, box.y + box.height / 2 + (i % 2 ? 25 : -25));
    await page.mouse.up();
    await form.getByRole('button', { name: 'Trả kết quả' }).click();
    await done(page, 'Trả kết quả');
    await shot(page, '08-returned');

    const tablet = await publicPage();
    await tablet.goto(`${baseUrl}/danh-gia/quay?unit=${centre}&counter=1`);
    await tablet.getByText(code).first().waitFor();
    for (const key of [
      'returnTime',
      'bodiesContacted',
      'timesContacted',
      'informationAccuracy',
      'staffAttitude',
      'lawfulness',
      'overall',
    ])
      await tablet.locator(`input[name="${key}"][value="3"]`).check();
    await tablet.locator('input[name="feedbackExplanations"][value="na"]').check();
    await tablet.locator('input[name="onlineQuality"][value="na"]').check();
    await shot(tablet, '09-rating');
    await tablet.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await tablet.getByRole('heading', { name: 'Cảm ơn Ông/Bà đã đánh giá!' }).waitFor();
    await tablet.context().close();

    // The officer's page shows the rating, linked to the dossier received from ticket A001.
    await page.reload();
    const ratings = page.getByRole('region', { name: 'Đánh giá của người dân' });
    await ratings.getByText('Rất hài lòng').first().waitFor();
    await shot(page, '10-rated');
    await page.context().close();
  });

  it('the look-up shows the returned dossier with its result, and the mailbox the SMS sent', async () => {
    const citizen = await publicPage();
    await lookUp(citizen);
    await citizen.getByText('Giấy xác nhận').first().waitFor();
    const download = citizen.getByRole('link', { name: 'Tải kết quả điện tử' });
    const result = await citizen.request.get(`${baseUrl}${await download.getAttribute('href')}`);
    expect(result.status()).toBe(200);
    expect(flattenText((await extractPdfText(await result.body())).text)).toContain(
      'Giay xac nhan (ket qua)',
    );
    await shot(citizen, '11-lookup-returned');
    // Every SMS of the journey reached the (demo) provider within the delivery worker's cycle.
    await expect
      .poll(
        async () => {
          await citizen.goto(`${baseUrl}/hop-thu-demo`);
          return (await citizen.locator('body').textContent()) ?? '';
        },
        { timeout: 30_000 },
      )
      .toMatch(new RegExp(`${code.replace(/\./g, '\\.')}[\\s\\S]*${code.replace(/\./g, '\\.')}`));
    await shot(citizen, '12-mailbox');
    await citizen.context().close();
  });
});
