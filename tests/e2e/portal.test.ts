import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, snap } from '../support/browser.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The public portal in Chromium (issue #3 points 6 and 9): a citizen with JavaScript disabled
 * searches "dang ky khai sinh" from the home page, opens the birth registration and finds its
 * documents and legal bases; then the agency directory, English, and a 360 px phone.
 */
let t: TestApp;
let base: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  ({ browser, page } = await launchBrowser({ javaScriptEnabled: false }));
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the public portal without JavaScript', () => {
  it('finds the birth registration first for "dang ky khai sinh" and shows its documents and legal bases', async () => {
    await page.goto(`${base}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Tra cứu thủ tục hành chính',
    );
    await snap(page, 'portal-home');

    const search = page.getByLabel('Tìm thủ tục hành chính');
    await search.fill('dang ky khai sinh');
    await Promise.all([
      page.waitForURL(/\/thu-tuc\?q=dang\+ky\+khai\+sinh/),
      search.press('Enter'),
    ]);
    const first = page.locator('ol.results > li').first();
    await expect(first.locator('h3 a').textContent()).resolves.toBe('Thủ tục đăng ký khai sinh');
    await expect(first.textContent()).resolves.toContain('1.001193');
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(
      /^Tìm thấy \d+ thủ tục cho “dang ky khai sinh”$/,
    );
    await snap(page, 'portal-search-results');

    await Promise.all([page.waitForURL(/\/thu-tuc\/1\.001193$/), first.locator('h3 a').click()]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Thủ tục đăng ký khai sinh',
    );
    await expect(page.getByRole('heading', { name: 'Tóm tắt' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Thành phần hồ sơ' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByText('Giấy chứng sinh; trường hợp không có').isVisible()).resolves.toBe(
      true,
    );
    const legal = page.getByRole('table', { name: 'Văn bản quy phạm pháp luật làm căn cứ' });
    await expect(
      legal.getByRole('rowheader', { name: '123/2015/NĐ-CP' }).isVisible(),
    ).resolves.toBe(true);
    const channels = page.getByRole('table', {
      name: 'Thời hạn giải quyết và phí, lệ phí theo cách thức nộp hồ sơ',
    });
    await expect(channels.getByRole('row').count()).resolves.toBe(4);
    await snap(page, 'portal-procedure');
  });

  it('downloads a form from the procedure page', async () => {
    await page.goto(`${base}/thu-tuc/9.999001`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải về Mẫu TN-01.docx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Mẫu TN-01 (minh họa).txt');
  });

  it('shows the agency directory with the centre’s published contacts, and filters communes', async () => {
    await page.goto(`${base}/co-quan`);
    const contacts = page.getByRole('table', {
      name: 'Cán bộ đầu mối của Trung tâm Phục vụ hành chính công tỉnh Hưng Yên',
    });
    await expect(
      contacts.getByRole('rowheader', { name: 'Nguyễn Văn An (minh họa)' }).count(),
    ).resolves.toBe(1);
    await snap(page, 'portal-agencies');
    const filter = page.getByLabel('Tìm cơ quan, xã, phường');
    await filter.fill('pho hien');
    await Promise.all([page.waitForURL(/\/co-quan\?q=pho\+hien/), filter.press('Enter')]);
    await expect(page.getByRole('link', { name: 'Phường Phố Hiến' }).count()).resolves.toBe(1);
  });

  it('switches to English and back, keeping the page', async () => {
    await page.goto(`${base}/`);
    await Promise.all([
      page.waitForURL(`${base}/`),
      page.getByRole('link', { name: 'Switch to English' }).click(),
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Find an administrative procedure',
    );
    await expect(
      page.getByText('Procedure content is published in Vietnamese.').isVisible(),
    ).resolves.toBe(true);
    await snap(page, 'portal-home-en');
    await page.getByRole('link', { name: 'Chuyển sang tiếng Việt' }).click();
    await page.waitForURL(`${base}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });
});

describe('the portal on a 360 px phone', () => {
  it('fits the procedure page to the screen with the summary on the first screen', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'vi-VN',
      javaScriptEnabled: true,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 1,
    });
    const phone = await context.newPage();
    try {
      for (const path of [
        '/',
        '/thu-tuc?q=khai+sinh',
        '/co-quan',
        '/thu-tuc/9.999001',
        '/thu-tuc/1.001193',
      ]) {
        await phone.goto(`${base}${path}`);
        const width = await phone.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${path} scrolls sideways`).toBeLessThanOrEqual(360);
      }
      // The plain-language summary starts on the first screen and fits one screen (user-voice
      // §3 item 16: a checklist, the fee, the time and where to file on one mobile screen).
      const summary = phone.locator('section.summary');
      const box = (await summary.boundingBox())!;
      expect(box.y).toBeLessThan(740);
      expect(box.height).toBeLessThanOrEqual(740);
      await phone.screenshot({
        path: 'test-results/screenshots/portal-mobile-procedure-first-screen.png',
      });
      await summary.screenshot({ path: 'test-results/screenshots/portal-mobile-summary.png' });
      await snap(phone, 'portal-mobile-procedure');
      await phone.goto(`${base}/thu-tuc?q=khai+sinh`);
      await snap(phone, 'portal-mobile-search');
    } finally {
      await context.close();
    }
  });
});
