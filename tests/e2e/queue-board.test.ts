import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, snap } from '../support/browser.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Issue #5 item 1 in Chromium: a citizen takes a number at the kiosk page, the officer calls it
 * from the counter panel, and the display board — open all along, never reloaded — shows the call
 * and says it in Vietnamese (window.__announcements). Screenshots: test-results/screenshots/queue-*.
 */
const unit = '000.00.31.H31';
let t: TestApp;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  // Monday 2 March 2026, 09:00.
  t = await createTestApp({
    start: '2026-03-02T09:00:00+07:00',
    // The browser drops a cookie that expired by its own clock: keep sessions valid for years.
    sessionTtlHours: 24 * 365 * 5,
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  ({ browser } = await launchBrowser());
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

const announcements = (page: Page) =>
  page.evaluate(() => (window as unknown as { __announcements: string[] }).__announcements);

describe('kiosk → counter panel → display board', () => {
  it('issues, calls and announces a ticket live', async () => {
    const board = await newPage();
    const errors: string[] = [];
    board.on('pageerror', (e) => errors.push(e.message));
    board.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await board.goto(`${baseUrl}/quay/man-hinh?unit=${unit}`);
    await board.getByRole('button', { name: 'Bật đọc số bằng giọng nói' }).click();
    await expect
      .poll(() =>
        board
          .getByRole('button', { name: 'Bật đọc số bằng giọng nói' })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');
    expect(await announcements(board)).toEqual([]);
    await snap(board, 'queue-1-board-empty');

    // The kiosk, as a citizen sees it (no login, plain form).
    const kiosk = await newPage();
    await kiosk.goto(`${baseUrl}/quay/lay-so?unit=${unit}`);
    await snap(kiosk, 'queue-2-kiosk');
    await kiosk.getByRole('button', { name: /Tư pháp – Hộ tịch, Chứng thực/ }).click();
    await kiosk.waitForURL(/\/quay\/so\//);
    const number = (await kiosk.getByTestId('ticket-number').textContent())?.trim();
    expect(number).toBe('A001');
    await expect.poll(() => kiosk.getByTestId('ticket-ahead').textContent()).toBe('0');
    await snap(kiosk, 'queue-3-ticket');

    // The board counts the new ticket without a reload.
    await expect.poll(() => board.locator('#waiting tr').first().textContent()).toContain('1');

    // The officer's counter panel: counter 1 is open for `tiepnhan` in the demo.
    const officer = await loginAs(browser, baseUrl, 'tiepnhan');
    officer.setDefaultTimeout(15_000);
    await officer.getByRole('link', { name: 'Quầy gọi số' }).click();
    await officer.getByRole('heading', { name: /Quầy số 1/ }).waitFor();
    await officer.getByRole('cell', { name: 'A001' }).waitFor();
    await snap(officer, 'queue-4-panel-waiting');
    await officer.getByRole('button', { name: /Gọi số tiếp theo/ }).click();
    await expect.poll(() => officer.getByTestId('current-ticket').textContent()).toBe('A001');
    const intake = officer.getByRole('link', { name: /Tiếp nhận hồ sơ/ }).last();
    expect(await intake.getAttribute('href')).toMatch(/^\/app\/counter\?ticket=[0-9a-f-]{36}$/);
    await snap(officer, 'queue-5-panel-called');

    // The board, never reloaded, shows the call and has said it in Vietnamese.
    const spoken = 'Mời khách hàng số A001 đến quầy số 1';
    await expect.poll(() => announcements(board)).toEqual([spoken]);
    await expect.poll(() => board.locator('#now-call').textContent()).toBe('A001 → Quầy 1');
    await expect.poll(() => board.locator('#counters tr').first().textContent()).toContain('A001');
    await snap(board, 'queue-6-board-called');

    // Keyboard: L recalls (announced again), P starts serving, H finishes.
    await officer.keyboard.press('l');
    await expect.poll(() => announcements(board)).toEqual([spoken, spoken]);
    await officer.keyboard.press('p');
    await expect.poll(() => officer.getByText('Đang phục vụ số A001.').count()).toBe(1);
    await officer.keyboard.press('h');
    await expect
      .poll(() => officer.getByText('Chưa gọi số nào.', { exact: false }).count())
      .toBe(1);
    await expect
      .poll(() => board.locator('#counters tr').first().textContent())
      .not.toContain('A001');
    await snap(board, 'queue-7-board-after');
    // No Vietnamese voice in this Chromium: nothing failed, the text was still recorded.
    const voices = await board.evaluate(
      () => (window.speechSynthesis?.getVoices() ?? []).filter((v) => /^vi/i.test(v.lang)).length,
    );
    expect(voices).toBe(0);
    expect(errors).toEqual([]);
  });
});
