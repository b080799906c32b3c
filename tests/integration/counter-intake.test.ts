import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.ts';
import { applicant, must } from '../support/dossier-helpers.ts';
import { makePdf, makePng, multipart } from '../support/sample-files.ts';
import { call, createTestApp, login, type Session, type TestApp } from '../support/test-app.ts';

/**
 * Issue #5 item 2, counter intake: the checklist of the version (9.999001: a declaration and a
 * copy of the identity paper for every case, a power of attorney for "Trường hợp ủy quyền"),
 * scans uploaded before saving, delivery, sets, the queue ticket, the fees due; an incomplete
 * dossier refused naming what is missing (Decree 118/2025 Art. 17.1); the documents API; the
 * correction before processing (audited, version bumped) and its refusal after; documents of a
 * supplement round; and who may do what.
 */
let t: TestApp;
let reception: Session;
const declaration = 'Tờ khai đề nghị cấp giấy xác nhận (Mẫu TN-01)';
const idCopy = 'Bản sao giấy tờ tùy thân';
const proxy = 'Văn bản ủy quyền';

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00' });
  reception = await login(t.app, 'tiepnhan');
});
afterAll(() => t.close());

async function uploadScan(session: Session, name: string, bytes: Buffer): Promise<string> {
  const body = multipart({ purpose: 'dossier_document' }, { name, bytes });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { ...body.headers, cookie: session.cookie, 'x-csrf-token': session.csrf },
    payload: body.payload,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

const complete = [
  { requirementNo: 1, form: 'original', quantity: 1 },
  { requirementNo: 2, form: 'certified_copy', quantity: 1 },
];

function receive(body: Record<string, unknown>, session = reception) {
  return call(t.app, session, 'POST', '/api/v1/dossiers', {
    procedureCode: '9.999001',
    channel: 'in_person',
    applicant,
    ...body,
  });
}

async function countDossiers() {
  const row = await t.database.db
    .selectFrom('dossiers')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('the preview shows the checklist and the fees', () => {
  it('lists each line with its kind and the fee total of the channel', async () => {
    const response = await call(t.app, reception, 'POST', '/api/v1/dossiers/preview', {
      procedureCode: '9.999001',
      channel: 'in_person',
    });
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json();
    expect(
      preview.requirements.map((r: { no: number; kind: string; caseName: string | null }) => [
        r.no,
        r.kind,
        r.caseName,
      ]),
    ).toEqual([
      [1, 'required', null],
      [2, 'required', null],
      [3, 'required', 'Trường hợp ủy quyền'],
    ]);
    expect(preview.feeAssessment.totalVnd).toBe(50_000);
  });
});

describe('reception with documents, scans and delivery', () => {
  it('writes the checklist, the scans, the extra paper, delivery, sets, fees and the ticket in one go', async () => {
    const scan = await uploadScan(reception, 'to-khai-scan.pdf', await makePdf('Declaration'));
    const photo = await uploadScan(reception, 'cccd.png', makePng());
    // A ticket of the queue (migration 0008) the applicant was called from.
    const ticketId = await createTicket();
    const response = await receive({
      caseName: 'Trường hợp ủy quyền',
      documents: [
        { requirementNo: 1, form: 'original', quantity: 1, fileId: scan },
        { requirementNo: 2, form: 'certified_copy', quantity: 2, fileId: photo },
        { requirementNo: 3 },
      ],
      extraDocuments: [{ name: 'Giấy xác nhận cư trú', form: 'copy' }],
      setsCount: 2,
      deliveryMethod: 'postal',
      deliveryAddress: 'Số 5, phường Phố Hiến, tỉnh Hưng Yên',
      ticketId,
      procedureVersion: 1,
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.intake).toMatchObject({
      submissionSource: 'counter',
      deliveryMethod: 'postal',
      setsCount: 2,
      feeTotal: 50_000,
      ticketId,
      correctable: true,
      missing: [],
    });
    const row = await t.database.db
      .selectFrom('dossiers')
      .selectAll()
      .where('code', '=', body.code)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      submissionSource: 'counter',
      deliveryMethod: 'postal',
      deliveryAddress: 'Số 5, phường Phố Hiến, tỉnh Hưng Yên',
      setsCount: 2,
      ticketId,
      caseName: 'Trường hợp ủy quyền',
    });
    expect(Number(row.feeTotal)).toBe(50_000);
    const documents = await t.database.db
      .selectFrom('dossierDocuments')
      .selectAll()
      .where('dossierId', '=', row.id)
      .orderBy('requirementNo')
      .execute();
    expect(
      documents.map((d) => [d.requirementNo, d.name, d.form, d.quantity, d.fileId, d.source]),
    ).toEqual([
      [1, declaration, 'original', 1, scan, 'counter'],
      [2, idCopy, 'certified_copy', 2, photo, 'counter'],
      [3, proxy, 'original', 1, null, 'counter'],
      [null, 'Giấy xác nhận cư trú', 'copy', 1, null, 'counter'],
    ]);
    // The scan is downloadable by officers who read the dossier, as it was uploaded.
    const list = await call(t.app, reception, 'GET', `/api/v1/dossiers/${body.code}/documents`);
    const withScan = list
      .json()
      .documents.find((d: { fileId?: string; file: { id: string } | null }) => d.file?.id === scan);
    const download = await call(t.app, reception, 'GET', withScan.file.url);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // A scan belongs to one dossier.
    const reuse = await receive({
      documents: [{ requirementNo: 1, fileId: scan }, { requirementNo: 2 }],
    });
    expect(reuse.statusCode, reuse.body).toBe(422);
    expect(reuse.json().details.rule).toBe('file_in_one_dossier');
  });

  it('a postal result without an address, a bad ticket id, an unknown ticket: clear 4xx, nothing written', async () => {
    const before = await countDossiers();
    const postal = await receive({ documents: complete, deliveryMethod: 'postal' });
    expect(postal.statusCode).toBe(400);
    expect(postal.json().details.fields).toEqual([
      { field: 'deliveryAddress', message: 'Trả kết quả qua bưu chính: ghi địa chỉ nhận kết quả' },
    ]);
    const badTicket = await receive({ documents: complete, ticketId: 'A012' });
    expect(badTicket.statusCode).toBe(400);
    const unknown = await receive({ documents: complete, ticketId: newId() });
    expect(unknown.statusCode, unknown.body).toBe(404);
    expect(unknown.json()).toMatchObject({
      message: 'Không có số thứ tự (vé xếp hàng) này.',
      details: { field: 'ticketId' },
    });
    expect(await countDossiers()).toBe(before);
  });

  it('a postal submission is recorded as such, with the postal fee and deadline', async () => {
    const response = await receive({ channel: 'postal', documents: complete });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().intake).toMatchObject({ submissionSource: 'postal', feeTotal: 50_000 });
    expect(response.json().deadline).toEqual({ amount: 5, unit: 'working_days' });
    expect(response.json().intake.documents.map((d: { source: string }) => d.source)).toEqual([
      'postal',
      'postal',
    ]);
  });
});

