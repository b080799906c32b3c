import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The public portal (DESIGN §2.3, issue #3 point 6): server-rendered pages on the demo catalogue,
 * read as a browser without JavaScript would, through the real server.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const html = { accept: 'text/html' };
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers: { ...html, ...headers } });

/** Procedure codes of the result lists, in order. */
function resultCodes(body: string): string[] {
  const lists = [...body.matchAll(/<ol class="results"[^>]*>([\s\S]*?)<\/ol>/g)].map((m) => m[1]!);
  return lists.flatMap((list) =>
    [...list.matchAll(/href="\/thu-tuc\/([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!)),
  );
}

/** The number of procedures the page says it found. */
function foundCount(body: string): number {
  const match = /<p role="status">(?:Tìm thấy|Có) (\d+) thủ tục/.exec(body);
  if (!match) throw new Error('no result count on the page');
  return Number(match[1]);
}

const count = (body: string, pattern: RegExp) => body.match(pattern)?.length ?? 0;

describe('every portal page', () => {
  const pages = [
    '/',
    '/thu-tuc',
    '/thu-tuc?q=khai+sinh',
    '/thu-tuc/1.001193',
    '/thu-tuc/9.999001',
    '/co-quan',
    '/co-quan?q=ph%E1%BB%91+hi%E1%BA%BFn',
    '/co-quan/000.00.31.H31',
    '/co-quan/000.00.03.H31',
    '/thu-tuc-khong-phu-thuoc-dia-gioi',
  ];
  it.each(pages)(
    '%s answers HTML with one h1, landmarks, a skip link and the portal CSP',
    async (url) => {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['content-security-policy']).toBe(
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      );
      expect(response.headers['cache-control']).toMatch(/^public, max-age=\d+/);
      const body = response.body;
      expect(body).toMatch(/^<!doctype html>\s*<html lang="vi">/);
      expect(count(body, /<h1[\s>]/g)).toBe(1);
      for (const landmark of ['<header', '<nav', '<main id="main"', '<footer'])
        expect(body).toContain(landmark);
      expect(body).toContain('<a class="skip" href="#main">');
      expect(body).not.toContain('<script');
      // Every input and select has a label.
      for (const id of body.matchAll(/<(?:input|select)[^>]* id="([^"]+)"/g))
        expect(body).toContain(`<label for="${id[1]}">`);
      // Headings never skip a level on the way down (h1 → h2 → h3).
      const levels = [...body.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `heading ${i} of ${url}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      });
      // Typical content stays well under 100 KB of HTML.
      expect(Buffer.byteLength(body)).toBeLessThan(100_000);
    },
  );
});

describe('home', () => {
  it('has the search form, the most used procedures, fields with counts and the staff link', async () => {
    const body = (await get('/')).body;
    expect(body).toContain('<form class="card" role="search" method="get" action="/thu-tuc">');
    expect(body).toContain('<label for="q">Tìm thủ tục hành chính</label>');
    expect(body).toContain('placeholder="Ví dụ: đăng ký khai sinh"');
    expect(resultCodes(body)).toHaveLength(10);
    expect(body).toMatch(
      /href="\/thu-tuc\?field=H%E1%BB%99\+t%E1%BB%8Bch">Hộ tịch<\/span>|Hộ tịch<\/span> \(\d+ thủ tục\)/,
    );
    expect(body).toContain('href="/co-quan"');
    expect(body).toContain('href="/thu-tuc-khong-phu-thuoc-dia-gioi"');
    expect(body).toContain('<a href="/app/login">Cán bộ đăng nhập</a>');
  });
});

describe('search', () => {
  it.each([
    'dang ky khai sinh',
    'khai sinh',
    'dang ki kai sinh',
    'ĐĂNG KÝ KHAI SINH',
    'Đăng ký khai sinh',
  ])('lists the birth registration (1.001193) first for %j', async (q) => {
    const response = await get(`/thu-tuc?q=${encodeURIComponent(q)}`);
    expect(response.statusCode).toBe(200);
    const codes = resultCodes(response.body);
    expect(codes[0]).toBe('1.001193');
    expect(response.body).toContain('Thủ tục đăng ký khai sinh');
  });

  it('browses the whole catalogue without a query, 20 a page, with accessible pagination', async () => {
    const first = (await get('/thu-tuc')).body;
    const total = foundCount(first);
    expect(total).toBeGreaterThan(20);
    expect(resultCodes(first)).toHaveLength(20);
    expect(first).toContain('<nav class="pages" aria-label="Phân trang">');
    expect(first).toContain('<a href="/thu-tuc" aria-label="Trang 1" aria-current="page">1</a>');
    expect(first).toContain('<a href="/thu-tuc?page=2" rel="next">Trang sau</a>');
    const second = (await get('/thu-tuc?page=2')).body;
    expect(second).toContain('aria-label="Trang 2" aria-current="page">2</a>');
    expect(second).toContain('<ol class="results" start="21">');
    const secondCodes = resultCodes(second);
    expect(secondCodes.length).toBeGreaterThan(0);
    expect(secondCodes.filter((c) => resultCodes(first).includes(c))).toEqual([]);
    // Filters are kept in the page links.
    const filtered = (await get('/thu-tuc?level=commune')).body;
    if (foundCount(filtered) > 20)
      expect(filtered).toContain('href="/thu-tuc?level=commune&amp;page=2"');
  });

  it('narrows by field, level, channel and agency', async () => {
    const all = foundCount((await get('/thu-tuc')).body);
    const byField = (await get('/thu-tuc?field=H%E1%BB%99+t%E1%BB%8Bch')).body;
    expect(foundCount(byField)).toBeGreaterThan(0);
    expect(foundCount(byField)).toBeLessThan(all);
    expect(resultCodes(byField)).not.toContain('1.013225');
    expect(
      resultCodes((await get('/thu-tuc?q=khai+sinh&field=H%E1%BB%99+t%E1%BB%8Bch')).body)[0],
    ).toBe('1.001193');

    const byLevel = (await get('/thu-tuc?level=province&q=giay+phep+xay+dung')).body;
    expect(foundCount(byLevel)).toBeLessThan(
      foundCount((await get('/thu-tuc?q=giay+phep+xay+dung')).body),
    );
    expect(resultCodes(byLevel)).toContain('1.013231');
    expect(resultCodes(byLevel)).not.toContain('1.013225');
    expect(resultCodes((await get('/thu-tuc?level=province&q=khai+sinh')).body)).not.toContain(
      '1.001193',
    );

    // 2.000815 (certified copies) is offered in person only.
    const online = (await get('/thu-tuc?channel=online&q=chung+thuc+ban+sao')).body;
    expect(resultCodes(online)).not.toContain('2.000815');
    expect(
      resultCodes((await get('/thu-tuc?channel=in_person&q=chung+thuc+ban+sao')).body),
    ).toContain('2.000815');

    const byAgency = (await get('/thu-tuc?agency=000.00.07.H31')).body;
    expect(foundCount(byAgency)).toBeGreaterThan(0);
    expect(foundCount(byAgency)).toBeLessThan(all);
    expect(resultCodes(byAgency)).not.toContain('1.001193');
    expect(byAgency).toContain('<option value="000.00.07.H31" selected>');
    const byCommune = (await get('/thu-tuc?agency=H31.11953&q=khai+sinh')).body;
    expect(resultCodes(byCommune)[0]).toBe('1.001193');

    const combined = await get('/thu-tuc?q=khai+sinh&level=commune&channel=postal');
    expect(resultCodes(combined.body)[0]).toBe('1.001193');
    // The chosen filters stay selected.
    expect(combined.body).toContain('<option value="commune" selected>');
    expect(combined.body).toContain('<option value="postal" selected>');
  });

  it('shows the first page rather than an empty list past the last page', async () => {
    const body = (await get('/thu-tuc?q=khai+sinh&page=50')).body;
    expect(resultCodes(body)[0]).toBe('1.001193');
  });

  it('says clearly when nothing matches, with suggestions', async () => {
    const response = await get('/thu-tuc?q=zzzzqqqq&field=H%E1%BB%99+t%E1%BB%8Bch');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Không tìm thấy thủ tục phù hợp');
    expect(response.body).toContain('Không có thủ tục nào khớp với “zzzzqqqq”');
    expect(response.body).toContain('href="/thu-tuc?q=zzzzqqqq">bỏ các bộ lọc</a>');
  });

  it('renders hostile input escaped and never fails', async () => {
    for (const q of ['<script>alert(1)</script>', "' OR 1=1 --", '%', '_', '\\', '"><img src=x>']) {
      const response = await get(`/thu-tuc?q=${encodeURIComponent(q)}`);
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain('<script>alert');
      expect(response.body).not.toContain('<img src=x>');
    }
    // NUL and other control characters, which PostgreSQL refuses in text, anywhere.
    for (const url of [
      '/thu-tuc?q=%00',
      '/thu-tuc?q=a%00b&field=%00',
      '/thu-tuc?agency=%00',
      '/co-quan?q=%00',
      '/thu-tuc/%00',
      '/co-quan/%00',
    ]) {
      expect((await get(url)).statusCode, url).toBeLessThan(500);
    }
    const script = await get('/thu-tuc?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(script.body).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    const sql = await get(`/thu-tuc?q=${encodeURIComponent("' OR 1=1 --")}`);
    expect(sql.body).toContain('value="&#39; OR 1=1 --"');
    expect(sql.body).toContain('Tìm thấy');
  });

  it('refuses bad filter values with a Vietnamese message, never a 500', async () => {
    for (const query of [
      'level=planet',
      'channel=fax',
      'page=abc',
      'page=-1',
      'page=99999999999',
      'agency=%3Cscript%3E',
      `q=${'a'.repeat(201)}`,
      'q=a&q=b',
    ]) {
      const response = await get(`/thu-tuc?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('Một số giá trị tìm kiếm không hợp lệ và đã được bỏ qua');
      expect(response.body).not.toContain('<script>');
      expect(count(response.body, /<h1[\s>]/g)).toBe(1);
    }
  });
});

describe('procedure page', () => {
  it('shows every published field of 1.001193: summary, steps, documents by case, legal bases', async () => {
    const response = await get('/thu-tuc/1.001193');
    expect(response.statusCode).toBe(200);
    const body = response.body;
    expect(body).toContain('<h1>Thủ tục đăng ký khai sinh</h1>');
    expect(body).toContain('Mã thủ tục: <strong>1.001193</strong>');
    expect(body).toContain('Cần chuẩn bị gì');
    expect(body).toContain('Nộp ở đâu');
    expect(body).toContain('Bao lâu');
    expect(body).toContain('Lệ phí bao nhiêu');
    // Documents grouped by case, with originals and copies.
    expect(body).toContain('<h3>Giấy tờ phải nộp</h3>');
    expect(body).toContain('<h3>Giấy tờ phải xuất trình</h3>');
    expect(body).toContain('Giấy chứng sinh; trường hợp không có Giấy chứng sinh');
    expect(body).toContain('Bản chính: 1 · Bản sao: 0');
    // Legal bases in a table with a caption and header cells.
    expect(body).toContain('<caption>Văn bản quy phạm pháp luật làm căn cứ</caption>');
    expect(body).toContain('<th scope="row">123/2015/NĐ-CP</th>');
    expect(body).toContain('<td>15/11/2015</td>');
    expect(body).toContain('Bộ Tư pháp');
    // Steps keep their line breaks (pre-line), results with their type code, flags, publication.
    expect(body).toContain('<div class="pre">- Nếu lựa chọn hình thức nộp hồ sơ trực tiếp');
    expect(body).toContain('KQ.G15.000031');
    expect(body).toContain('Công dân Việt Nam');
    expect(body).toContain('<dt>Không phụ thuộc địa giới hành chính</dt><dd>Có</dd>');
    expect(body).toContain('<dt>Thủ tục liên thông</dt><dd>Không</dd>');
    expect(body).toContain(
      'Số 163/QĐ-BTP, ngày 25/06/2025, người ký: Chủ tịch UBND tỉnh (minh họa)',
    );
    expect(body).toContain('<dt>Hiệu lực từ</dt><dd>01/07/2025</dd>');
    expect(body).toMatch(/Danh sách 104 cơ quan thực hiện/);
    expect(body).toContain('<th scope="row">Trực tuyến</th><td>Trong ngày</td>');
  });

  it('shows the fees and each channel’s deadline of 9.999001, and its forms download', async () => {
    const body = (await get('/thu-tuc/9.999001')).body;
    expect(body).toContain('Lệ phí: 50.000 đồng/hồ sơ');
    expect(body).toContain('Lệ phí: 40.000 đồng/hồ sơ');
    expect(body).toContain('<th scope="row">Trực tiếp</th><td>3 ngày làm việc</td>');
    expect(body).toContain(
      '<th scope="row">Dịch vụ bưu chính công ích</th><td>5 ngày làm việc</td>',
    );
    expect(body).toContain('<span class="badge">Trực tuyến toàn trình</span>');
    expect(body).toContain('<h3>Trường hợp ủy quyền</h3>');
    expect(body).toContain('<h3>Giấy tờ chung</h3>');
    const link = /<a href="([^"]+)" download>Tải về Mẫu TN-01\.docx<\/a>/.exec(body);
    expect(link).not.toBeNull();
    const href = link![1]!.replace(/&amp;/g, '&');
    const file = await t.app.inject({ method: 'GET', url: href });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.body).toContain('Mẫu TN-01.docx');
  });

  it('answers 404 in Vietnamese for an unknown or malformed code', async () => {
    for (const url of ['/thu-tuc/1.999999', '/thu-tuc/abc', '/thu-tuc/%3Cscript%3E']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('<html lang="vi">');
      expect(response.body).toContain('<h1>Không tìm thấy trang</h1>');
      expect(response.body).not.toContain('<script>');
    }
    expect((await get('/thu-tuc/1.999999')).body).toContain(
      'Không có thủ tục đang hiệu lực mã 1.999999',
    );
  });
});

