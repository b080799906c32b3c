import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, snap } from '../support/browser.ts';
import { readOtpFromOutbox } from '../support/citizen-helpers.ts';
import { makePdf, makeWindowsExe } from '../support/sample-files.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Issue #5 item 4 in Chromium with JavaScript disabled: from the procedure page's "Nộp trực tuyến",
 * sign in with the code read from the outbox, fill a draft, upload a PDF (a renamed executable is
 * refused with its reason), choose the delivery, submit, and find the dossier in "Hồ sơ của tôi";
 * then the reception officer sees it in "Chờ tiếp nhận" with its 8-working-hour deadline.
 * Screenshots: test-results/screenshots/citizen-*.png.
 */
let t: TestApp;
let browser: Browser;
let page: Page;
let base: string;
let code: string;

beforeAll(async () => {
  // Officers' cookies expire at the session's end on the test clock: a year keeps them valid today.
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00', sessionTtlHours: 24 * 365 });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  ({ browser } = await launchBrowser({ javaScriptEnabled: false }));
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
    javaScriptEnabled: false,
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('online submission without JavaScript, on a phone-sized screen', () => {
  it('signs in with the code from the outbox (first load under 300 KB)', async () => {
    await page.goto(`${base}/thu-tuc/9.999001`);
    await Promise.all([
      page.waitForURL(/\/cong-dan\/dang-nhap\?next=/),
      page.getByRole('link', { name: 'Nộp trực tuyến' }).click(),
    ]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Đăng nhập để nộp hồ sơ trực tuyến',
    );
    await snap(page, 'citizen-01-sign-in');

    // Weight of the first load of the sign-in page: every response of a fresh visit.
    const fresh = await browser.newContext({ javaScriptEnabled: false });
    const probe = await fresh.newPage();
    let bytes = 0;
    probe.on('response', async (response) => {
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await probe.goto(`${base}/cong-dan/dang-nhap`, { waitUntil: 'load' });
    await probe.waitForTimeout(200);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThan(300 * 1024);
    await fresh.close();

    await page.getByLabel('Số điện thoại di động hoặc thư điện tử').fill('0912 345 678');
    await Promise.all([
      page.waitForURL(/\/cong-dan\/dang-nhap\/ma\?r=/),
      page.getByRole('button', { name: 'Nhận mã đăng nhập' }).click(),
    ]);
    await expect(page.getByText('091****678').first().isVisible()).resolves.toBe(true);
    await snap(page, 'citizen-02-code');
    const { code: otp } = await readOtpFromOutbox(t, '0912345678');
    await page.getByLabel('Mã đăng nhập (6 chữ số)').fill(otp);
    await Promise.all([
      page.waitForURL(/\/cong-dan\/nop\/9\.999001$/),
      page.getByRole('button', { name: 'Đăng nhập' }).click(),
    ]);
    await expect(page.getByText('Đã đăng nhập: 091****678').isVisible()).resolves.toBe(true);
    await snap(page, 'citizen-03-start');
  });

  it('fills the applicant, uploads the papers (a renamed executable refused), chooses the delivery, submits', async () => {
    await Promise.all([
      page.waitForURL(/\/nguoi-nop$/),
      page.getByRole('button', { name: 'Bắt đầu hồ sơ mới' }).click(),
    ]);
    await page.getByLabel('Họ và tên (hoặc tên tổ chức)').fill('Nguyễn Thị Thu Hà');
    await page.getByLabel('Số định danh cá nhân / CCCD').fill('033190012345');
    await page
      .getByLabel('Địa chỉ liên hệ')
      .fill('Số 8 phố Bãi Sậy, phường Phố Hiến, tỉnh Hưng Yên');
    await snap(page, 'citizen-04-applicant');
    await Promise.all([
      page.waitForURL(/\/giay-to$/),
      page.getByRole('button', { name: 'Lưu và tiếp tục' }).click(),
    ]);

    const declaration = page.locator('#doc-1');
    await declaration.locator('input[type=file]').setInputFiles({
      name: 'to-khai-TN-01.pdf',
      mimeType: 'application/pdf',
      buffer: await makePdf('Tờ khai TN-01'),
    });
    await Promise.all([
      page.waitForURL(/tai-len=1/),
      declaration.getByRole('button', { name: 'Tải lên' }).click(),
    ]);
    await expect(page.locator('#doc-1 ul.files').textContent()).resolves.toContain(
      'to-khai-TN-01.pdf',
    );

    const identity = page.locator('#doc-2');
    await identity
      .locator('input[type=file]')
      .setInputFiles({ name: 'cccd.pdf', mimeType: 'application/pdf', buffer: makeWindowsExe() });
    await identity.getByRole('button', { name: 'Tải lên' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('“cccd.pdf” là tệp chương trình Windows');
    await snap(page, 'citizen-05-refused-executable');
    // A scan over 10 MB is refused by name, the page still answering (the rest is never stored).
    const pdf = await makePdf('Bản quét lớn');
    const big = Buffer.concat([pdf, Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    await page
      .locator('#doc-2 input[type=file]')
      .setInputFiles({ name: 'ban-quet-lon.pdf', mimeType: 'application/pdf', buffer: big });
    await page.locator('#doc-2').getByRole('button', { name: 'Tải lên' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      '“ban-quet-lon.pdf” quá lớn',
    );
    await page.locator('#doc-2 input[type=file]').setInputFiles({
      name: 'cccd-hai-mat.pdf',
      mimeType: 'application/pdf',
      buffer: await makePdf('CCCD'),
    });
    await Promise.all([
      page.waitForURL(/tai-len=1/),
      page.locator('#doc-2').getByRole('button', { name: 'Tải lên' }).click(),
    ]);
    await snap(page, 'citizen-06-documents');
    await Promise.all([
      page.waitForURL(/\/nhan-ket-qua$/),
      page.getByRole('button', { name: 'Lưu và tiếp tục' }).click(),
    ]);

    await page.getByLabel('Nhận qua dịch vụ bưu chính công ích').check();
    await page
      .getByLabel('Địa chỉ nhận kết quả qua bưu chính')
      .fill('Số 8 phố Bãi Sậy, phường Phố Hiến, tỉnh Hưng Yên');
    await Promise.all([
      page.waitForURL(/\/xem-lai$/),
      page.getByRole('button', { name: 'Lưu và tiếp tục' }).click(),
    ]);
    await expect(page.locator('main').textContent()).resolves.toContain(
      'Bản sao giấy tờ tùy thân: cccd-hai-mat.pdf',
    );
    await snap(page, 'citizen-07-review');
    await page.getByLabel(/Tôi cam đoan/).check();
    await Promise.all([
      page.waitForURL(/\/cong-dan\/ho-so\/.+\?da-nop=1$/),
      page.getByRole('button', { name: 'Nộp hồ sơ' }).click(),
    ]);
    code = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    expect(code).toMatch(/^000\.00\.03\.H31-260302-\d{4}$/);
    await expect(page.locator('.code').textContent()).resolves.toBe(code);
    const row = await t.database.db
      .selectFrom('dossiers')
      .select('receptionDueAt')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    const local = new Date(row.receptionDueAt!.getTime() + 7 * 3_600_000).toISOString();
    const expected = `${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
    await expect(page.getByText(`trước ${expected}`).isVisible()).resolves.toBe(true);
    await snap(page, 'citizen-08-submitted');
  });

  it('lists the dossier in “Hồ sơ của tôi”, and the reception officer sees its deadline', async () => {
    await page.getByRole('link', { name: 'Hồ sơ của tôi' }).first().click();
    await page.waitForURL(/\/cong-dan\/ho-so$/);
    const row = page.getByRole('row', { name: new RegExp(code.replace(/\./g, '\\.')) });
    await expect(row.textContent()).resolves.toContain('Đã gửi, chờ cơ quan tiếp nhận');
    await snap(page, 'citizen-09-mine');

    const documents = await t.database.db
      .selectFrom('dossierDocuments as d')
      .innerJoin('dossiers as x', 'x.id', 'd.dossierId')
      .select(['d.source', 'd.requirementNo'])
      .where('x.code', '=', code)
      .orderBy('d.requirementNo')
      .execute();
    expect(documents).toEqual([
      { source: 'online', requirementNo: 1 },
      { source: 'online', requirementNo: 2 },
    ]);

    const officer = await loginAs(browser, base, 'tiepnhan');
    await officer.goto(`${base}/app/?box=to_receive`);
    const link = officer.getByRole('link', { name: code });
    await link.waitFor();
    const line = officer.locator('tr', { has: link });
    await expect(line.textContent()).resolves.toContain('Hạn tiếp nhận');
    await snap(officer, 'citizen-10-officer-inbox');
    await link.click();
    await officer.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();
    await expect(officer.getByTestId('reception-due-at').textContent()).resolves.toContain(
      '8 giờ làm việc',
    );
    await snap(officer, 'citizen-11-officer-dossier');
  });
});
