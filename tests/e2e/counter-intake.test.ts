import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.ts';
import { launchBrowser, loginAs, snap, snapElement } from '../support/browser.ts';
import { applicant } from '../support/dossier-helpers.ts';
import { makeElf, makePdf } from '../support/sample-files.ts';
import { call, createTestApp, login, type TestApp } from '../support/test-app.ts';

/**
 * Issue #5 item 2 in Chromium: an officer receives the common procedure 9.999001 with the
 * keyboard only — the applicant read from the (stand-in) chip card and completed from an earlier
 * dossier, so nothing about them is typed; the required papers ticked at once; a scanned PDF
 * uploaded; Ctrl+Enter — and gets the receipt panel with the appointment, the fees and the
 * receipt link. Then: an incomplete dossier refused with printable guidance, a renamed
 * executable refused at upload, and a correction before processing (refused after).
 * Screenshots: test-results/screenshots/issue5-intake-*.
 */
let t: TestApp;
let browser: Browser;
let baseUrl: string;
let files: string;
let ticketId: string;
let code: string;

beforeAll(async () => {
  // Monday 2 March 2026, 09:00: an ordinary working day.
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00', sessionTtlHours: 24 * 365 });
  const reception = await login(t.app, 'tiepnhan');
  // The applicant came once before: their phone and e-mail are on that dossier.
  const earlier = await call(t.app, reception, 'POST', '/api/v1/dossiers', {
    procedureCode: '9.999001',
    channel: 'in_person',
    applicant,
    documents: [{ requirementNo: 1 }, { requirementNo: 2 }],
  });
  expect(earlier.statusCode, earlier.body).toBe(201);
  ticketId = await createTicket();
  files = mkdtempSync(join(tmpdir(), 'mc-intake-e2e-'));
  writeFileSync(join(files, 'to-khai-TN01.pdf'), await makePdf('To khai TN-01 (scan)', 2));
  writeFileSync(join(files, 'ban-sao-cccd.pdf'), makeElf());
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  ({ browser } = await launchBrowser());
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** Every key the officer presses, and into which field text was typed. */
function countKeys(page: Page) {
  const log = { presses: 0, typedInto: [] as string[] };
  return {
    log,
    press: async (key: string) => {
      log.presses++;
      await page.keyboard.press(key);
    },
    type: async (text: string) => {
      log.presses += text.length;
      log.typedInto.push(
        await page.evaluate(() => document.activeElement?.getAttribute('name') ?? 'unnamed'),
      );
      await page.keyboard.type(text);
    },
  };
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? el?.getAttribute('name');
  });

describe('counter intake, keyboard only', () => {
  it('receives 9.999001 for a known applicant without typing anything about them', async () => {
    const page = await loginAs(browser, baseUrl, 'tiepnhan');
    page.setDefaultTimeout(15_000);
    const started = Date.now();
    await page.goto(`${baseUrl}/app/counter?ticket=${ticketId}`);
    await page.getByTestId('ticket-badge').waitFor();
    const keys = countKeys(page);
    // The procedure box has focus on arrival: type the code, Enter picks the first result.
    const procedure = page.getByRole('combobox', { name: 'Thủ tục' });
    await expect.poll(() => procedure.evaluate((el) => el === document.activeElement)).toBe(true);
    await keys.type('9.999001');
    await page.getByRole('option').first().waitFor();
    await keys.press('Enter');
    await page.getByText('Ngày hẹn trả').first().waitFor();
    // Channel, case, then the card reader.
    await keys.press('Tab');
    await keys.press('Tab');
    await keys.press('Tab');
    expect(await focused(page)).toBe('Đọc CCCD gắn chip');
    await keys.press('Enter');
    await page.getByText(/Đã đọc thẻ căn cước \(mô phỏng\) của Nguyễn Văn Bình/).waitFor();
    await page.getByText(/Đã điền thông tin còn thiếu từ hồ sơ/).waitFor();
    // Everything about the applicant is there, and focus moved on to the checklist.
    expect(await page.getByLabel('Số định danh / CCCD').inputValue()).toBe(applicant.idNumber);
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe(applicant.fullName);
    expect(await page.getByLabel('Số điện thoại').inputValue()).toBe(applicant.phone);
    expect(await page.getByLabel('Thư điện tử').inputValue()).toBe(applicant.email);
    expect(await page.getByLabel('Địa chỉ', { exact: true }).inputValue()).toBe(applicant.address);
    await expect.poll(() => focused(page)).toBe('Đánh dấu đã nhận đủ giấy tờ bắt buộc');
    await keys.press('Enter');
    await expect
      .poll(() => page.getByTestId('checklist-count').textContent())
      .toContain('đủ giấy tờ bắt buộc');
    // The declaration's row: tick, form, copies, then "Tải bản quét" opens the file chooser.
    for (let i = 0; i < 4; i++) await keys.press('Tab');
    expect(await focused(page)).toMatch(/^Tải bản quét: Tờ khai đề nghị/);
    const chooser = page.waitForEvent('filechooser');
    await keys.press('Enter');
    await (await chooser).setFiles(join(files, 'to-khai-TN01.pdf'));
    await page.getByTestId('scan-name').getByText('to-khai-TN01.pdf').waitFor();
    await snap(page, 'issue5-intake-01-filled');
    await keys.press('Control+Enter');
    await page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).waitFor();
    const elapsed = Date.now() - started;
    code = ((await page.getByTestId('dossier-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^000\.00\.03\.H31-260302-\d{4}$/);
    expect(await page.getByTestId('due-at').textContent()).toContain('05/03/2026');
    expect(await page.getByTestId('fees-due').textContent()).toBe('50.000 đồng');
    expect(await page.getByTestId('documents-received').textContent()).toContain(
      '2 giấy tờ, 1 bản quét',
    );
    const receipt = page.getByRole('link', { name: 'In giấy tiếp nhận' });
    expect(await receipt.getAttribute('href')).toBe(`/api/v1/dossiers/${code}/forms/01.pdf`);
    expect(await receipt.getAttribute('target')).toBe('_blank');
    await page.getByRole('link', { name: 'Thu phí, lệ phí tại trang hồ sơ' }).waitFor();
    await snap(page, 'issue5-intake-02-receipt');

    // Nothing about the applicant was typed; only the procedure code. Under 3 minutes.
    expect(keys.log.typedInto).toEqual(['unnamed']);
    expect(keys.log.presses).toBeLessThanOrEqual(20);
    expect(elapsed).toBeLessThan(180_000);
    const row = await t.database.db
      .selectFrom('dossiers')
      .select(['id', 'ticketId', 'applicantPhone', 'feeTotal'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ ticketId, applicantPhone: applicant.phone });
    expect(Number(row.feeTotal)).toBe(50_000);
    const documents = await t.database.db
      .selectFrom('dossierDocuments as d')
      .leftJoin('files as f', 'f.id', 'd.fileId')
      .select(['d.requirementNo', 'f.fileName', 'f.mimeType'])
      .where('d.dossierId', '=', row.id)
      .orderBy('d.requirementNo')
      .execute();
    expect(documents).toEqual([
      { requirementNo: 1, fileName: 'to-khai-TN01.pdf', mimeType: 'application/pdf' },
      { requirementNo: 2, fileName: null, mimeType: null },
    ]);
    await page.context().close();
  });
});

describe('refusals the officer sees', () => {
  it('an incomplete dossier is not received: the missing papers, printable', async () => {
    const page = await loginAs(browser, baseUrl, 'tiepnhan');
    await page.goto(`${baseUrl}/app/counter`);
    const procedure = page.getByRole('combobox', { name: 'Thủ tục' });
    await procedure.fill('9.999001');
    await page.getByRole('option').first().waitFor();
    await procedure.press('Enter');
    await page.getByLabel('Trường hợp', { exact: true }).selectOption('Trường hợp ủy quyền');
    await page.getByRole('button', { name: 'Đọc CCCD gắn chip' }).click();
    await page.getByText(/Đã điền thông tin còn thiếu/).waitFor();
    await page.getByRole('checkbox', { name: /Tờ khai đề nghị/ }).check();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('heading', { name: /chưa tiếp nhận/ }).waitFor();
    const missing = await page.getByTestId('missing-documents').locator('li').allTextContents();
    expect(missing).toEqual(['Bản sao giấy tờ tùy thân', 'Văn bản ủy quyền']);
    await page.getByRole('button', { name: 'In hướng dẫn bổ sung' }).waitFor();
    await snap(page, 'issue5-intake-03-guidance');
    await page.emulateMedia({ media: 'print' });
    await snap(page, 'issue5-intake-04-guidance-print');
    expect(
      await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).isVisible(),
    ).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // A Linux program renamed .pdf is refused at upload, with what is accepted.
    const copy = page.getByRole('checkbox', { name: /Bản sao giấy tờ tùy thân/ });
    await copy.check();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Tải bản quét: Bản sao giấy tờ tùy thân/ }).click();
    await (await chooser).setFiles(join(files, 'ban-sao-cccd.pdf'));
    const refusal = page.getByRole('alert').filter({ hasText: 'ELF' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Chỉ nhận PDF, JPEG (JPG) hoặc PNG');
    await snapElement(page.locator('fieldset.checklist'), 'issue5-intake-05-upload-refused');
    await page.context().close();
  });
});

describe('correcting the intake', () => {
  it('before processing: phone corrected with a reason, receipt reprinted; after: refused', async () => {
    const page = await loginAs(browser, baseUrl, 'tiepnhan');
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/app/counter?correct=${encodeURIComponent(code)}`);
    await page.getByRole('heading', { name: `Sửa thông tin tiếp nhận hồ sơ ${code}` }).waitFor();
    expect(await page.getByRole('checkbox', { name: /Tờ khai đề nghị/ }).isChecked()).toBe(true);
    await page.getByTestId('scan-name').getByText('to-khai-TN01.pdf').waitFor();
    await page.getByLabel('Số điện thoại').fill('0988777666');
    await page.getByLabel('Số bộ hồ sơ').fill('2');
    await page.getByLabel('Lý do sửa').fill('Ghi nhầm số điện thoại, thiếu một bộ');
    await page.getByRole('button', { name: 'Lưu thông tin đã sửa' }).click();
    await page.getByText(/Đã sửa thông tin tiếp nhận \(phiên bản 1\)/).waitFor();
    const reprint = page.getByRole('link', { name: 'In lại giấy tiếp nhận' });
    expect(await reprint.getAttribute('href')).toBe(`/api/v1/dossiers/${code}/forms/01.pdf`);
    await page.getByText(/Ghi nhầm số điện thoại, thiếu một bộ/).waitFor();
    await snap(page, 'issue5-intake-06-corrected');
    const row = await t.database.db
      .selectFrom('dossiers')
      .select(['applicantPhone', 'setsCount', 'version'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ applicantPhone: '0988777666', setsCount: 2, version: 1 });

    const head = await login(t.app, 'truongphong');
    const assigned = await call(t.app, head, 'POST', `/api/v1/dossiers/${code}/actions`, {
      type: 'assign',
      assignee: 'chuyenvien',
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    await page.reload();
    await page.getByText(/đã chuyển sang bước xử lý/).waitFor();
    expect(await page.getByRole('button', { name: 'Lưu thông tin đã sửa' }).count()).toBe(0);
    await snap(page, 'issue5-intake-07-correction-refused');
    await page.context().close();
  });
});

/** A waiting ticket at the provincial centre (migration 0008's tables). */
async function createTicket(): Promise<string> {
  const unit = await t.database.db
    .selectFrom('units')
    .select(['id', 'tenantId'])
    .where('code', '=', '000.00.31.H31')
    .executeTakeFirstOrThrow();
  const serviceId = newId();
  const id = newId();
  await sql`INSERT INTO queue_services (id, tenant_id, unit_id, prefix, name)
    VALUES (${serviceId}, ${unit.tenantId}, ${unit.id}, 'ZT', 'Dịch vụ thử nghiệm')`.execute(
    t.database.db,
  );
  await sql`INSERT INTO queue_tickets (id, tenant_id, unit_id, service_id, day, seq, display_code, rank_at, issued_at)
    VALUES (${id}, ${unit.tenantId}, ${unit.id}, ${serviceId}, DATE '2026-03-02', 1, 'ZT001',
            ${new Date()}, ${new Date()})`.execute(t.database.db);
  return id;
}
