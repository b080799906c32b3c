import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileStore } from '../../src/services/files/file-store.ts';
import {
  makeElf,
  makePdf,
  makePng,
  makeWindowsExe,
  multipart,
  sampleJpeg,
} from '../support/sample-files.ts';
import { createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * Issue #5 items 2 and 10: scans uploaded at the counter are checked on their bytes BEFORE they
 * are stored — empty, oversize, wrong type, a renamed executable, a truncated PDF or image — and
 * refused with a clear Vietnamese message; a refused file leaves no `files` row and no bytes.
 */
let t: TestApp;
let storeDir: string;
let reception: Session;

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00' });
  // A private store for this file, so "no bytes written" is checked on an otherwise empty folder.
  storeDir = mkdtempSync(join(tmpdir(), 'mc-upload-abuse-'));
  t.ctx.files = new FileStore(storeDir);
  reception = await login(t.app, 'tiepnhan');
});
afterAll(() => t.close());

function upload(
  session: Session | undefined,
  name: string,
  bytes: Buffer,
  purpose = 'dossier_document',
) {
  const body = multipart({ purpose }, { name, bytes });
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: {
      ...body.headers,
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
    },
    payload: body.payload,
  });
}

function listStored(dir = storeDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listStored(join(dir, entry.name)) : [entry.name],
  );
}

async function countRows() {
  const row = await t.database.db
    .selectFrom('files')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Refused with this status and code; the message is Vietnamese; nothing was written. */
async function expectRefused(
  response: Awaited<ReturnType<typeof upload>>,
  status: number,
  code: string,
  message: RegExp,
  before: { rows: number; stored: number },
) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.json().code).toBe(code);
  expect(response.json().message).toMatch(message);
  expect(await countRows()).toBe(before.rows);
  expect(listStored()).toHaveLength(before.stored);
}

describe('accepted scans', () => {
  it('stores a PDF by content hash with its uploader, once for the same bytes', async () => {
    const pdf = await makePdf('Scan of a declaration');
    const first = await upload(reception, 'Tờ khai.pdf', pdf);
    expect(first.statusCode, first.body).toBe(201);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(first.json()).toMatchObject({
      fileName: 'Tờ khai.pdf',
      mimeType: 'application/pdf',
      size: pdf.length,
      sha256,
    });
    expect(readFileSync(join(storeDir, sha256.slice(0, 2), sha256)).equals(pdf)).toBe(true);
    const row = await t.database.db
      .selectFrom('files as f')
      .innerJoin('users as u', 'u.id', 'f.uploadedBy')
      .select(['u.username', 'f.purpose', 'f.sha256'])
      .where('f.id', '=', first.json().id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ username: 'tiepnhan', purpose: 'dossier_document', sha256 });
    const again = await upload(reception, 'same.pdf', pdf);
    expect(again.statusCode).toBe(201);
    expect(again.json().sha256).toBe(sha256);
    expect(listStored().filter((name) => name === sha256)).toHaveLength(1);
  });

  it('accepts JPEG and PNG scans and names them by their sniffed type', async () => {
    const jpeg = await upload(reception, 'cccd mặt trước', sampleJpeg, 'dossier_document');
    expect(jpeg.statusCode, jpeg.body).toBe(201);
    expect(jpeg.json()).toMatchObject({ mimeType: 'image/jpeg', fileName: 'cccd mặt trước.jpg' });
    const png = await upload(reception, 'anh.jpg', makePng());
    expect(png.statusCode, png.body).toBe(201);
    expect(png.json()).toMatchObject({ mimeType: 'image/png', fileName: 'anh.png' });
  });

  it('lets a specialist (dossier.process) upload scans too', async () => {
    const specialist = await login(t.app, 'chuyenvien');
    const response = await upload(specialist, 'bo-sung.pdf', await makePdf('Supplement'));
    expect(response.statusCode, response.body).toBe(201);
  });
});

