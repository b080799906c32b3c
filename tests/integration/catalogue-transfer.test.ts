import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCsv, parseCsv } from '../../src/core/catalogue/csv.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * Catalogue import and export (issue #3 point 4) on the demo province: export → edit → import
 * round trips in JSON, XLSX and CSV, all-or-nothing validation with every error located, dry
 * runs, permissions and the file checks. Each round trip edits a different procedure, because
 * an import leaves a draft open on what it changed.
 */
let t: TestApp;
let officer: Session;
let reception: Session;

const sheetHeaders: Record<string, string[]> = {
  'Thủ tục': [
    'Mã thủ tục',
    'Tên thủ tục',
    'Lĩnh vực',
    'Cấp thực hiện',
    'Loại thủ tục',
    'Đối tượng thực hiện',
    'Trình tự thực hiện',
    'Cơ quan thực hiện',
    'Cơ quan có thẩm quyền',
    'Cơ quan được ủy quyền',
    'Cơ quan phối hợp',
    'Địa chỉ tiếp nhận hồ sơ',
    'Kết quả thực hiện',
    'Yêu cầu, điều kiện thực hiện',
    'Từ khóa',
    'Mô tả',
    'Dịch vụ công trực tuyến',
    'Không phụ thuộc địa giới hành chính',
    'Liên thông',
    'Quyết định công bố',
    'Nguồn (CSDL quốc gia)',
    'Phiên bản',
    'Trạng thái',
    'Hiệu lực từ',
  ],
  'Cách thức thực hiện': [
    'Mã thủ tục',
    'STT cách thức',
    'Cách thức',
    'Thời hạn',
    'Đơn vị thời hạn',
    'Thời hạn giải quyết (mô tả)',
    'Phí, lệ phí (mô tả)',
    'Miễn phí',
    'Mô tả',
  ],
  'Phí, lệ phí': [
    'Mã thủ tục',
    'STT cách thức',
    'Cách thức',
    'Tên phí, lệ phí',
    'Mức thu (đồng)',
    'Đơn vị tính',
    'Ghi chú',
  ],
  'Thành phần hồ sơ': [
    'Mã thủ tục',
    'Trường hợp',
    'Tên giấy tờ',
    'Bản chính',
    'Bản sao',
    'Mẫu đơn, tờ khai',
  ],
  'Căn cứ pháp lý': ['Mã thủ tục', 'Số ký hiệu', 'Trích yếu', 'Ngày ban hành', 'Cơ quan ban hành'],
  'Kết quả': ['Mã thủ tục', 'Tên kết quả', 'Mã loại kết quả'],
  'Cơ quan thực hiện': [
    'Mã thủ tục',
    'Mã đơn vị',
    'Mã phòng xử lý',
    'Tên đơn vị',
    'Tên phòng xử lý',
  ],
};

interface ExportedProcedure {
  record: Record<string, unknown> & {
    code: string;
    name: string;
    channels: Array<{ fees: unknown[]; deadline: { amount: number; unit: string } | null }>;
    documents: unknown[];
    legalBases: unknown[];
    resultItems: unknown[];
  };
  agencies: Array<{ unitCode: string; handlingUnitCode: string | null }>;
  versionNo: number;
  status: string;
  effectiveFrom: string | null;
}

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00' });
  [officer, reception] = await Promise.all([login(t.app, 'kiemsoat'), login(t.app, 'tiepnhan')]);
});
afterAll(() => t.close());

async function exportFile(format: 'json' | 'csv' | 'xlsx', session = officer) {
  return call(t.app, session, 'GET', `/api/v1/catalogue/export?format=${format}`);
}

async function exportJson(): Promise<ExportedProcedure[]> {
  const response = await exportFile('json');
  expect(response.statusCode).toBe(200);
  return response.json().procedures;
}

function importJson(body: unknown, query = '', session = officer) {
  return call(t.app, session, 'POST', `/api/v1/catalogue/import${query}`, body);
}

