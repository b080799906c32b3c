import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandinIdentityProvider } from '../../src/services/citizens/standin-identity-provider.ts';
import { readOtpFromOutbox } from '../support/citizen-helpers.ts';
import { must } from '../support/dossier-helpers.ts';
import { makePdf, makeWindowsExe, multipart } from '../support/sample-files.ts';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';

/**
 * The citizen pages as a browser without JavaScript uses them (forms, redirects, cookies): sign-in
 * by code and by the VNeID stand-in (a replayed, forged, stale or foreign code refused), the
 * hidden CSRF token on every form, the wizard from applicant to submit, and 404 for what is
 * another citizen's.
 */
class Visitor {
  cookies = new Map<string, string>();
  constructor(
    private readonly t: TestApp,
    private readonly ip: string,
  ) {}

  async send(
    method: 'GET' | 'POST',
    url: string,
    body?: Record<string, string> | { payload: Buffer; headers: Record<string, string> },
  ) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const isMultipart = body && 'payload' in body;
    const response = await this.t.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        accept: 'text/html',
        ...(cookie ? { cookie } : {}),
        ...(body && !isMultipart ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...(isMultipart ? (body as { headers: Record<string, string> }).headers : {}),
      },
      ...(body
        ? {
            payload: isMultipart
              ? (body as { payload: Buffer }).payload
              : new URLSearchParams(body as Record<string, string>).toString(),
          }
        : {}),
    });
    for (const c of response.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now()))
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  get = (url: string) => this.send('GET', url);
  post = (url: string, body: Record<string, string>) => this.send('POST', url, body);
}

const hidden = (response: LightMyRequestResponse, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(response.body)?.[1] ?? '';

let t: TestApp;
let pdf: Buffer;
beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T09:00:00+07:00' });
  pdf = await makePdf('Tờ khai');
});
afterAll(() => t.close());

async function signIn(visitor: Visitor, phone: string, next = '/cong-dan/ho-so') {
  const form = await visitor.get(`/cong-dan/dang-nhap?next=${encodeURIComponent(next)}`);
  const sent = await visitor.post('/cong-dan/dang-nhap', {
    _pre: hidden(form, '_pre'),
    next,
    destination: phone,
  });
  expect(sent.statusCode, sent.body).toBe(303);
  const codePage = await visitor.get(sent.headers.location as string);
  const { code } = await readOtpFromOutbox(t, phone);
  return { codePage, code, next };
}