describe('other addresses', () => {
  it('sends /thu-tuc/ and /co-quan/ to the lists and answers unknown pages with the Vietnamese error page', async () => {
    expect((await get('/thu-tuc/')).headers.location).toBe('/thu-tuc');
    expect((await get('/co-quan/')).headers.location).toBe('/co-quan');
    const missing = await get('/khong-co-trang-nay');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missing.body).toContain('<h1>Không tìm thấy trang</h1>');
    expect(count(missing.body, /<h1[\s>]/g)).toBe(1);
    // The API keeps answering JSON.
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/procedures?q=khai+sinh' });
    expect(api.json().items[0].code).toBe('1.001193');
  });
});

describe('agency directory', () => {
  it('lists the provincial centre first with its published contacts, then departments and 104 communes', async () => {
    const body = (await get('/co-quan')).body;
    const centre = body.indexOf('Trung tâm Phục vụ hành chính công tỉnh Hưng Yên');
    const department = body.indexOf('Sở Tư pháp');
    const commune = body.indexOf('href="/co-quan/H31.11953"');
    expect(centre).toBeGreaterThan(0);
    expect(centre).toBeLessThan(department);
    expect(department).toBeLessThan(commune);
    // Decree 118/2025 Art. 9: names, titles and phone numbers of leaders.
    expect(body).toContain(
      '<th scope="row">Nguyễn Văn An (minh họa)</th><td>Giám đốc Trung tâm</td>',
    );
    expect(body).toContain('<a href="tel:02213000001">0221 3 000 001</a>');
    expect(body).toContain('Sáng 07:30–11:30, chiều 13:30–17:30, thứ Hai đến thứ Sáu');
    expect(count(body, /<h4><a href="\/co-quan\/H31\.\d+"/g)).toBe(104);
  });

  it('filters by name without diacritics', async () => {
    const body = (await get('/co-quan?q=pho+hien')).body;
    expect(body).toContain('Phường Phố Hiến');
    expect(count(body, /<h4><a href="\/co-quan\/H31\.\d+"/g)).toBe(1);
    expect(body).not.toContain('Sở Tư pháp</a>');
    const none = (await get('/co-quan?q=%3Cscript%3E')).body;
    expect(none).toContain('Không có cơ quan nào khớp với từ khóa.');
    expect(none).toContain('value="&lt;script&gt;"');
  });

  it('shows one agency with its procedures, and 404 for an unknown or internal unit', async () => {
    const body = (await get('/co-quan/000.00.07.H31')).body;
    expect(body).toContain('<h1>Sở Nông nghiệp và Môi trường</h1>');
    const search = (await get('/thu-tuc?agency=000.00.07.H31')).body;
    expect(body).toContain(`<p role="status">Có ${foundCount(search)} thủ tục`);
    expect(resultCodes(body).sort()).toEqual(resultCodes(search).sort());
    const centre = (await get('/co-quan/000.00.31.H31')).body;
    expect(centre).toContain('Quầy ưu tiên');
    expect(centre).toContain('Nguyễn Văn An (minh họa)');
    const commune = (await get('/co-quan/H31.11953')).body;
    expect(commune).toContain('Nơi tiếp nhận hồ sơ');
    expect(resultCodes(commune).length).toBeGreaterThan(0);
    expect((await get('/co-quan/NOPE.1')).statusCode).toBe(404);
    // A counter is not an agency of the directory.
    expect((await get('/co-quan/000.00.31.H31.Q1')).statusCode).toBe(404);
  });
});

