import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

export const screenshotDir = join(process.cwd(), 'test-results', 'screenshots');

/** Debian's Chromium, headless, with the flags that keep it off this machine's closed network. */
export async function launchBrowser(
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'vi-VN',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  return { browser, page };
}

/** A fresh browser context signed in as `username` through the login page. */
export async function loginAs(
  browser: Browser,
  baseUrl: string,
  username: string,
  password = 'demo12345',
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/app/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  return page;
}

/** Saves a full-page screenshot for review: test-results/screenshots/<name>.png. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Saves a screenshot of one element (a section of a page): test-results/screenshots/<name>.png. */
export async function snapElement(locator: Locator, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await locator.screenshot({ path: join(screenshotDir, `${name}.png`) });
}
