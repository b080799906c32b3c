import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CitizenSession,
  citizenApplicant,
  citizenCall,
  prepareDraft,
  signInCitizen,
  uploadToDraft,
} from '../support/citizen-helpers.ts';
import { makeElf, makePdf, makePng, makeWindowsExe, sampleJpeg } from '../support/sample-files.ts';
import { call, createTestApp, login, type TestApp } from '../support/test-app.ts';

/**
 * Drafts and online submission (issue #5 item 4; Decree 118/2025 Art. 17.2): the dynamic
 * document list of the version in force, uploads checked from their bytes, save and resume,
 * and a submit that creates the dossier once with its documents, fee and 8-working-hour
 * reception deadline. A citizen never reaches another citizen's drafts or dossiers.
 */
let t: TestApp;
let lan: CitizenSession;
let other: CitizenSession;
let pdf: Buffer;
beforeAll(async () => {
  // Monday 2 March 2026, 09:00 in Hưng Yên.
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00' });
  lan = await signInCitizen(t, '0912345678');
  other = await signInCitizen(t, 'nguoi.khac@example.vn');
  pdf = await makePdf('Tờ khai đề nghị cấp giấy xác nhận');
});
afterAll(() => t.close());

const drafts = '/api/v1/citizen/drafts';

describe('starting a draft', () => {
  it('lists the documents of the version in force, per case, and prefills the phone of the account', async () => {
    const started = await citizenCall(t, lan, 'POST', drafts, { procedureCode: '9.999001' });
    expect(started.statusCode, started.body).toBe(201);
    const draft = started.json();
    expect(draft.applicant.phone).toBe('0912345678');
    expect(draft.cases).toEqual(['Trường hợp ủy quyền']);
    expect(draft.documents.map((d: { no: number }) => d.no)).toEqual([1, 2]);
    expect(draft.procedure.deadline).toEqual({ amount: 3, unit: 'working_days' });
    expect(draft.procedure.fees.totalVnd).toBe(40_000);
    const withCase = await citizenCall(t, lan, 'PATCH', `${drafts}/${draft.id}`, {
      caseName: 'Trường hợp ủy quyền',
    });
    expect(withCase.json().documents.map((d: { name: string }) => d.name)).toEqual([
      'Tờ khai đề nghị cấp giấy xác nhận (Mẫu TN-01)',
      'Bản sao giấy tờ tùy thân',
      'Văn bản ủy quyền',
    ]);
    const badCase = await citizenCall(t, lan, 'PATCH', `${drafts}/${draft.id}`, {
      caseName: 'Trường hợp không có',
    });
    expect(badCase.statusCode).toBe(400);
  });

  it('refuses a procedure that offers no online channel, and an unknown one', async () => {
    const inPersonOnly = await citizenCall(t, lan, 'POST', drafts, { procedureCode: '2.000815' });
    expect(inPersonOnly.statusCode).toBe(422);
    expect(inPersonOnly.json().details.rule).toBe('channel_offered');
    expect(
      (await citizenCall(t, lan, 'POST', drafts, { procedureCode: '9.123456' })).statusCode,
    ).toBe(404);
    expect(
      (await citizenCall(t, undefined, 'POST', drafts, { procedureCode: '9.999001' })).statusCode,
    ).toBe(401);
  });

  it('asks for the commune when every commune decides the procedure', async () => {
    const draft = (await citizenCall(t, lan, 'POST', drafts, { procedureCode: '9.999002' })).json();
    expect(draft.agencies.length).toBeGreaterThan(50);
    expect(draft.blocking).toContain('Chọn cơ quan giải quyết (nơi nộp hồ sơ).');
    const names = draft.agencies.map((a: { name: string }) => a.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    const wrong = await citizenCall(t, lan, 'PATCH', `${drafts}/${draft.id}`, {
      competentUnitCode: '000.00.03.H31',
    });
    expect(wrong.statusCode).toBe(400);
  });
});

describe('save and resume', () => {
  it('keeps what was typed, even when not yet valid, and says what to fix', async () => {
    const id = (await citizenCall(t, lan, 'POST', drafts, { procedureCode: '9.999001' })).json().id;
    const saved = await citizenCall(t, lan, 'PATCH', `${drafts}/${id}`, {
      applicant: { fullName: 'Phạm Thị Lan', idNumber: '0331', phone: '0912345678' },
      step: 'documents',
    });
    expect(saved.statusCode).toBe(200);
    expect(Object.keys(saved.json().applicantProblems).sort()).toEqual(['address', 'idNumber']);
    const resumed = (await citizenCall(t, lan, 'GET', `${drafts}/${id}`)).json();
    expect(resumed).toMatchObject({
      step: 'documents',
      applicant: { fullName: 'Phạm Thị Lan', idNumber: '0331' },
    });
    const mine = (await citizenCall(t, lan, 'GET', '/api/v1/citizen/dossiers')).json();
    expect(mine.drafts.map((d: { id: string }) => d.id)).toContain(id);
  });
});

describe('uploads', () => {
  let id: string;
  beforeAll(async () => {
    id = (await citizenCall(t, lan, 'POST', drafts, { procedureCode: '9.999001' })).json().id;
  });

  it('accepts PDF, JPEG and PNG by their bytes and lists them under their document', async () => {
    expect(
      (await uploadToDraft(t, lan, id, 1, { name: 'to-khai.pdf', bytes: pdf })).statusCode,
    ).toBe(201);
    const jpeg = await uploadToDraft(t, lan, id, 2, {
      name: 'cccd-mat-truoc.jpg',
      bytes: sampleJpeg,
      contentType: 'image/jpeg',
    });
    expect(jpeg.json()).toMatchObject({ fileName: 'cccd-mat-truoc.jpg' });
    // A PNG sent under a .jpeg name is kept as what it is.
    const png = await uploadToDraft(t, lan, id, 2, { name: 'cccd-mat-sau.jpeg', bytes: makePng() });
    expect(png.json().fileName).toBe('cccd-mat-sau.png');
    const draft = (await citizenCall(t, lan, 'GET', `${drafts}/${id}`)).json();
    expect(draft.documents[0].files.map((f: { mimeType: string }) => f.mimeType)).toEqual([
      'application/pdf',
    ]);
    expect(draft.documents[1].files.map((f: { mimeType: string }) => f.mimeType)).toEqual([
      'image/jpeg',
      'image/png',
    ]);
    expect(draft.missingDocuments).toEqual([]);
  });

  it('refuses empty, oversize, renamed executables and other types, each with a clear message', async () => {
    const empty = await uploadToDraft(t, lan, id, 1, { name: 'trong.pdf', bytes: Buffer.alloc(0) });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toContain('trống');

    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 + 1 - pdf.length, 0x20)]);
    const oversize = await uploadToDraft(t, lan, id, 1, { name: 'qua-lon.pdf', bytes: big });
    expect(oversize.statusCode).toBe(413);
    expect(oversize.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(oversize.json().message).toContain('10 MB');
    const limit = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 - pdf.length, 0x20)]);
    expect(
      (await uploadToDraft(t, lan, id, 1, { name: 'vua-du.pdf', bytes: limit })).statusCode,
    ).toBe(201);

    const exe = await uploadToDraft(t, lan, id, 1, {
      name: 'to-khai.pdf',
      bytes: makeWindowsExe(),
    });
    expect(exe.statusCode).toBe(415);
    expect(exe.json().code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(exe.json().message).toContain('“to-khai.pdf” là tệp chương trình Windows');
    expect(exe.json().message).toContain('Chỉ nhận tệp PDF, JPEG hoặc PNG');
    const elf = await uploadToDraft(t, lan, id, 2, { name: 'anh.jpg', bytes: makeElf() });
    expect(elf.statusCode).toBe(415);
    const text = await uploadToDraft(t, lan, id, 2, {
      name: 'anh.png',
      bytes: Buffer.from('xin chào'),
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().message).toContain('Văn bản');

    const notListed = await uploadToDraft(t, lan, id, 3, { name: 'uy-quyen.pdf', bytes: pdf });
    expect(notListed.statusCode).toBe(400);
    // Nothing refused was recorded.
    const draft = (await citizenCall(t, lan, 'GET', `${drafts}/${id}`)).json();
    expect(draft.documents[0].files).toHaveLength(2);
  });

  it('removes a file, and another citizen can neither see nor touch it', async () => {
    const draft = (await citizenCall(t, lan, 'GET', `${drafts}/${id}`)).json();
    const fileId = draft.documents[0].files[1].id;
    expect(
      (await citizenCall(t, other, 'DELETE', `${drafts}/${id}/files/${fileId}`)).statusCode,
    ).toBe(404);
    expect(
      (await citizenCall(t, lan, 'DELETE', `${drafts}/${id}/files/${fileId}`)).statusCode,
    ).toBe(204);
    const after = (await citizenCall(t, lan, 'GET', `${drafts}/${id}`)).json();
    expect(after.documents[0].files).toHaveLength(1);
  });
});

