import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, snap } from '../support/browser.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Issue #2, point 10: one dossier through the officers' pages in Chromium — received at the
 * counter, assigned by the head, appraised by the specialist, approved by the leader, issued by
 * the specialist (the separate issuing step of issue #4), returned — with a screenshot of each
 * page (test-results/screenshots/).
 */
let t: TestApp;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  // The server's clock stands on Friday 13/2/2026 09:00, so the appointment crosses Tết.
  t = await createTestApp({ start: '2026-02-13T09:00:00+07:00', sessionTtlHours: 24 * 365 });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  ({ browser } = await launchBrowser());
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('one dossier end to end through the pages', () => {
  let code: string;

  it('the reception officer receives procedure 9.999001 at the counter; the receipt shows the code and the appointment', async () => {
    const anonymous = await browser.newPage();
    await anonymous.goto(`${baseUrl}/app/login`);
    await snap(anonymous, 'issue2-01-login');
    await anonymous.close();

    const page = await loginAs(browser, baseUrl, 'tiepnhan');
    await page.goto(`${baseUrl}/app/counter`);
    const procedure = page.getByRole('combobox', { name: 'Thủ tục' });
    await procedure.fill('9.999001');
    await page
      .getByRole('listbox', { name: 'Thủ tục tìm được' })
      .getByRole('option')
      .first()
      .waitFor();
    await procedure.press('Enter');
    await expect.poll(() => page.getByText('Ngày hẹn trả').count()).toBeGreaterThan(0);
    await page.getByLabel('Số định danh / CCCD').fill('033095001234');
    await page.getByLabel('Họ và tên').fill('Nguyễn Văn Bình');
    await page.getByLabel('Số điện thoại').fill('0912345678');
    await page.getByLabel('Địa chỉ').fill('Số 5, phường Phố Hiến, tỉnh Hưng Yên');
    // Decree 118/2025 Art. 17.1: only a complete dossier is received.
    await page.getByRole('button', { name: 'Đánh dấu đã nhận đủ giấy tờ bắt buộc' }).click();
    await snap(page, 'issue2-02-counter-filled');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).waitFor();
    code = ((await page.getByTestId('dossier-code').textContent()) ?? '').trim();
    expect(code).toBe('000.00.03.H31-260213-0001');
    expect(await page.getByTestId('due-at').textContent()).toContain('25/02/2026');
    await snap(page, 'issue2-03-receipt');
    await page.context().close();
  });

  it('the head sees it waiting for assignment and assigns it to the specialist', async () => {
    const page = await loginAs(browser, baseUrl, 'truongphong');
    await page.goto(`${baseUrl}/app/`);
    await page.getByRole('link', { name: code }).waitFor();
    await snap(page, 'issue2-04-inbox-head');
    await page.getByRole('link', { name: code }).click();
    await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();
    await expect.poll(() => page.getByText(/Tết/).count()).toBeGreaterThan(0);
    await snap(page, 'issue2-05-dossier-received');
    const form = page.getByRole('form', { name: 'Phân công xử lý' });
    await form.getByLabel('Cán bộ xử lý').selectOption('chuyenvien');
    await form.getByRole('button', { name: 'Phân công' }).click();
    await page.getByText('Đã thực hiện: Phân công xử lý').waitFor();
    await page.context().close();
  });

  it('the specialist appraises and submits for approval', async () => {
    const page = await loginAs(browser, baseUrl, 'chuyenvien');
    await page.goto(`${baseUrl}/app/dossiers/${code}`);
    const form = page.getByRole('form', { name: 'Trình phê duyệt' });
    await form
      .getByLabel('Kết quả thẩm định')
      .fill('Hồ sơ đầy đủ, hợp lệ. Đề nghị cấp giấy xác nhận.');
    await snap(page, 'issue2-06-appraisal');
    await form.getByRole('button', { name: 'Trình phê duyệt' }).click();
    await page.getByText('Đã thực hiện: Trình phê duyệt').waitFor();
    await page.context().close();
  });

  it('the leader approves', async () => {
    const page = await loginAs(browser, baseUrl, 'lanhdao');
    await page.goto(`${baseUrl}/app/?box=to_approve`);
    await page.getByRole('link', { name: code }).click();
    const form = page.getByRole('form', { name: 'Phê duyệt kết quả' });
    await form.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await page.getByText('Đã thực hiện: Phê duyệt kết quả').waitFor();
    await snap(page, 'issue2-07-approved');
    await page.context().close();
  });

  it('the specialist issues the approved result', async () => {
    const page = await loginAs(browser, baseUrl, 'chuyenvien');
    await page.goto(`${baseUrl}/app/dossiers/${code}`);
    const form = page.getByRole('form', { name: 'Phát hành kết quả' });
    await form.getByLabel('Tên kết quả').fill('Giấy xác nhận thử nghiệm');
    await form.getByLabel('Số, ký hiệu văn bản').fill('15/GXN-STP');
    await form.getByRole('button', { name: 'Phát hành kết quả' }).click();
    await page.getByText('Đã thực hiện: Phát hành kết quả').waitFor();
    await expect.poll(() => page.getByText('Đã có kết quả, chờ trả').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the reception officer returns the result; the timeline shows every step', async () => {
    const page = await loginAs(browser, baseUrl, 'tiepnhan');
    await page.goto(`${baseUrl}/app/dossiers/${code}`);
    const form = page.getByRole('form', { name: 'Trả kết quả' });
    // Decree 118/2025 Art. 22: the collector signs for the result, here on the pad with the mouse.
    const pad = form.getByRole('img', { name: 'Chữ ký của người nhận' });
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++)
      await page.mouse.move(box.x + 20 + i * 25, box.y + box.height / 2 + (i % 2 ? 20 : -20));
    await page.mouse.up();
    await form.getByRole('button', { name: 'Trả kết quả' }).click();
    await page.getByText('Đã thực hiện: Trả kết quả').waitFor();
    await expect.poll(() => page.getByText('Đã trả kết quả').count()).toBeGreaterThan(0);
    const timeline = page.getByRole('region', { name: 'Quá trình xử lý' });
    for (const step of [
      'Tiếp nhận hồ sơ',
      'Phân công xử lý',
      'Trình phê duyệt',
      'Phê duyệt kết quả',
      'Phát hành kết quả',
      'Trả kết quả',
    ]) {
      expect(await timeline.getByText(step, { exact: true }).count()).toBeGreaterThan(0);
    }
    await snap(page, 'issue2-08-returned');
    const stored = await t.database.db
      .selectFrom('dossiers')
      .select(['status', 'nationalStatus'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'returned', nationalStatus: 10 });
    const returned = await t.database.db
      .selectFrom('dossierActions')
      .innerJoin('dossiers', 'dossiers.id', 'dossierActions.dossierId')
      .select('dossierActions.payload')
      .where('dossiers.code', '=', code)
      .where('dossierActions.type', '=', 'return_result')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(returned.payload)).toContain('signatureFileId');
    await page.context().close();
  });

  it('the administration pages render for the administrator', async () => {
    const page = await loginAs(browser, baseUrl, 'admin');
    await page.goto(`${baseUrl}/app/admin/units`);
    await page.getByLabel('Lọc đơn vị').waitFor();
    await snap(page, 'issue2-09-units');
    await page.goto(`${baseUrl}/app/admin/users`);
    await page.getByRole('button', { name: 'Quản lý tiepnhan', exact: true }).waitFor();
    await snap(page, 'issue2-10-users');
    await page.goto(`${baseUrl}/app/admin/calendar`);
    await page
      .getByLabel('Chọn năm')
      .selectOption('2026')
      .catch(() => page.getByLabel('Chọn năm').fill('2026'));
    await page.getByRole('button', { name: 'Xem lịch' }).click();
    await page.getByRole('button', { name: /^17\/02\/2026: Tết Âm lịch/ }).waitFor();
    await snap(page, 'issue2-11-calendar');
    await page.context().close();
  });
});