describe('sign-in pages', () => {
  it('phone → code → signed in, back where the visitor was going; no form works without its token', async () => {
    const visitor = new Visitor(t, '10.3.0.1');
    const away = await visitor.get('/cong-dan/ho-so');
    expect(away.statusCode).toBe(303);
    expect(away.headers.location).toBe('/cong-dan/dang-nhap?next=%2Fcong-dan%2Fho-so');

    const form = await visitor.get('/cong-dan/dang-nhap');
    expect(form.headers['cache-control']).toBe('no-store');
    expect(form.body).toContain('Đăng nhập bằng VNeID');
    expect(form.body).toContain('/hop-thu-demo');
    expect(form.body).not.toContain('<script');
    const forged = await visitor.post('/cong-dan/dang-nhap', {
      _pre: 'x'.repeat(24),
      destination: '0911222333',
    });
    expect(forged.statusCode).toBe(403);

    const { codePage, code, next } = await signIn(visitor, '0911222333');
    expect(codePage.body).toContain('091****333');
    const r = hidden(codePage, 'r');
    const pre = hidden(codePage, '_pre');
    const wrong = await visitor.post('/cong-dan/dang-nhap/ma', {
      _pre: pre,
      r,
      next,
      code: code === '123456' ? '654321' : '123456',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain('Mã không đúng. Còn 4 lần thử.');
    const right = await visitor.post('/cong-dan/dang-nhap/ma', { _pre: pre, r, next, code });
    expect(right.statusCode).toBe(303);
    expect(right.headers.location).toBe('/cong-dan/ho-so');
    const mine = await visitor.get('/cong-dan/ho-so');
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain('Đã đăng nhập: 091****333');
    expect(mine.body).toContain('Bạn chưa nộp hồ sơ trực tuyến nào.');

    const noToken = await visitor.post('/cong-dan/dang-xuat', {});
    expect(noToken.statusCode).toBe(403);
    const out = await visitor.post('/cong-dan/dang-xuat', { _csrf: hidden(mine, '_csrf') });
    expect(out.statusCode).toBe(303);
    expect((await visitor.get('/cong-dan/ho-so')).statusCode).toBe(303);
  });

  it('VNeID stand-in: identity prefilled; a replayed, forged, stale or foreign code is refused', async () => {
    const visitor = new Visitor(t, '10.3.0.2');
    const start = await visitor.get('/cong-dan/dang-nhap/vneid?next=%2Fcong-dan%2Fnop%2F9.999001');
    expect(start.statusCode).toBe(303);
    const standin = await visitor.get(start.headers.location as string);
    expect(standin.body).toContain('Trần Thị Hoa');
    const state = hidden(standin, 'state');
    const confirmed = await visitor.post('/cong-dan/vneid-gia-lap', {
      state,
      _pre: hidden(standin, '_pre'),
      pick: '1',
    });
    expect(confirmed.statusCode).toBe(303);
    const callback = confirmed.headers.location as string;
    expect(callback).toMatch(/^\/cong-dan\/dang-nhap\/vneid\/xong\?code=.+&state=/);
    const stateCookie = visitor.cookies.get('mc_vneid_state')!;
    const signedIn = await visitor.get(callback);
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe('/cong-dan/nop/9.999001');
    const startPage = await visitor.get('/cong-dan/nop/9.999001');
    expect(startPage.body).toContain('Đã đăng nhập: Trần Thị Hoa');
    const draft = await visitor.post('/cong-dan/nop/9.999001', {
      _csrf: hidden(startPage, '_csrf'),
    });
    const applicant = await visitor.get(draft.headers.location as string);
    expect(applicant.body).toContain('value="033190004567"');
    expect(applicant.body).toContain('Theo tài khoản VNeID');

    // The same callback again, even with its state cookie back: the code was used.
    const replay = new Visitor(t, '10.3.0.3');
    replay.cookies.set('mc_vneid_state', stateCookie);
    const replayed = await replay.get(callback);
    expect(replayed.statusCode).toBe(401);
    expect(replayed.body).toContain('đã được sử dụng');
    expect(replay.cookies.has('mc_citizen')).toBe(false);

    // A code whose identity was altered fails its signature.
    const other = new Visitor(t, '10.3.0.4');
    const s2 = await other.get(
      (await other.get('/cong-dan/dang-nhap/vneid')).headers.location as string,
    );
    const c2 = await other.post('/cong-dan/vneid-gia-lap', {
      state: hidden(s2, 'state'),
      _pre: hidden(s2, '_pre'),
      pick: 'other',
      fullName: 'Đỗ Văn Nam',
      idNumber: '033099008888',
      level: '1',
    });
    const url = new URL(c2.headers.location as string, 'http://x');
    const [body, signature] = url.searchParams.get('code')!.split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString());
    const tampered = `${Buffer.from(JSON.stringify({ ...claims, idn: '033099000001' })).toString('base64url')}.${signature}`;
    const forged = await other.get(
      `/cong-dan/dang-nhap/vneid/xong?code=${encodeURIComponent(tampered)}&state=${url.searchParams.get('state')}`,
    );
    expect(forged.statusCode).toBe(401);
    expect(forged.body).toContain('sai chữ ký');

    // Stale: the code lives 2 minutes.
    const slow = new Visitor(t, '10.3.0.5');
    const s3 = await slow.get(
      (await slow.get('/cong-dan/dang-nhap/vneid')).headers.location as string,
    );
    const c3 = await slow.post('/cong-dan/vneid-gia-lap', {
      state: hidden(s3, 'state'),
      _pre: hidden(s3, '_pre'),
      pick: '0',
    });
    t.clock.advance(3 * 60_000);
    const stale = await slow.get(c3.headers.location as string);
    expect(stale.statusCode).toBe(401);
    expect(stale.body).toContain('hết hạn');

    // A code carried to another browser (no matching state cookie) is refused.
    const thief = new Visitor(t, '10.3.0.6');
    const s4 = await slow.get(
      (await slow.get('/cong-dan/dang-nhap/vneid')).headers.location as string,
    );
    const c4 = await slow.post('/cong-dan/vneid-gia-lap', {
      state: hidden(s4, 'state'),
      _pre: hidden(s4, '_pre'),
      pick: '2',
    });
    const stolen = await thief.get(c4.headers.location as string);
    expect(stolen.statusCode).toBe(401);
    expect(stolen.body).toContain('không khớp');
    expect((await slow.get(c4.headers.location as string)).statusCode).toBe(303);
  });
});

describe('outside demo mode', () => {
  it('offers no VNeID stand-in: anyone could claim any identity with it', async () => {
    const production = await createTestApp({ demoMode: false });
    try {
      const visitor = new Visitor(production, '10.3.1.1');
      const form = await visitor.get('/cong-dan/dang-nhap');
      expect(form.body).not.toContain('Đăng nhập bằng VNeID');
      expect(form.body).not.toContain('/hop-thu-demo');
      expect((await visitor.get('/cong-dan/vneid-gia-lap?state=x')).statusCode).toBe(404);
      const start = await visitor.get('/cong-dan/dang-nhap/vneid');
      expect(start.statusCode).toBe(503);
      expect(start.body).toContain('chưa được kết nối');
      // Even a code the stand-in signed in this process is refused.
      const provider = production.ctx.adapters.identity as StandinIdentityProvider;
      const code = provider.issueCode(provider.demoIdentities[0]!, production.clock.now());
      const callback = await visitor.get(
        `/cong-dan/dang-nhap/vneid/xong?code=${encodeURIComponent(code)}&state=x`,
      );
      expect(callback.statusCode).not.toBe(303);
      expect(visitor.cookies.has('mc_citizen')).toBe(false);
    } finally {
      await production.close();
    }
  });
});

describe('the wizard without JavaScript', () => {
  it('applicant → documents → delivery → review → submit, with the reasons when a step is refused', async () => {
    t.clock.set('2026-03-03T09:00:00+07:00');
    const visitor = new Visitor(t, '10.3.0.7');
    const { codePage, code } = await signIn(visitor, '0933444555', '/cong-dan/nop/9.999001');
    await visitor.post('/cong-dan/dang-nhap/ma', {
      _pre: hidden(codePage, '_pre'),
      r: hidden(codePage, 'r'),
      next: '/cong-dan/nop/9.999001',
      code,
    });

    const procedure = await visitor.get('/thu-tuc/9.999001');
    expect(procedure.body).toContain('href="/cong-dan/nop/9.999001"');
    expect((await visitor.get('/thu-tuc/2.000815')).body).not.toContain('/cong-dan/nop/');

    const start = await visitor.get('/cong-dan/nop/9.999001');
    expect(start.body).toContain('40.000 đồng');
    const csrf = hidden(start, '_csrf');
    expect((await visitor.post('/cong-dan/nop/9.999001', {})).statusCode).toBe(403);
    const created = await visitor.post('/cong-dan/nop/9.999001', { _csrf: csrf });
    const base = (created.headers.location as string).replace(/\/nguoi-nop$/, '');

    const incomplete = await visitor.post(`${base}/nguoi-nop`, {
      _csrf: csrf,
      action: 'next',
      kind: 'person',
      fullName: 'Vũ Thị Mai',
      idNumber: '12',
      phone: '0933444555',
      email: '',
      address: '',
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.body).toContain('aria-invalid="true"');
    expect(incomplete.body).toContain('value="Vũ Thị Mai"');
    const applicant = await visitor.post(`${base}/nguoi-nop`, {
      _csrf: csrf,
      action: 'next',
      kind: 'person',
      fullName: 'Vũ Thị Mai',
      idNumber: '033187001122',
      phone: '0933444555',
      email: '',
      address: 'Phường Phố Hiến, Hưng Yên',
      caseName: '',
    });
    expect(applicant.headers.location).toBe(`${base}/giay-to`);

    const documents = await visitor.get(`${base}/giay-to`);
    expect(documents.body).toContain('Tờ khai đề nghị cấp giấy xác nhận (Mẫu TN-01)');
    expect(documents.body).toContain('enctype="multipart/form-data"');
    const exe = await visitor.send(
      'POST',
      `${base}/giay-to/tai-len`,
      multipart(
        { _csrf: csrf, requirementNo: '1' },
        { name: 'to-khai.pdf', bytes: makeWindowsExe() },
      ),
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.body).toContain('tệp chương trình Windows');
    const noCsrf = await visitor.send(
      'POST',
      `${base}/giay-to/tai-len`,
      multipart({ requirementNo: '1' }, { name: 'to-khai.pdf', bytes: pdf }),
    );
    expect(noCsrf.statusCode).toBe(403);
    const uploaded = await visitor.send(
      'POST',
      `${base}/giay-to/tai-len`,
      multipart({ _csrf: csrf, requirementNo: '1' }, { name: 'to-khai.pdf', bytes: pdf }),
    );
    expect(uploaded.statusCode).toBe(303);
    expect((await visitor.get(`${base}/giay-to`)).body).toContain('to-khai.pdf');
    expect(
      (await visitor.post(`${base}/giay-to`, { _csrf: csrf, action: 'next' })).headers.location,
    ).toBe(`${base}/nhan-ket-qua`);

    const noAddress = await visitor.post(`${base}/nhan-ket-qua`, {
      _csrf: csrf,
      action: 'next',
      deliveryMethod: 'postal',
      deliveryAddress: '',
    });
    expect(noAddress.statusCode).toBe(400);
    expect(noAddress.body).toContain('Nhập địa chỉ nhận kết quả qua bưu chính.');
    await visitor.post(`${base}/nhan-ket-qua`, {
      _csrf: csrf,
      action: 'next',
      deliveryMethod: 'electronic',
      deliveryAddress: '',
    });

    const review = await visitor.get(`${base}/xem-lai`);
    expect(review.body).toContain('Bản sao giấy tờ tùy thân');
    expect(review.body).toContain('cơ quan có thể yêu cầu bổ sung');
    const noPledge = await visitor.post(`${base}/nop`, { _csrf: csrf });
    expect(noPledge.statusCode).toBe(400);
    const submitted = await visitor.post(`${base}/nop`, { _csrf: csrf, pledge: '1' });
    expect(submitted.statusCode).toBe(303);
    const dossierUrl = submitted.headers.location as string;
    expect(dossierUrl).toMatch(/^\/cong-dan\/ho-so\/000\.00\.03\.H31-260303-\d{4}\?da-nop=1$/);
    const done = await visitor.get(dossierUrl);
    expect(done.body).toContain('Mã hồ sơ của bạn');
    expect(done.body).toContain('trong 8 giờ làm việc');
    expect(done.body).toMatch(/trước \d{2}:\d{2} ngày \d{2}\/\d{2}\/2026/);
    // Submitting again (a second click) lands on the same dossier.
    expect((await visitor.post(`${base}/nop`, { _csrf: csrf, pledge: '1' })).headers.location).toBe(
      dossierUrl,
    );
    expect((await visitor.get(`${base}/xem-lai`)).headers.location).toBe('/cong-dan/ho-so');

    const stranger = new Visitor(t, '10.3.0.8');
    const s = await signIn(stranger, '0944555666');
    await stranger.post('/cong-dan/dang-nhap/ma', {
      _pre: hidden(s.codePage, '_pre'),
      r: hidden(s.codePage, 'r'),
      next: s.next,
      code: s.code,
    });
    expect((await stranger.get(dossierUrl.split('?')[0]!)).statusCode).toBe(404);
    expect((await stranger.get(`${base}/nguoi-nop`)).statusCode).toBe(404);
    for (const html of [start, documents, review, done])
      expect(Buffer.byteLength(html.body)).toBeLessThan(300 * 1024);
  });

  it('shows a supplement request first in “Hồ sơ của tôi”; the citizen uploads and sends it from the page', async () => {
    const visitor = new Visitor(t, '10.3.0.9');
    const s = await signIn(visitor, '0955666777');
    await visitor.post('/cong-dan/dang-nhap/ma', {
      _pre: hidden(s.codePage, '_pre'),
      r: hidden(s.codePage, 'r'),
      next: s.next,
      code: s.code,
    });
    const start = await visitor.get('/cong-dan/nop/9.999001');
    const csrf = hidden(start, '_csrf');
    const base = (
      (await visitor.post('/cong-dan/nop/9.999001', { _csrf: csrf })).headers.location as string
    ).replace(/\/nguoi-nop$/, '');
    await visitor.post(`${base}/nguoi-nop`, {
      _csrf: csrf,
      action: 'next',
      kind: 'person',
      fullName: 'Lê Văn Sơn',
      idNumber: '033088004455',
      phone: '0955666777',
      email: '',
      address: 'Hưng Yên',
    });
    await visitor.send(
      'POST',
      `${base}/giay-to/tai-len`,
      multipart({ _csrf: csrf, requirementNo: '1' }, { name: 'to-khai.pdf', bytes: pdf }),
    );
    await visitor.post(`${base}/nhan-ket-qua`, {
      _csrf: csrf,
      action: 'next',
      deliveryMethod: 'in_person',
    });
    const code = decodeURIComponent(
      ((await visitor.post(`${base}/nop`, { _csrf: csrf, pledge: '1' })).headers.location as string)
        .split('/')
        .pop()!
        .split('?')[0]!,
    );

    const officer = await login(t.app, 'tiepnhan');
    await must(t, officer, code, {
      type: 'request_supplement',
      reasons: [{ code: 'missing_document' }],
      documents: ['Bản sao giấy tờ tùy thân (hai mặt)'],
    });
    const mine = await visitor.get('/cong-dan/ho-so');
    expect(mine.body.indexOf('Cần bạn bổ sung')).toBeGreaterThan(0);
    expect(mine.body).toContain(`href="/cong-dan/ho-so/${code}/bo-sung"`);
    const page = await visitor.get(`/cong-dan/ho-so/${code}/bo-sung`);
    expect(page.body).toContain('Thiếu thành phần hồ sơ');
    expect(page.body).toContain('Bản sao giấy tờ tùy thân (hai mặt)');
    const empty = await visitor.post(`/cong-dan/ho-so/${code}/bo-sung`, { _csrf: csrf });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Đính kèm giấy tờ bổ sung trước khi gửi.');
    const up = await visitor.send(
      'POST',
      `/cong-dan/ho-so/${code}/bo-sung/tai-len`,
      multipart({ _csrf: csrf, document: '0' }, { name: 'cccd-2-mat.pdf', bytes: pdf }),
    );
    expect(up.statusCode).toBe(303);
    expect((await visitor.get(`/cong-dan/ho-so/${code}/bo-sung`)).body).toContain('cccd-2-mat.pdf');
    const sent = await visitor.post(`/cong-dan/ho-so/${code}/bo-sung`, { _csrf: csrf });
    expect(sent.headers.location).toBe(`/cong-dan/ho-so/${code}?da-bo-sung=1`);
    const after = await visitor.get(sent.headers.location as string);
    expect(after.body).toContain('Đã gửi giấy tờ bổ sung.');
    expect(after.body).toContain('Bổ sung lần 1');
    // No open request any more: the supplement page leads back to the dossier.
    expect((await visitor.get(`/cong-dan/ho-so/${code}/bo-sung`)).headers.location).toBe(
      `/cong-dan/ho-so/${code}`,
    );
  });
});
