import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../src/core/dossiers/projection.ts';
import { launchBrowser, loginAs, snap, snapElement } from '../support/browser.ts';
import { call, createTestApp, login, type TestApp } from '../support/test-app.ts';

/**
 * Issue #4, point 9: one dossier of the fictional procedure 9.999001 (3 working days) through the
 * officers' pages with a supplement round (the clock restarts), a sequential inter-agency hand-off
 * to Sở Tài chính then Công an tỉnh (each agency completes its part in its own browser), an
 * extension with an apology approved by the leader, approval, the separate issuing step and the
 * return — with a screenshot of every page (test-results/screenshots/issue4-*). The server's clock
 * is moved between steps, so each hand-off has its own time and grade.
 */
let t: TestApp;
let browser: Browser;
let baseUrl: string;
let code: string;

const at = (instant: string) => t.clock.set(instant);
const finance = {
  username: 'chuyenvien.taichinh',
  unitCode: '000.00.04.H31',
  name: 'Mai Thị Loan',
};
const police = { username: 'chuyenvien.congan', unitCode: '000.00.40.H31', name: 'Đào Văn Quang' };

beforeAll(async () => {
  // Monday 1 June 2026, 08:00: an ordinary working week without holidays.
  t = await createTestApp({ start: '2026-06-01T08:00:00+07:00', sessionTtlHours: 24 * 365 });
  const admin = await login(t.app, 'admin');
  for (const officer of [finance, police]) {
    const response = await call(t.app, admin, 'POST', '/api/v1/users', {
      username: officer.username,
      fullName: officer.name,
      title: 'Chuyên viên',
      password: 'MatKhau2026',
      memberships: [{ unitCode: officer.unitCode, role: 'specialist' }],
    });
    expect(response.statusCode, response.body).toBe(201);
  }
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  ({ browser } = await launchBrowser());
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** A signed-in page that gives up on a missing element after 15 s (a failing step fails fast). */
async function signIn(username: string, password?: string): Promise<Page> {
  const page = await loginAs(browser, baseUrl, username, password);
  page.setDefaultTimeout(15_000);
  return page;
}

async function openDossier(username: string, password?: string): Promise<Page> {
  const page = await signIn(username, password);
  await page.goto(`${baseUrl}/app/dossiers/${code}`);
  await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();
  await page.getByRole('region', { name: 'Thao tác' }).waitFor();
  return page;
}

/** Opens a folded action ("Thao tác khác") and returns its form. */
async function unfold(page: Page, label: string) {
  await page.locator('summary', { hasText: label }).click();
  return page.getByRole('form', { name: label });
}

async function done(page: Page, label: string) {
  await page.getByText(`Đã thực hiện: ${label}`).waitFor();
}

describe('a dossier with a supplement round, an inter-agency hand-off and an extension', () => {
  it('the reception officer receives 9.999001 at the counter', async () => {
    const page = await signIn('tiepnhan');
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
    await page.getByLabel('Số định danh / CCCD').fill('033095004321');
    await page.getByLabel('Họ và tên').fill('Trần Thị Thu Hà');
    await page.getByLabel('Số điện thoại').fill('0987654321');
    await page.getByLabel('Địa chỉ').fill('Số 12, phường Phố Hiến, tỉnh Hưng Yên');
    // Decree 118/2025 Art. 17.1: only a complete dossier is received.
    await page.getByRole('button', { name: 'Đánh dấu đã nhận đủ giấy tờ bắt buộc' }).click();
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).waitFor();
    code = ((await page.getByTestId('dossier-code').textContent()) ?? '').trim();
    expect(code).toBe('000.00.03.H31-260601-0001');
    await snap(page, 'issue4-01-receipt');
    await page.context().close();
  });

  it('the head sees the inbox with a count on every box and assigns the dossier from the keyboard', async () => {
    at('2026-06-01T09:00:00+07:00');
    const page = await signIn('truongphong');
    await page.goto(`${baseUrl}/app/`);
    const tab = page.getByRole('tab', { name: 'Chờ phân công (1)' });
    await tab.waitFor();
    for (const name of [
      'Của tôi (0)',
      'Quá hạn (0)',
      'Được xin ý kiến / liên thông (0)',
      'Tất cả (1)',
    ])
      await page.getByRole('tab', { name }).waitFor();
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    await page.getByRole('link', { name: code }).waitFor();
    await snap(page, 'issue4-02-inbox-head');
    // Arrow keys move across the boxes; Enter on a row opens the dossier.
    await tab.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('box=mine');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.url()).toContain('box=to_assign');
    await page.getByRole('link', { name: code }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();
    const form = page.getByRole('form', { name: 'Phân công xử lý' });
    await form.getByLabel('Cán bộ xử lý').selectOption('chuyenvien');
    await form.getByRole('button', { name: 'Phân công' }).click();
    await done(page, 'Phân công xử lý');
    await page.context().close();
  });

  it('the specialist asks for a supplement once, in full: two coded reasons and two documents', async () => {
    at('2026-06-01T10:00:00+07:00');
    const page = await openDossier('chuyenvien');
    const form = await unfold(page, 'Yêu cầu bổ sung, hoàn thiện hồ sơ');
    await form.getByLabel('Thiếu thành phần hồ sơ', { exact: true }).check();
    await form
      .getByLabel('Chi tiết: Thiếu thành phần hồ sơ')
      .fill('Chưa có giấy xác nhận nơi cư trú');
    await form.getByLabel('Bản sao chưa được chứng thực hoặc không rõ', { exact: true }).check();
    await form.getByLabel(/^Bản sao giấy tờ tùy thân/).check();
    await form.getByLabel('Giấy tờ khác cần bổ sung').fill('Giấy xác nhận nơi cư trú');
    await snap(page, 'issue4-03-supplement-form');
    await form.getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click();
    await done(page, 'Yêu cầu bổ sung, hoàn thiện hồ sơ');
    await expect
      .poll(() => page.getByText('Chờ công dân bổ sung hồ sơ').count())
      .toBeGreaterThan(0);
    const request = page.getByRole('region', { name: 'Yêu cầu bổ sung hồ sơ' });
    await request.getByText('Thiếu thành phần hồ sơ: Chưa có giấy xác nhận nơi cư trú').waitFor();
    await request.getByText('Giấy xác nhận nơi cư trú', { exact: true }).waitFor();
    await page.getByText(/Thời hạn tạm dừng từ 10:00 01\/06\/2026/).waitFor();
    await snap(page, 'issue4-04-awaiting-supplement');
    await page.context().close();
  });

  it('the reception officer records the supplement; the clock restarts and the page says why', async () => {
    at('2026-06-02T09:00:00+07:00');
    const page = await signIn('tiepnhan');
    await page.goto(`${baseUrl}/app/?box=waiting_citizen`);
    await page.getByRole('tab', { name: 'Chờ công dân bổ sung (1)' }).waitFor();
    await page.getByRole('link', { name: code }).click();
    const form = page.getByRole('form', { name: 'Nhận hồ sơ bổ sung' });
    expect(await form.getByLabel('Giấy xác nhận nơi cư trú').isChecked()).toBe(true);
    await snap(page, 'issue4-05-supplement-received-form');
    await form.getByRole('button', { name: 'Nhận hồ sơ bổ sung' }).click();
    await done(page, 'Nhận hồ sơ bổ sung');
    const deadline = page.getByRole('region', { name: 'Thời hạn' });
    await deadline.getByText(/thời hạn giải quyết được tính lại từ đầu/).waitFor();
    const stored = await readDossier();
    expect(stored.dueAt?.toISOString()).toBe('2026-06-05T02:00:00.000Z');
    expect(stored.originalDueAt?.toISOString()).toBe('2026-06-04T01:00:00.000Z');
    expect(await deadline.getByTestId('due-at').textContent()).toContain('09:00 05/06/2026');
    await deadline.getByText('Hạn ban đầu').waitFor();
    await deadline.getByText('08:00 04/06/2026').waitFor();
    await snap(page, 'issue4-06-clock-restarted');
    await page.context().close();
  });

  it('the specialist hands the paper dossier on in order: Sở Tài chính, then Công an tỉnh', async () => {
    at('2026-06-02T10:00:00+07:00');
    const page = await openDossier('chuyenvien');
    // Art. 19: one supplement request at appraisal; it is not offered a second time.
    expect(await page.locator('summary', { hasText: 'Yêu cầu bổ sung' }).count()).toBe(0);
    const form = await unfold(page, 'Chuyển liên thông');
    await form.getByLabel('Tuần tự (hồ sơ giấy)').check();
    const first = form.getByRole('group', { name: 'Cơ quan phối hợp 1' });
    await first.getByLabel('Cơ quan', { exact: true }).selectOption(finance.unitCode);
    await first.getByLabel('Phần việc').fill('Xác nhận nghĩa vụ tài chính');
    await first.getByLabel('Thời hạn', { exact: true }).fill('4');
    await first.getByLabel('Đơn vị của thời hạn').selectOption('working_hours');
    await form.getByRole('button', { name: 'Thêm cơ quan phối hợp' }).click();
    const second = form.getByRole('group', { name: 'Cơ quan phối hợp 2' });
    await second.getByLabel('Cơ quan', { exact: true }).selectOption(police.unitCode);
    await second.getByLabel('Phần việc').fill('Xác minh thông tin cư trú');
    await second.getByLabel('Thời hạn', { exact: true }).fill('4');
    await second.getByLabel('Đơn vị của thời hạn').selectOption('working_hours');
    await snap(page, 'issue4-07-handoff-form');
    await form.getByRole('button', { name: 'Chuyển liên thông' }).click();
    await done(page, 'Chuyển liên thông');
    const chain = page.getByRole('region', { name: 'Xử lý liên thông' });
    await chain.getByText('Phiếu chuyển xử lý số 1').waitFor();
    await chain.getByText('Phiếu chuyển xử lý số 2').waitFor();
    expect(await chain.textContent()).toContain('Chờ đến lượt');
    await snap(page, 'issue4-08-handed-off');
    await page.context().close();
  });

  it('Sở Tài chính finds the dossier in its consulted box and completes its part', async () => {
    at('2026-06-02T14:00:00+07:00');
    const page = await signIn(finance.username, 'MatKhau2026');
    await page.goto(`${baseUrl}/app/`);
    const tab = page.getByRole('tab', { name: 'Được xin ý kiến / liên thông (1)' });
    await tab.click();
    await page.getByRole('link', { name: code }).waitFor();
    await snap(page, 'issue4-09-inbox-finance');
    await page.getByRole('link', { name: code }).click();
    const form = page.getByRole('form', { name: 'Hoàn thành phần việc liên thông' });
    await form.getByText(/Phiếu chuyển xử lý số 1 — Sở Tài chính/).waitFor();
    await form.getByLabel('Kết quả phần việc').fill('Người nộp đã hoàn thành nghĩa vụ tài chính.');
    await snap(page, 'issue4-10-finance-part');
    await form.getByRole('button', { name: 'Hoàn thành phần việc' }).click();
    await done(page, 'Hoàn thành phần việc liên thông');
    await page.context().close();
  });

  it('Công an tỉnh is told by a notification, opens it from the bell and completes its part', async () => {
    at('2026-06-03T09:00:00+07:00');
    const page = await signIn(police.username, 'MatKhau2026');
    await page.goto(`${baseUrl}/app/?box=consulted`);
    await page.getByRole('tab', { name: 'Được xin ý kiến / liên thông (1)' }).waitFor();
    await snap(page, 'issue4-11-inbox-police');
    const bell = page.getByRole('button', { name: /^Thông báo \(1\)$/ });
    await bell.click();
    const list = page.getByRole('region', { name: 'Danh sách thông báo' });
    await list
      .getByRole('link', { name: `Chưa đọc: Hồ sơ liên thông ${code} chuyển đến đơn vị` })
      .click();
    await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();
    await page.getByRole('button', { name: 'Thông báo (0)' }).waitFor();
    const form = page.getByRole('form', { name: 'Hoàn thành phần việc liên thông' });
    await form.getByLabel('Kết quả phần việc').fill('Thông tin cư trú khớp với cơ sở dữ liệu.');
    await form.getByRole('button', { name: 'Hoàn thành phần việc' }).click();
    await done(page, 'Hoàn thành phần việc liên thông');
    await expect.poll(() => page.getByText('Đang thẩm định').count()).toBeGreaterThan(0);
    await snap(page, 'issue4-12-parts-done');
    await page.context().close();
  });

  it('the specialist asks for an extension with an apology; a date before the due is refused by the rule', async () => {
    at('2026-06-03T10:00:00+07:00');
    const page = await openDossier('chuyenvien');
    const form = await unfold(page, 'Đề nghị gia hạn, xin lỗi');
    await form
      .getByLabel('Lý do chậm và lời xin lỗi người nộp')
      .fill(
        'Công an tỉnh trả kết quả xác minh chậm. Sở Tư pháp xin lỗi bà Trần Thị Thu Hà và hẹn lại ngày trả kết quả.',
      );
    // A slip of the hand: a date before the current due (Friday 09:00) is refused (422).
    await form.getByLabel('Ngày hẹn trả mới').fill('2026-06-04T17:00');
    await form.getByRole('button', { name: 'Gửi đề nghị gia hạn' }).click();
    const alert = form.getByRole('alert');
    await alert.getByText('Căn cứ: Điều 19 NĐ 118/2025.').waitFor();
    expect(await alert.textContent()).toContain('Ngày hẹn mới phải sau hạn trả kết quả hiện tại');
    await snapElement(form, 'issue4-13-extension-refused');
    await form.getByLabel('Ngày hẹn trả mới').fill('2026-06-09T17:00');
    await form.getByText('Thứ Ba, 17:00 09/06/2026 (giờ Việt Nam).').waitFor();
    await snap(page, 'issue4-14-extension-form');
    await form.getByRole('button', { name: 'Gửi đề nghị gia hạn' }).click();
    await done(page, 'Đề nghị gia hạn, xin lỗi');
    await page
      .getByRole('region', { name: 'Gia hạn và xin lỗi' })
      .getByText('Chờ lãnh đạo duyệt')
      .waitFor();
    // Once only (Art. 19): the request is no longer offered.
    expect(await page.locator('summary', { hasText: 'Đề nghị gia hạn' }).count()).toBe(0);
    await page.context().close();
  });

  it('the leader finds the extension in "Chờ phê duyệt" and approves the proposed date', async () => {
    at('2026-06-03T11:00:00+07:00');
    const page = await signIn('lanhdao');
    await page.goto(`${baseUrl}/app/`);
    await page.getByRole('tab', { name: 'Chờ phê duyệt (1)', selected: true }).waitFor();
    await page.getByRole('link', { name: code }).waitFor();
    await snap(page, 'issue4-15-inbox-leader');
    await page.getByRole('link', { name: code }).click();
    const form = page.getByRole('form', { name: 'Duyệt gia hạn' });
    expect(await form.getByLabel('Ngày hẹn trả mới').inputValue()).toBe('2026-06-09T17:00');
    await snap(page, 'issue4-16-extension-approval');
    await form.getByRole('button', { name: 'Duyệt gia hạn' }).click();
    await done(page, 'Duyệt gia hạn');
    const deadline = page.getByRole('region', { name: 'Thời hạn' });
    expect(await deadline.getByTestId('due-at').textContent()).toContain('17:00 09/06/2026');
    await deadline.getByText(/duyệt gia hạn, hẹn lại ngày trả kết quả một lần/).waitFor();
    expect(await page.getByRole('form', { name: 'Duyệt gia hạn' }).count()).toBe(0);
    await snap(page, 'issue4-17-extension-approved');
    await page.context().close();
  });

  it('the specialist submits for approval, the leader approves, the specialist issues the result', async () => {
    at('2026-06-04T09:00:00+07:00');
    let page = await openDossier('chuyenvien');
    let form = page.getByRole('form', { name: 'Trình phê duyệt' });
    await form
      .getByLabel('Kết quả thẩm định')
      .fill(
        'Hồ sơ đã bổ sung đủ; Sở Tài chính và Công an tỉnh có ý kiến thống nhất. Đề nghị cấp giấy xác nhận.',
      );
    await form.getByRole('button', { name: 'Trình phê duyệt' }).click();
    await done(page, 'Trình phê duyệt');
    await page.context().close();

    at('2026-06-04T10:00:00+07:00');
    page = await openDossier('lanhdao');
    form = page.getByRole('form', { name: 'Phê duyệt kết quả' });
    await snap(page, 'issue4-18-approval');
    await form.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await done(page, 'Phê duyệt kết quả');
    await page.context().close();

    at('2026-06-04T14:00:00+07:00');
    page = await openDossier('chuyenvien');
    form = page.getByRole('form', { name: 'Phát hành kết quả' });
    await form.getByLabel('Tên kết quả').fill('Giấy xác nhận thử nghiệm');
    await form.getByLabel('Số, ký hiệu văn bản').fill('27/GXN-STP');
    await snap(page, 'issue4-19-issue-result');
    await form.getByRole('button', { name: 'Phát hành kết quả' }).click();
    await done(page, 'Phát hành kết quả');
    await page.context().close();
  });

  it('the reception officer is notified, returns the result and prints the control slip', async () => {
    at('2026-06-05T08:00:00+07:00');
    const page = await signIn('tiepnhan');
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ', level: 1 }).waitFor();
    const bell = page.getByRole('button', { name: /^Thông báo \(\d+\)$/ });
    await bell.click();
    const item = page
      .getByRole('region', { name: 'Danh sách thông báo' })
      .getByRole('link', { name: `Chưa đọc: Hồ sơ ${code} đã có kết quả, chờ trả` });
    await item.waitFor();
    await snap(page, 'issue4-20-notifications');
    await item.click();
    const form = page.getByRole('form', { name: 'Trả kết quả' });
    await form.getByLabel('Người nhận đã ký nhận trên sổ giấy').check();
    await form.getByRole('button', { name: 'Trả kết quả' }).click();
    await done(page, 'Trả kết quả');
    await expect
      .poll(() => page.getByText('Đã trả kết quả', { exact: true }).count())
      .toBeGreaterThan(0);
    await snap(page, 'issue4-21-returned');

    const slip = page.getByRole('region', { name: 'Phiếu kiểm soát quá trình giải quyết hồ sơ' });
    const table = slip.getByRole('table');
    for (const header of [
      'Tên cơ quan (Giao / Nhận)',
      'Thời gian giao, nhận',
      'Kết quả (Trước hạn / Đúng hạn / Quá hạn)',
      'Ghi chú',
    ])
      await table.getByRole('columnheader', { name: header }).waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) expect(row).toMatch(/Trước hạn|Đúng hạn|Quá hạn/);
    expect(rows.some((r) => r.includes('Nhận: Sở Tài chính'))).toBe(true);
    expect(rows.some((r) => r.includes('Nhận: Công an tỉnh'))).toBe(true);
    const chain = page.getByRole('region', { name: 'Xử lý liên thông' });
    await chain.getByText('Phiếu chuyển xử lý số 1').waitFor();
    await chain.getByText('Phiếu chuyển xử lý số 2').waitFor();
    await slip.getByRole('button', { name: 'In phiếu kiểm soát' }).waitFor();
    await snapElement(slip, 'issue4-22-control-slip');
    const delays = page.getByRole('region', { name: 'Trách nhiệm chậm trễ' });
    await delays
      .getByText(/ngày|giờ làm việc/)
      .first()
      .waitFor();
    await snapElement(delays, 'issue4-23-delays');
    await snapElement(page.getByRole('region', { name: 'Các bước xử lý' }), 'issue4-24-steps');
    // Printed, the page is the slip alone.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('region', { name: 'Thao tác' }).isVisible()).toBe(false);
    expect(await slip.isVisible()).toBe(true);
    await snap(page, 'issue4-25-control-slip-print');
    await page.context().close();
  });

  it('the stored dossier is returned, and replaying its action log reproduces its workflow', async () => {
    const stored = await readDossier();
    expect(stored).toMatchObject({ status: 'returned', nationalStatus: 10 });
    const log = await t.database.db
      .selectFrom('dossierActions')
      .selectAll()
      .where('dossierId', '=', stored.id)
      .orderBy('seq')
      .execute();
    expect(log.map((a) => a.type)).toEqual([
      'receive',
      'assign',
      'request_supplement',
      'supplement_received',
      'handoff',
      'complete_part',
      'complete_part',
      'request_extension',
      'approve_extension',
      'submit_for_approval',
      'approve',
      'mark_result_ready',
      'return_result',
    ]);
    const state = replay(
      log.map((a) => ({
        type: a.type as never,
        at: a.at.toISOString(),
        actorId: a.actorId,
        payload: a.payload,
      })),
    );
    expect(state).toEqual(stored.workflow);
    expect(state).toMatchObject({
      status: 'returned',
      dueAt: '2026-06-09T10:00:00.000Z',
      extension: { status: 'approved' },
    });
  });
});

function readDossier() {
  return t.database.db
    .selectFrom('dossiers')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
}