describe('boundary-free list', () => {
  it('lists the boundary-free procedures by field and nothing else', async () => {
    const body = (await get('/thu-tuc-khong-phu-thuoc-dia-gioi')).body;
    const codes = resultCodes(body);
    expect(codes).toContain('1.001193');
    expect(codes).toContain('3.000333');
    expect(codes).not.toContain('1.013225');
    expect(codes.length).toBe(new Set(codes).size);
    expect(body).toContain(`<p role="status">${codes.length} thủ tục</p>`);
    expect(body).toMatch(/<h2 id="field-\d+">Hộ tịch \(\d+ thủ tục\)<\/h2>/);
  });
});

describe('English', () => {
  it('sets the language cookie, returns to the page and renders it in English', async () => {
    const response = await get('/ngon-ngu/en?next=%2Fthu-tuc%3Fq%3Dkhai%2Bsinh');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/thu-tuc?q=khai+sinh');
    const cookie = response.cookies.find((c) => c.name === 'mc_lang');
    expect(cookie).toMatchObject({ value: 'en', path: '/', httpOnly: true, sameSite: 'Lax' });
    const page = await get('/thu-tuc?q=khai+sinh', { cookie: 'mc_lang=en' });
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('<h1>Search administrative procedures</h1>');
    expect(page.body).toContain('Procedure content is published in Vietnamese.');
    expect(page.body).toContain('lang="vi">Thủ tục đăng ký khai sinh</a>');
    expect(resultCodes(page.body)[0]).toBe('1.001193');
    const home = await get('/', { cookie: 'mc_lang=en' });
    expect(home.body).toContain('<h1>Find an administrative procedure</h1>');
    expect(home.body).toContain('>Tiếng Việt</a>');
    const procedure = await get('/thu-tuc/9.999001', { cookie: 'mc_lang=en' });
    expect(procedure.body).toContain('Lệ phí: 50,000 VND/hồ sơ');
    expect(procedure.body).toContain('<th scope="row">In person</th><td>3 working days</td>');
    const back = await get('/ngon-ngu/vi?next=%2F', { cookie: 'mc_lang=en' });
    expect(back.cookies.find((c) => c.name === 'mc_lang')?.value).toBe('vi');
    expect((await get('/', { cookie: 'mc_lang=vi' })).body).toContain('<html lang="vi">');
  });

  it('never redirects to another site', async () => {
    for (const next of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/%0d%0aSet-Cookie:x=1',
      '',
    ]) {
      const response = await get(`/ngon-ngu/en?next=${encodeURIComponent(next)}`);
      expect(response.statusCode, next).toBe(303);
      expect(response.headers.location, next).toMatch(/^\/(?![/\\])/);
      expect(response.headers.location, next).not.toContain('evil');
    }
    expect((await get('/ngon-ngu/en')).headers.location).toBe('/');
    expect((await get('/ngon-ngu/fr?next=/')).statusCode).toBe(404);
    // An unknown cookie value falls back to Vietnamese.
    expect((await get('/', { cookie: 'mc_lang=xx' })).body).toContain('<html lang="vi">');
  });
});