async function upload(
  format: string,
  bytes: Uint8Array | string,
  fileName: string,
  query = '',
  session = officer,
) {
  const form = new FormData();
  form.append('format', format);
  form.append(
    'file',
    new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]),
    fileName,
  );
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/catalogue/import${query}`,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      'content-type': request.headers.get('content-type')!,
    },
    payload: Buffer.from(await request.arrayBuffer()),
  });
}

async function countRows(): Promise<{ procedures: number; versions: number }> {
  const result = await sql<{ procedures: number; versions: number }>`
    SELECT (SELECT count(*)::int FROM procedures) AS procedures,
           (SELECT count(*)::int FROM procedure_versions) AS versions`.execute(t.database.db);
  return result.rows[0]!;
}

async function versionsOf(code: string) {
  const result = await sql<{
    versionNo: number;
    status: string;
    changeKind: string;
    record: { name: string; channels: ExportedProcedure['record']['channels'] };
  }>`
    SELECT v.version_no, v.status, v.change_kind, v.record
    FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id
    WHERE p.code = ${code} ORDER BY v.version_no`.execute(t.database.db);
  return result.rows;
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The sheet row whose first cells equal `match` (code, then e.g. the channel number). */
function findRow(sheet: ExcelJS.Worksheet, ...match: unknown[]): ExcelJS.Row {
  for (let n = 2; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    if (match.every((m, i) => row.getCell(i + 1).value === m)) return row;
  }
  throw new Error(`no row ${match.join(', ')} in ${sheet.name}`);
}

async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('export', () => {
  it('JSON: the version in force of every procedure with its agencies, as an attachment', async () => {
    const response = await exportFile('json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(
      'attachment; filename="danh-muc-tthc-20260302.json"',
    );
    const body = response.json();
    expect(body.exportedAt).toBe('2026-03-02T09:00:00+07:00');
    expect(body.province.code).toBe('000.00.00.H31');
    const published = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM procedures WHERE published_version_id IS NOT NULL`.execute(
      t.database.db,
    );
    expect(body.procedures).toHaveLength(published.rows[0]!.n);
    expect(body.procedures.length).toBeGreaterThanOrEqual(20);
    const fictional = body.procedures.find(
      (p: ExportedProcedure) => p.record.code === '9.999001',
    ) as ExportedProcedure;
    expect(fictional).toMatchObject({
      versionNo: 1,
      status: 'published',
      effectiveFrom: '2025-07-01T00:00:00+07:00',
      agencies: [{ unitCode: '000.00.03.H31', handlingUnitCode: '000.01.03.H31' }],
      record: { name: 'Thủ tục thử nghiệm cấp giấy xác nhận (hư cấu, dùng cho kiểm thử)' },
    });
    const commune = body.procedures.find((p: ExportedProcedure) => p.record.code === '9.999002');
    expect(commune.agencies.length).toBeGreaterThan(100);
  });

  it('XLSX: the seven sheets with bold frozen Vietnamese headers and one row per item', async () => {
    const procedures = await exportJson();
    const response = await exportFile('xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toContain('danh-muc-tthc-20260302.xlsx');
    const workbook = await loadWorkbook(response.rawPayload);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(Object.keys(sheetHeaders));
    for (const sheet of workbook.worksheets) {
      const header = sheet.getRow(1);
      expect([sheet.name, (header.values as unknown[]).slice(1)]).toEqual([
        sheet.name,
        sheetHeaders[sheet.name],
      ]);
      expect(header.getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(2).width).toBeGreaterThan(5);
    }
    const sum = (f: (p: ExportedProcedure) => number) => procedures.reduce((n, p) => n + f(p), 0);
    const expected: Record<string, number> = {
      'Thủ tục': procedures.length,
      'Cách thức thực hiện': sum((p) => p.record.channels.length),
      'Phí, lệ phí': sum((p) => p.record.channels.reduce((n, c) => n + c.fees.length, 0)),
      'Thành phần hồ sơ': sum((p) => p.record.documents.length),
      'Căn cứ pháp lý': sum((p) => p.record.legalBases.length),
      'Kết quả': sum((p) => p.record.resultItems.length),
      'Cơ quan thực hiện': sum((p) => p.agencies.length),
    };
    for (const sheet of workbook.worksheets)
      expect([sheet.name, sheet.actualRowCount - 1]).toEqual([sheet.name, expected[sheet.name]]);
    expect(expected['Phí, lệ phí']).toBeGreaterThan(0);
  });
});