describe('submitting', () => {
  it('says what stops a submission: delivery not chosen, postal without an address', async () => {
    const id = (await citizenCall(t, lan, 'POST', drafts, { procedureCode: '9.999001' })).json().id;
    await citizenCall(t, lan, 'PATCH', `${drafts}/${id}`, { applicant: citizenApplicant });
    const noFiles = await citizenCall(t, lan, 'POST', `${drafts}/${id}/submit`);
    expect(noFiles.statusCode).toBe(422);
    expect(noFiles.json().details.problems).toEqual([
      'Chọn cách nhận kết quả.',
      'Đính kèm ít nhất một giấy tờ của hồ sơ.',
    ]);
    await uploadToDraft(t, lan, id, 1, { name: 'to-khai.pdf', bytes: pdf });
    await citizenCall(t, lan, 'PATCH', `${drafts}/${id}`, {
      deliveryMethod: 'postal',
      deliveryAddress: '',
    });
    const noAddress = await citizenCall(t, lan, 'POST', `${drafts}/${id}/submit`);
    expect(noAddress.json().details.problems).toEqual(['Nhập địa chỉ nhận kết quả qua bưu chính.']);
  });

  it('creates the dossier once: documents, fee, delivery, reception deadline; a double submit returns it', async () => {
    const id = await prepareDraft(t, lan, pdf);
    await citizenCall(t, lan, 'PATCH', `${drafts}/${id}`, {
      deliveryMethod: 'postal',
      deliveryAddress: 'Số 12 đường Nguyễn Văn Linh, phường Phố Hiến',
    });
    const [first, second] = await Promise.all([
      citizenCall(t, lan, 'POST', `${drafts}/${id}/submit`),
      citizenCall(t, lan, 'POST', `${drafts}/${id}/submit`),
    ]);
    const results = [first, second].map((r) => ({ status: r.statusCode, ...r.json() }));
    expect(results.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(results[0]!.code).toBe(results[1]!.code);
    const code = results[0]!.code as string;
    const third = await citizenCall(t, lan, 'POST', `${drafts}/${id}/submit`);
    expect(third.json()).toMatchObject({ code, replayed: true });

    const row = await t.database.db
      .selectFrom('dossiers')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'submitted',
      channel: 'online',
      submissionSource: 'citizen',
      citizenId: lan.citizenId,
      deliveryMethod: 'postal',
      deliveryAddress: 'Số 12 đường Nguyễn Văn Linh, phường Phố Hiến',
      applicantName: 'Phạm Thị Lan',
      receivedAt: null,
      dueAt: null,
    });
    expect(Number(row.feeTotal)).toBe(40_000);
    // 8 working hours on the receiving unit's calendar, asked of the public calendar API.
    const unit = await t.database.db
      .selectFrom('units')
      .select('code')
      .where('id', '=', row.receivingUnitId)
      .executeTakeFirstOrThrow();
    const due = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/calendar/due?start=${encodeURIComponent('2026-03-02T09:00:00+07:00')}&amount=8&unit=working_hours&org=${unit.code}`,
      })
    ).json();
    expect(row.receptionDueAt?.getTime()).toBe(Date.parse(due.due));
    expect(row.stepDueAt?.getTime()).toBe(row.receptionDueAt?.getTime());
    expect(results[0]!.receptionDueAt).toMatch(/\+07:00$/);
    expect(Date.parse(results[0]!.receptionDueAt)).toBe(row.receptionDueAt?.getTime());

    const documents = await t.database.db
      .selectFrom('dossierDocuments')
      .selectAll()
      .where('dossierId', '=', row.id)
      .orderBy('requirementNo')
      .execute();
    expect(documents.map((d) => [d.requirementNo, d.source, d.form, d.supplementRound])).toEqual([
      [1, 'online', 'electronic', null],
      [2, 'online', 'electronic', null],
    ]);
    expect(documents.every((d) => d.fileId)).toBe(true);
    const count = await t.database.db
      .selectFrom('dossiers')
      .select('id')
      .where('citizenId', '=', lan.citizenId)
      .execute();
    expect(count).toHaveLength(1);

    expect(
      (await citizenCall(t, lan, 'PATCH', `${drafts}/${id}`, { step: 'review' })).statusCode,
    ).toBe(409);
    const mine = (await citizenCall(t, lan, 'GET', '/api/v1/citizen/dossiers')).json();
    expect(mine.drafts.map((d: { id: string }) => d.id)).not.toContain(id);
    expect(mine.dossiers[0]).toMatchObject({ code, statusLabel: 'Đã gửi, chờ cơ quan tiếp nhận' });

    // The reception officer sees it in "to receive" with the reception deadline.
    const officer = await login(t.app, 'tiepnhan');
    const inbox = (await call(t.app, officer, 'GET', '/api/v1/dossiers?box=to_receive')).json();
    const item = inbox.items.find((i: { code: string }) => i.code === code);
    expect(item).toMatchObject({
      submissionSource: 'citizen',
      receptionDueAt: results[0]!.receptionDueAt,
      stepDueAt: results[0]!.receptionDueAt,
      overdue: false,
    });
    const detail = (await call(t.app, officer, 'GET', `/api/v1/dossiers/${code}`)).json();
    expect(detail.receptionDueAt).toBe(results[0]!.receptionDueAt);

    // A second sign-in prefills the next draft with what was declared.
    const next = (await citizenCall(t, lan, 'POST', drafts, { procedureCode: '9.999001' })).json();
    expect(next.applicant).toMatchObject({ fullName: 'Phạm Thị Lan', idNumber: '033185006789' });
  });

  it('never shows one citizen the drafts or dossiers of another (404, not 403)', async () => {
    const id = await prepareDraft(t, lan, pdf);
    for (const [method, url] of [
      ['GET', `${drafts}/${id}`],
      ['PATCH', `${drafts}/${id}`],
      ['DELETE', `${drafts}/${id}`],
      ['POST', `${drafts}/${id}/submit`],
    ] as const) {
      const response = await citizenCall(
        t,
        other,
        method,
        url,
        method === 'PATCH' ? { step: 'review' } : undefined,
      );
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await uploadToDraft(t, other, id, 1, { name: 'x.pdf', bytes: pdf })).statusCode).toBe(
      404,
    );
    const code = (await citizenCall(t, lan, 'POST', `${drafts}/${id}/submit`)).json().code;
    expect(
      (await citizenCall(t, other, 'GET', `/api/v1/citizen/dossiers/${code}`)).statusCode,
    ).toBe(404);
    const theirs = (await citizenCall(t, other, 'GET', '/api/v1/citizen/dossiers')).json();
    expect(theirs.dossiers).toEqual([]);
    expect(
      (await citizenCall(t, lan, 'GET', `/api/v1/citizen/dossiers/${code}`)).json(),
    ).toMatchObject({
      code,
      documents: [{ source: 'online' }, { source: 'online' }],
    });
  });

  it('moves a draft to a newly published version and asks the citizen to check it', async () => {
    const id = await prepareDraft(t, lan, pdf);
    const procedure = await t.database.db
      .selectFrom('procedures')
      .selectAll()
      .where('code', '=', '9.999001')
      .executeTakeFirstOrThrow();
    const current = await t.database.db
      .selectFrom('procedureVersions')
      .selectAll()
      .where('id', '=', procedure.publishedVersionId!)
      .executeTakeFirstOrThrow();
    const record = structuredClone(current.record) as { documents: Array<{ name: string }> };
    record.documents.splice(1, 0, { ...record.documents[1]!, name: 'Ảnh chân dung 4x6' });
    const { id: _id, ...rest } = current as unknown as Record<string, unknown>;
    delete rest.createdAt;
    delete rest.updatedAt;
    await t.database.db
      .insertInto('procedureVersions')
      .values(
        Object.assign(rest, {
          id: '01900000-0000-7000-8000-0000000c1001',
          versionNo: current.versionNo + 1,
          record: JSON.stringify(record),
          effectiveFrom: new Date('2026-03-02T08:00:00+07:00'),
        }) as never,
      )
      .execute();
    const refused = await citizenCall(t, lan, 'POST', `${drafts}/${id}/submit`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().details.rule).toBe('procedure_version_changed');
    const moved = (await citizenCall(t, lan, 'GET', `${drafts}/${id}`)).json();
    expect(moved.procedure.versionId).toBe('01900000-0000-7000-8000-0000000c1001');
    expect(
      moved.documents.map((d: { no: number; files: unknown[] }) => [d.no, d.files.length]),
    ).toEqual([
      [1, 1],
      [2, 0],
      [3, 1],
    ]);
    expect(moved.missingDocuments).toEqual(['Ảnh chân dung 4x6']);
    expect((await citizenCall(t, lan, 'POST', `${drafts}/${id}/submit`)).statusCode).toBe(201);
  });
});