describe('an incomplete dossier is not received (Decree 118/2025 Art. 17.1)', () => {
  it('names every missing document and writes nothing', async () => {
    const before = await countDossiers();
    const response = await receive({ caseName: 'Trường hợp ủy quyền', documents: [complete[0]] });
    expect(response.statusCode).toBe(422);
    const error = response.json();
    expect(error.details.rule).toBe('dossier_complete');
    expect(error.details.missing).toEqual([
      { requirementNos: [2], name: idCopy },
      { requirementNos: [3], name: proxy },
    ]);
    expect(error.message).toContain(`1) ${idCopy}; 2) ${proxy}`);
    expect(error.message).toContain('Điều 17.1');
    expect(await countDossiers()).toBe(before);
  });

  it('refuses a line of another case and a line ticked twice', async () => {
    const otherCase = await receive({ documents: [...complete, { requirementNo: 3 }] });
    expect(otherCase.statusCode).toBe(400);
    expect(otherCase.json().details.fields[0].field).toBe('documents.2.requirementNo');
    const twice = await receive({ documents: [...complete, { requirementNo: 1 }] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().message).toContain('hai lần');
  });

  it('refuses a checklist read from an older version of the procedure', async () => {
    const response = await receive({ documents: complete, procedureVersion: 99 });
    expect(response.statusCode).toBe(409);
    expect(response.json().details.currentVersion).toBe(1);
  });
});

describe('correcting the intake before processing', () => {
  it('changes fields and documents, bumps the version, audits the diff; refused once processing starts', async () => {
    const created = await receive({ documents: complete, setsCount: 1 });
    const code = created.json().code as string;
    const version = created.json().version as number;
    const scan = await uploadScan(reception, 'to-khai.pdf', await makePdf('Corrected scan'));
    const response = await call(t.app, reception, 'PATCH', `/api/v1/dossiers/${code}/intake`, {
      reason: 'Ghi nhầm số điện thoại và trường hợp',
      expectedVersion: version,
      applicant: { ...applicant, phone: '0912 000 111' },
      caseName: 'Trường hợp ủy quyền',
      documents: [{ ...complete[0], fileId: scan }, complete[1], { requirementNo: 3 }],
      setsCount: 2,
    });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({ changed: true, version: version + 1, setsCount: 2 });
    expect(view.documents.filter((d: { removedAt: string | null }) => d.removedAt)).toHaveLength(1);
    expect(view.requirements.map((r: { documents: unknown[] }) => r.documents.length)).toEqual([
      1, 1, 1,
    ]);
    const row = await t.database.db
      .selectFrom('dossiers')
      .select(['id', 'applicantPhone', 'caseName', 'version'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ applicantPhone: '0912000111', caseName: 'Trường hợp ủy quyền' });
    const audit = await t.database.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('targetId', '=', row.id)
      .where('action', '=', 'dossier.intake_corrected')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({
      reason: 'Ghi nhầm số điện thoại và trường hợp',
      before: { 'applicant.phone': '0912345678', caseName: null, setsCount: 1 },
      after: { 'applicant.phone': '0912000111', caseName: 'Trường hợp ủy quyền', setsCount: 2 },
      documentsRemoved: [{ requirementNo: 1, fileId: null }],
      documentsAdded: [
        { requirementNo: 1, fileId: scan },
        { requirementNo: 3, name: proxy },
      ],
      version: { from: version, to: version + 1 },
    });
    // The documents API lists the correction with its author.
    const listed = await call(t.app, reception, 'GET', `/api/v1/dossiers/${code}/documents`);
    expect(listed.json().corrections[0]).toMatchObject({
      action: 'dossier.intake_corrected',
      actorName: 'Nguyễn Thị Hoa',
      reason: 'Ghi nhầm số điện thoại và trường hợp',
    });
    // A stale version is refused; so is a case change that leaves a required paper out.
    const stale = await call(t.app, reception, 'PATCH', `/api/v1/dossiers/${code}/intake`, {
      reason: 'Sửa lại',
      expectedVersion: version,
      setsCount: 3,
    });
    expect(stale.statusCode).toBe(409);
    const dropped = await call(t.app, reception, 'PATCH', `/api/v1/dossiers/${code}/intake`, {
      reason: 'Bỏ văn bản ủy quyền',
      documents: complete,
    });
    expect(dropped.statusCode).toBe(422);
    expect(dropped.json().details.missing).toEqual([{ requirementNos: [3], name: proxy }]);

    // Processing starts: the head assigns the dossier. The intake is frozen.
    const head = await login(t.app, 'truongphong');
    await must(t, head, code, { type: 'assign', assignee: 'chuyenvien' });
    const late = await call(t.app, reception, 'PATCH', `/api/v1/dossiers/${code}/intake`, {
      reason: 'Sửa số bộ',
      setsCount: 1,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toMatch(/đã chuyển sang bước xử lý/);
    const lateDocument = await call(
      t.app,
      reception,
      'POST',
      `/api/v1/dossiers/${code}/documents`,
      {
        name: 'Giấy tờ khác',
      },
    );
    expect(lateDocument.statusCode).toBe(409);
    const after = await call(t.app, reception, 'GET', `/api/v1/dossiers/${code}/documents`);
    expect(after.json()).toMatchObject({ correctable: false, setsCount: 2 });
  });
});

describe('documents of a supplement round', () => {
  it('records papers added while awaiting the supplement and those handed in with supplement_received', async () => {
    const code = (await receive({ documents: complete })).json().code as string;
    const [head, specialist] = [
      await login(t.app, 'truongphong'),
      await login(t.app, 'chuyenvien'),
    ];
    await must(t, head, code, { type: 'assign', assignee: 'chuyenvien' });
    await must(t, specialist, code, {
      type: 'request_supplement',
      reasons: [{ code: 'invalid_copy' }],
      documents: [idCopy],
    });
    const early = await uploadScan(reception, 'ban-sao.png', makePng());
    const added = await call(t.app, reception, 'POST', `/api/v1/dossiers/${code}/documents`, {
      requirementNo: 2,
      form: 'certified_copy',
      fileId: early,
    });
    expect(added.statusCode, added.body).toBe(201);
    const scan = await uploadScan(reception, 'bo-sung.pdf', await makePdf('Supplement'));
    await must(t, reception, code, {
      type: 'supplement_received',
      documents: [idCopy],
      attachments: [{ requirementNo: 1, fileId: scan }, { name: 'Bản giải trình' }],
    });
    const listed = (
      await call(t.app, reception, 'GET', `/api/v1/dossiers/${code}/documents`)
    ).json();
    const supplements = listed.documents.filter(
      (d: { source: string }) => d.source === 'supplement',
    );
    expect(
      supplements.map(
        (d: {
          requirementNo: number | null;
          supplementRound: number;
          file: { id: string } | null;
        }) => [d.requirementNo, d.supplementRound, d.file?.id ?? null],
      ),
    ).toEqual([
      [1, 1, scan],
      [2, 1, early],
      [null, 1, null],
    ]);
    // The action log keeps what was handed in with the action.
    const detail = (await call(t.app, reception, 'GET', `/api/v1/dossiers/${code}`)).json();
    const logged = detail.actions.find((a: { type: string }) => a.type === 'supplement_received');
    expect(logged.payload.attachments[0]).toEqual({ requirementNo: 1, fileId: scan });
  });

  it('a supplement_received with a file uploaded by someone else is refused and nothing changes', async () => {
    const code = (await receive({ documents: complete })).json().code as string;
    const [head, specialist] = [
      await login(t.app, 'truongphong'),
      await login(t.app, 'chuyenvien'),
    ];
    await must(t, head, code, { type: 'assign', assignee: 'chuyenvien' });
    await must(t, specialist, code, {
      type: 'request_supplement',
      reasons: [{ code: 'missing_document' }],
      documents: [declaration],
    });
    const foreign = await uploadScan(specialist, 'x.pdf', await makePdf('Not yours'));
    const response = await call(t.app, reception, 'POST', `/api/v1/dossiers/${code}/actions`, {
      type: 'supplement_received',
      attachments: [{ requirementNo: 1, fileId: foreign }],
    });
    expect(response.statusCode).toBe(404);
    const detail = (await call(t.app, reception, 'GET', `/api/v1/dossiers/${code}`)).json();
    expect(detail.status).toBe('awaiting_supplement');
  });
});

describe('who may see and change the documents', () => {
  it('another agency: not found; a specialist: reads but may not change; anonymous: 401', async () => {
    const code = (await receive({ documents: complete })).json().code as string;
    const commune = await login(t.app, 'tiepnhan.phohien');
    for (const [method, url, body] of [
      ['GET', `/api/v1/dossiers/${code}/documents`, undefined],
      ['POST', `/api/v1/dossiers/${code}/documents`, { name: 'Giấy tờ khác' }],
      ['PATCH', `/api/v1/dossiers/${code}/intake`, { reason: 'Thử', setsCount: 3 }],
    ] as const) {
      expect((await call(t.app, commune, method, url, body)).statusCode).toBe(404);
      expect((await call(t.app, undefined, method, url, body)).statusCode).toBe(401);
    }
    const specialist = await login(t.app, 'chuyenvien');
    expect(
      (await call(t.app, specialist, 'GET', `/api/v1/dossiers/${code}/documents`)).statusCode,
    ).toBe(200);
    const patch = await call(t.app, specialist, 'PATCH', `/api/v1/dossiers/${code}/intake`, {
      reason: 'Thử',
      setsCount: 3,
    });
    expect(patch.statusCode).toBe(403);
    const post = await call(t.app, specialist, 'POST', `/api/v1/dossiers/${code}/documents`, {
      name: 'Giấy tờ khác',
    });
    expect(post.statusCode).toBe(403);
    // Receiving is for reception officers: a specialist cannot receive at all.
    expect((await receive({ documents: complete }, specialist)).statusCode).toBe(403);
  });

  it('the card-reader stand-in answers reception officers in demo mode only', async () => {
    const card = await call(t.app, reception, 'POST', '/api/v1/counter/card-reader/stand-in');
    expect(card.statusCode).toBe(200);
    expect(card.json()).toMatchObject({ idNumber: applicant.idNumber, source: 'stand-in' });
    const specialist = await login(t.app, 'chuyenvien');
    expect(
      (await call(t.app, specialist, 'POST', '/api/v1/counter/card-reader/stand-in')).statusCode,
    ).toBe(403);
  });
});

/** A queue service and a waiting ticket at the provincial centre, written as migration 0008 defines them. */
async function createTicket(): Promise<string> {
  const unit = await t.database.db
    .selectFrom('units')
    .select(['id', 'tenantId'])
    .where('code', '=', '000.00.31.H31')
    .executeTakeFirstOrThrow();
  const serviceId = newId();
  const ticketId = newId();
  await sql`INSERT INTO queue_services (id, tenant_id, unit_id, prefix, name)
    VALUES (${serviceId}, ${unit.tenantId}, ${unit.id}, 'ZT', 'Dịch vụ thử nghiệm')`.execute(
    t.database.db,
  );
  await sql`INSERT INTO queue_tickets (id, tenant_id, unit_id, service_id, day, seq, display_code, rank_at, issued_at)
    VALUES (${ticketId}, ${unit.tenantId}, ${unit.id}, ${serviceId}, DATE '2026-03-02', 1, 'ZT001',
            ${new Date()}, ${new Date()})`.execute(t.database.db);
  return ticketId;
}