describe('import', () => {
  /**
   * The demo catalogue changes with the fixtures, so procedures are chosen by what a test needs
   * (fees, documents…), each used by one test only; 9.999001/9.999002 are fictional test ones.
   */
  let catalogue: ExportedProcedure[];
  const used = new Set(['9.999001', '9.999002', '9.999100']);
  const take = (need: (p: ExportedProcedure) => boolean = () => true): ExportedProcedure => {
    const found = catalogue.find((p) => !used.has(p.record.code) && need(p));
    if (!found) throw new Error('the demo catalogue has no procedure left for this test');
    used.add(found.record.code);
    return found;
  };
  beforeAll(async () => {
    catalogue = await exportJson();
  });

  it('the JSON export imports as "unchanged" for every procedure and writes nothing', async () => {
    const exported = await exportFile('json');
    const before = await countRows();
    const response = await upload('json', exported.rawPayload, 'danh-muc-tthc-20260302.json');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.unchanged).toHaveLength(catalogue.length);
    expect(body).toMatchObject({ created: [], revised: [], errors: [], dryRun: false });
    expect(await countRows()).toEqual(before);
  });

  it('an edited record becomes exactly one draft revision; the published version stays', async () => {
    const procedures = await exportJson();
    const target = procedures.find((p) => p.record.code === '9.999001')!;
    target.record.name = 'Thủ tục thử nghiệm cấp giấy xác nhận (đã sửa qua nhập danh mục)';
    target.record.channels[0]!.deadline = { amount: 4, unit: 'working_days' };
    const before = await countRows();
    const response = await upload('json', JSON.stringify({ procedures }), 'sua.json');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.revised).toEqual([
      {
        code: '9.999001',
        versionNo: 2,
        basedOn: 1,
        changes: ['name', 'channels[0].deadline.amount'],
      },
    ]);
    expect(body.created).toEqual([]);
    expect(body.unchanged).toHaveLength(procedures.length - 1);
    expect(await countRows()).toEqual({ ...before, versions: before.versions + 1 });
    const versions = await versionsOf('9.999001');
    expect(versions.map((v) => [v.versionNo, v.status, v.changeKind])).toEqual([
      [1, 'published', 'new'],
      [2, 'draft', 'amended'],
    ]);
    expect(versions[0]!.record.name).toBe(
      'Thủ tục thử nghiệm cấp giấy xác nhận (hư cấu, dùng cho kiểm thử)',
    );
    expect(versions[1]!.record.name).toBe(target.record.name);
    expect(versions[1]!.record.channels[0]!.deadline).toEqual({ amount: 4, unit: 'working_days' });

    // The same change again (as a JSON body): 9.999001 now has an open draft, so it is refused.
    const again = await importJson({ procedures: [procedures[0], target] });
    expect(again.statusCode).toBe(422);
    expect(again.json().details.errors).toEqual([
      {
        row: 1,
        field: 'record.code',
        procedure: '9.999001',
        message: expect.stringContaining('đang có phiên bản 2 (Dự thảo)'),
      },
    ]);
    expect(await countRows()).toEqual({ ...before, versions: before.versions + 1 });
  });

  it('a new code becomes a new procedure, draft version 1, bound to its agencies', async () => {
    const source = catalogue.find((p) => p.record.code === '9.999001')!;
    const record = { ...source.record, code: '9.999100', name: 'Thủ tục hư cấu nhập từ tệp' };
    const response = await importJson({ procedures: [{ record, agencies: source.agencies }] });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      created: [{ code: '9.999100', versionNo: 1 }],
      revised: [],
      unchanged: [],
    });
    const detail = await call(t.app, officer, 'GET', '/api/v1/catalogue/procedures/9.999100');
    expect(detail.json()).toMatchObject({
      name: 'Thủ tục hư cấu nhập từ tệp',
      agencies: [{ code: '000.00.03.H31', handlingCode: '000.01.03.H31' }],
      versions: [{ versionNo: 1, status: 'draft', changeKind: 'new' }],
    });
    // Only drafted: in the export of everything, not in the export of what is published.
    const all = await call(t.app, officer, 'GET', '/api/v1/catalogue/export?state=all');
    const drafted = all
      .json()
      .procedures.find((p: ExportedProcedure) => p.record.code === '9.999100');
    expect(drafted).toMatchObject({ versionNo: 1, status: 'draft', effectiveFrom: null });
    const published = (await exportJson()).map((p) => p.record.code);
    expect(published).not.toContain('9.999100');
    expect(published).toHaveLength(catalogue.length);
  });

  it('XLSX round trip: the untouched export is unchanged; one edited cell makes one draft', async () => {
    const exported = await exportFile('xlsx');
    const untouched = await upload('xlsx', exported.rawPayload, 'danh-muc.xlsx');
    expect(untouched.statusCode).toBe(200);
    expect(untouched.json()).toMatchObject({ created: [], revised: [], errors: [] });
    expect(untouched.json().unchanged).toHaveLength(catalogue.length);

    const workbook = await loadWorkbook(exported.rawPayload);
    const channels = workbook.getWorksheet('Cách thức thực hiện')!;
    findRow(channels, '9.999002', 2).getCell(4).value = 6; // "Thời hạn" of the online channel
    const response = await upload('xlsx', await workbookBytes(workbook), 'danh-muc.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.json().revised).toEqual([
      { code: '9.999002', versionNo: 2, basedOn: 1, changes: ['channels[1].deadline.amount'] },
    ]);
    expect(response.json().unchanged).toHaveLength(catalogue.length - 1);
    const versions = await versionsOf('9.999002');
    expect(versions.map((v) => v.status)).toEqual(['published', 'draft']);
    expect(versions[1]!.record.channels[1]!.deadline).toEqual({ amount: 6, unit: 'working_hours' });
    expect(versions[0]!.record.channels[1]!.deadline).toEqual({ amount: 8, unit: 'working_hours' });
  });

  it('CSV round trip keeps Vietnamese text (BOM, NFC, diacritics) and imports one change', async () => {
    const target = take((p) => !p.record.code.startsWith('9.'));
    const exported = await exportFile('csv');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.headers['content-disposition']).toContain('danh-muc-tthc-20260302.csv');
    expect([...exported.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = exported.rawPayload.toString('utf8');
    expect(text).toContain(target.record.name);
    expect(text).toContain('Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện');
    expect(text.normalize('NFC')).toBe(text);
    const rows = parseCsv(text).rows;
    expect(rows).toHaveLength(catalogue.length + 1);
    // Steps starting with "- " are guarded against being run as formulas by spreadsheets.
    const steps = rows[0]!.indexOf('Trình tự thực hiện');
    expect(rows.some((r) => r[steps]!.startsWith("'- "))).toBe(true);

    const untouched = await upload('csv', exported.rawPayload, 'danh-muc.csv');
    expect(untouched.statusCode).toBe(200);
    expect(untouched.json().revised).toEqual([]);
    expect(untouched.json().unchanged).toHaveLength(catalogue.length);

    const newName = 'Thủ tục đã sửa – kiểm tra dấu tiếng Việt: ư ơ đ ễ ữ Ỹ';
    const name = rows[0]!.indexOf('Tên thủ tục');
    rows.find((r) => r[0] === target.record.code)![name] = newName.normalize('NFD');
    const response = await upload('csv', `\uFEFF${encodeCsv(rows)}`, 'danh-muc.csv');
    expect(response.statusCode).toBe(200);
    expect(response.json().revised).toEqual([
      { code: target.record.code, versionNo: 2, basedOn: 1, changes: ['name'] },
    ]);
    const versions = await versionsOf(target.record.code);
    expect(versions[1]!.record.name).toBe(newName.normalize('NFC'));
    expect(versions[1]!.record.name).not.toBe(newName.normalize('NFD'));
  });

  it('reports every error of every sheet with its row and column, and imports nothing', async () => {
    const changed = take();
    const [blank, level, repeated, unit] = [take(), take(), take(), take()];
    const fee = take((p) => p.record.channels.some((c) => c.fees.length > 0));
    const document = take((p) => p.record.documents.length > 0);
    const basis = take((p) => p.record.legalBases.length > 0);
    const agency = take((p) => p.agencies.length > 0);
    const feeChannel = fee.record.channels.findIndex((c) => c.fees.length > 0) + 1;

    const workbook = await loadWorkbook((await exportFile('xlsx')).rawPayload);
    const sheet = (name: string) => workbook.getWorksheet(name)!;
    // A valid change that must not be imported either.
    findRow(sheet('Thủ tục'), changed.record.code).getCell(2).value = 'Tên mới không được nhập';
    const blankName = findRow(sheet('Thủ tục'), blank.record.code);
    blankName.getCell(2).value = null;
    const badLevel = findRow(sheet('Thủ tục'), level.record.code);
    badLevel.getCell(4).value = 'Cấp Huyện';
    const copied = (findRow(sheet('Thủ tục'), repeated.record.code).values as unknown[]).slice(1);
    const duplicate = sheet('Thủ tục').addRow(copied);
    const badUnit = findRow(sheet('Cách thức thực hiện'), unit.record.code, 1);
    badUnit.getCell(5).value = 'tuần';
    const badFee = findRow(sheet('Phí, lệ phí'), fee.record.code, feeChannel);
    badFee.getCell(5).value = 'năm mươi nghìn';
    const orphan = findRow(sheet('Thành phần hồ sơ'), document.record.code);
    orphan.getCell(1).value = '9.123456';
    const badDate = findRow(sheet('Căn cứ pháp lý'), basis.record.code);
    badDate.getCell(4).value = '31/02/2025';
    const badAgency = findRow(sheet('Cơ quan thực hiện'), agency.record.code);
    badAgency.getCell(2).value = '000.99.99.H31';

    const before = await countRows();
    const response = await upload('xlsx', await workbookBytes(workbook), 'co-loi.xlsx');
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    const located = body.details.errors.map((e: { sheet: string; row: number; field: string }) => [
      e.sheet,
      e.row,
      e.field,
    ]);
    const thuTuc = [
      ['Thủ tục', blankName.number, 'Tên thủ tục'],
      ['Thủ tục', badLevel.number, 'Cấp thực hiện'],
      ['Thủ tục', duplicate.number, 'Mã thủ tục'],
    ].sort((a, b) => (a[1] as number) - (b[1] as number));
    expect(located).toEqual([
      ...thuTuc,
      ['Cách thức thực hiện', badUnit.number, 'Đơn vị thời hạn'],
      ['Phí, lệ phí', badFee.number, 'Mức thu (đồng)'],
      ['Thành phần hồ sơ', orphan.number, 'Mã thủ tục'],
      ['Căn cứ pháp lý', badDate.number, 'Ngày ban hành'],
      ['Cơ quan thực hiện', badAgency.number, 'Mã đơn vị'],
    ]);
    const messageAt = (sheetName: string, row: number) =>
      body.details.errors.find((e: ImportErrorBody) => e.sheet === sheetName && e.row === row)
        .message as string;
    expect(messageAt('Thủ tục', blankName.number)).toBe('bắt buộc, không được để trống');
    expect(messageAt('Thủ tục', badLevel.number)).toContain('“Cấp Huyện” không hợp lệ');
    expect(messageAt('Thủ tục', duplicate.number)).toContain(
      `Mã thủ tục ${repeated.record.code} bị lặp`,
    );
    expect(messageAt('Cách thức thực hiện', badUnit.number)).toContain('“tuần” không hợp lệ');
    expect(messageAt('Phí, lệ phí', badFee.number)).toContain('không phải là số');
    expect(messageAt('Thành phần hồ sơ', orphan.number)).toContain(
      '9.123456 không có ở trang “Thủ tục”',
    );
    expect(messageAt('Căn cứ pháp lý', badDate.number)).toContain('ngày không hợp lệ');
    expect(messageAt('Cơ quan thực hiện', badAgency.number)).toContain('000.99.99.H31');
    // The orphan row belongs to no procedure of the file: 8 errors in 7 procedures.
    expect(body.message).toBe('Có 8 lỗi ở 7 thủ tục; chưa nhập thủ tục nào.');
    expect(await countRows()).toEqual(before);
    expect((await versionsOf(changed.record.code)).map((v) => v.status)).toEqual(['published']);
  });

  it('reports JSON errors by index in "procedures" and path in the record', async () => {
    const [a, b, c] = [take(), take(), take()];
    const bad = [
      a,
      { ...b, record: { ...b.record, name: '', levels: ['district'] } },
      { ...c, agencies: [{ unitCode: 'KHONG-CO', handlingUnitCode: null }] },
      { ...a, record: { ...a.record, name: 'Trùng mã' } },
    ];
    const before = await countRows();
    const response = await importJson({ procedures: bad });
    expect(response.statusCode).toBe(422);
    const errors = response.json().details.errors;
    expect(errors.map((e: ImportErrorBody) => [e.row, e.field, e.procedure])).toEqual([
      [1, 'record.name', b.record.code],
      [1, 'record.levels[0]', b.record.code],
      [2, 'agencies[0].unitCode', c.record.code],
      [3, 'record.code', a.record.code],
    ]);
    expect(errors[3].message).toContain('procedures[0]');
    expect(response.json().message).toBe('Có 4 lỗi ở 3 thủ tục; chưa nhập thủ tục nào.');
    expect(await countRows()).toEqual(before);
  });

  it('a dry run reports what an import would do and writes nothing', async () => {
    const target = structuredClone(take());
    target.record.name = 'Tên thử khi chạy thử';
    const before = await countRows();
    const response = await importJson({ procedures: [target] }, '?dryRun=1');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      dryRun: true,
      revised: [{ code: target.record.code, versionNo: null, basedOn: 1, changes: ['name'] }],
      created: [],
      errors: [],
    });
    expect(await countRows()).toEqual(before);
    expect((await versionsOf(target.record.code)).map((v) => v.status)).toEqual(['published']);
    // Without the flag the same request does write: the dry run was the only difference.
    const real = await importJson({ procedures: [target] });
    expect(real.json().revised).toMatchObject([{ code: target.record.code, versionNo: 2 }]);
    expect(await countRows()).toEqual({ ...before, versions: before.versions + 1 });
  });

  it('refuses officers without the catalogue drafting scope (403)', async () => {
    const target = catalogue.find((p) => p.record.code === '9.999002')!;
    const response = await importJson({ procedures: [target] }, '', reception);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
    const xlsx = (await exportFile('xlsx', reception)).rawPayload;
    const file = await upload('xlsx', xlsx, 'a.xlsx', '', reception);
    expect(file.statusCode).toBe(403);
    // The same body from the catalogue officer is accepted: the role made the difference.
    expect((await importJson({ procedures: [target] })).statusCode).toBe(200);
  });

  it('refuses a file renamed to .xlsx that is not a workbook', async () => {
    const csv = (await exportFile('csv')).rawPayload;
    const response = await upload('xlsx', csv, 'danh-muc.xlsx');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('không phải bảng tính Excel (.xlsx)');
    const pdf = await upload('xlsx', '%PDF-1.7\n%âãÏÓ\n', 'danh-muc.xlsx');
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().message).toContain('nội dung là PDF');
  });

  it('refuses a file over 5 MB and more than 5,000 procedures with 413', async () => {
    const padding = 'x'.repeat(5_300_000);
    const big = await upload('json', `{"procedures":[],"pad":"${padding}"}`, 'a.json');
    expect(big.statusCode).toBe(413);
    expect(big.json().message).toContain('5 MB');
    const many = JSON.stringify({ procedures: Array.from({ length: 5001 }, () => ({})) });
    const crowded = await upload('json', many, 'a.json');
    expect(crowded.statusCode).toBe(413);
    expect(crowded.json().message).toContain('5.000');
  });
});

interface ImportErrorBody {
  sheet?: string;
  row: number;
  field: string;
  message: string;
  procedure?: string;
}