describe('refused files leave nothing behind', () => {
  async function state() {
    return { rows: await countRows(), stored: listStored().length };
  }

  it('an empty file: 400', async () => {
    const before = await state();
    await expectRefused(
      await upload(reception, 'rong.pdf', Buffer.alloc(0)),
      400,
      'VALIDATION_FAILED',
      /Tệp trống/,
      before,
    );
  });

  it('over 10 MB for a dossier document: 413 naming the limit; over 20 MB too', async () => {
    const before = await state();
    const pdf = await makePdf('Large scan');
    const padded = Buffer.concat([
      pdf.subarray(0, 9),
      Buffer.alloc(10 * 1024 * 1024, 0x20),
      pdf.subarray(9),
    ]);
    await expectRefused(
      await upload(reception, 'lon.pdf', padded),
      413,
      'PAYLOAD_TOO_LARGE',
      /Tệp quá lớn.*tối đa 10 MB/,
      before,
    );
    await expectRefused(
      await upload(reception, 'rat-lon.pdf', Buffer.alloc(21 * 1024 * 1024, 0x25)),
      413,
      'PAYLOAD_TOO_LARGE',
      /quá lớn/,
      before,
    );
  });

  it('renamed executables (ELF, MZ/PE named .pdf): 415 naming what they are and what is accepted', async () => {
    const before = await state();
    const elf = await upload(reception, 'to-khai.pdf', makeElf());
    await expectRefused(elf, 415, 'UNSUPPORTED_FILE_TYPE', /ELF.*Chỉ nhận PDF, JPEG/, before);
    const exe = await upload(reception, 'giay-to.pdf', makeWindowsExe());
    await expectRefused(exe, 415, 'UNSUPPORTED_FILE_TYPE', /Windows.*Chỉ nhận PDF/, before);
    expect(exe.json().details).toMatchObject({ detected: 'executable' });
  });

  it('a text file or an Office document named .pdf: 415', async () => {
    const before = await state();
    await expectRefused(
      await upload(reception, 'ghi-chu.pdf', Buffer.from('Họ tên: Nguyễn Văn Bình\n', 'utf8')),
      415,
      'UNSUPPORTED_FILE_TYPE',
      /Văn bản.*Chỉ nhận PDF, JPEG \(JPG\) hoặc PNG/,
      before,
    );
  });

  it('a truncated or headless PDF, and images cut short: refused as unreadable', async () => {
    const before = await state();
    const pdf = await makePdf('Two pages', 2);
    await expectRefused(
      await upload(reception, 'cat.pdf', pdf.subarray(0, Math.floor(pdf.length * 0.6))),
      400,
      'VALIDATION_FAILED',
      /PDF bị hỏng hoặc không đọc được \(thiếu phần kết thúc %%EOF\)/,
      before,
    );
    await expectRefused(
      await upload(reception, 'khong-dau.pdf', pdf.subarray(16)),
      415,
      'UNSUPPORTED_FILE_TYPE',
      /Chỉ nhận PDF/,
      before,
    );
    const png = makePng(64, 64);
    await expectRefused(
      await upload(reception, 'anh.png', png.subarray(0, png.length - 200)),
      400,
      'VALIDATION_FAILED',
      /PNG bị hỏng.*cắt cụt/,
      before,
    );
    await expectRefused(
      await upload(reception, 'anh.png', png.subarray(0, 20)),
      400,
      'VALIDATION_FAILED',
      /thiếu phần đầu ảnh/,
      before,
    );
    await expectRefused(
      await upload(reception, 'anh.jpg', sampleJpeg.subarray(0, sampleJpeg.length - 40)),
      400,
      'VALIDATION_FAILED',
      /JPEG bị hỏng.*cắt cụt/,
      before,
    );
  });
});

describe('who may upload what', () => {
  it('anonymous: 401; a monitor: 403 before reading; a catalogue officer: not dossier scans', async () => {
    const pdf = await makePdf('Scan');
    const before = { rows: await countRows(), stored: listStored().length };
    const anonymous = await upload(undefined, 'x.pdf', pdf);
    expect(anonymous.statusCode).toBe(401);
    const monitor = await upload(await login(t.app, 'giamsat'), 'x.pdf', pdf);
    expect(monitor.statusCode).toBe(403);
    const catalogue = await upload(await login(t.app, 'kiemsoat'), 'x.pdf', pdf);
    expect(catalogue.statusCode).toBe(403);
    expect(catalogue.json().message).toMatch(/không có quyền tải lên loại tệp này/);
    const receptionDecision = await upload(reception, 'qd.pdf', pdf, 'decision');
    expect(receptionDecision.statusCode).toBe(403);
    expect(await countRows()).toBe(before.rows);
    expect(listStored()).toHaveLength(before.stored);
    // The catalogue officer still uploads publication decisions as before.
    const decision = await upload(await login(t.app, 'kiemsoat'), 'qd.pdf', pdf, 'decision');
    expect(decision.statusCode, decision.body).toBe(201);
  });

  it('an unknown purpose: 400 naming the accepted ones', async () => {
    const response = await upload(reception, 'x.pdf', await makePdf('Scan'), 'avatar');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/dossier_document/);
  });
});
