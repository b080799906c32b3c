import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { centre, loadServices } from './queue-helpers.ts';

/**
 * The server-rendered queue pages as a browser without JavaScript uses them: plain forms posted
 * urlencoded, redirects after each write, Vietnamese messages on refusal.
 */
let t: TestApp;
let services: Map<string, string>;

beforeAll(async () => {
  t = await createTestApp({ start: '2026-03-02T08:00:00+07:00' });
  services = await loadServices(t.app);
});
afterAll(() => t?.close());

function post(url: string, form: Record<string, string>, ip = '198.51.100.1') {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    payload: new URLSearchParams(form).toString(),
  });
}

describe('kiosk and ticket pages', () => {
  it('lists the units with a ticket machine, then shows one button per service and the priority choice', async () => {
    const index = await t.app.inject({ url: '/quay/lay-so' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('Trung tâm Phục vụ hành chính công tỉnh Hưng Yên');
    expect(index.body).toContain('/quay/lay-so?unit=H31.11953.TT');
    const kiosk = await t.app.inject({ url: `/quay/lay-so?unit=${centre}` });
    expect(kiosk.statusCode).toBe(200);
    expect(kiosk.headers['cache-control']).toBe('no-store');
    expect(kiosk.body).toContain(`name="service" value="${services.get('A')}"`);
    expect(kiosk.body).toContain('Tư pháp – Hộ tịch, Chứng thực');
    for (const label of ['Người cao tuổi', 'Phụ nữ có thai', 'Người khuyết tật'])
      expect(kiosk.body).toContain(label);
    expect((await t.app.inject({ url: '/quay/lay-so?unit=000.00.03.H31' })).statusCode).toBe(404);
  });

  it('issues a priority ticket from the form and prints it with people ahead and the expected wait', async () => {
    await post('/quay/lay-so', { unit: centre, service: services.get('A')!, priority: 'none' });
    const issued = await post('/quay/lay-so', {
      unit: centre,
      service: services.get('A')!,
      priority: 'elderly',
    });
    expect(issued.statusCode).toBe(303);
    expect(issued.headers.location).toMatch(/^\/quay\/so\/[0-9a-f-]{36}$/);
    const ticket = await t.app.inject({ url: issued.headers.location as string });
    expect(ticket.statusCode).toBe(200);
    expect(ticket.body).toContain('A002');
    expect(ticket.body).toContain('Người cao tuổi');
    // Same instant as A001: the priority head start puts it first.
    expect(ticket.body).toMatch(/data-testid="ticket-ahead">0</);
    expect(ticket.body).toContain('Sắp đến lượt');
    expect((await t.app.inject({ url: '/quay/so/khong-co' })).statusCode).toBe(404);
  });

  it('refuses a form without a service in Vietnamese, keeping the kiosk', async () => {
    const refused = await post('/quay/lay-so', { unit: centre, priority: 'none' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Chọn dịch vụ cần giải quyết.');
    expect(refused.body).toContain('name="service"');
    const badCode = await post('/quay/lay-so/hen', { unit: centre, code: 'ABCDEFGH' });
    expect(badCode.statusCode).toBe(404);
    expect(badCode.body).toContain('Không tìm thấy lịch hẹn');
  });
});

describe('booking pages', () => {
  it('shows the rules, the days and slots, books, confirms, checks in at the kiosk and cancels', async () => {
    const first = await t.app.inject({ url: '/dat-lich' });
    expect(first.body).toContain('tối đa 2 lượt trong một ngày');
    expect(first.body).toContain('tối đa 6 ngày');
    const slots = await t.app.inject({
      url: `/dat-lich?unit=${centre}&service=${services.get('A')}&date=2026-03-02`,
    });
    expect(slots.statusCode).toBe(200);
    expect(slots.body).toContain('value="2026-03-02T08:30:00+07:00"');
    expect(slots.body).not.toContain('value="2026-03-02T07:30:00+07:00"'); // already past
    expect(slots.body).toContain('còn 4 chỗ');
    const saturday = await t.app.inject({
      url: `/dat-lich?unit=${centre}&service=${services.get('A')}&date=2026-03-07`,
    });
    expect(saturday.body).toContain('Ngày nghỉ – không nhận lịch hẹn.');
    const form = {
      unit: centre,
      service: services.get('A')!,
      date: '2026-03-02',
      slotStart: '2026-03-02T08:30:00+07:00',
      fullName: 'Vũ Văn Hải',
      idNumber: '033088001122',
      phone: '0987123456',
    };
    const booked = await post('/dat-lich', form);
    expect(booked.statusCode, booked.body.slice(0, 300)).toBe(303);
    const done = await t.app.inject({ url: booked.headers.location as string });
    const code = /data-testid="booking-code">([A-Z0-9]{8})</.exec(done.body)?.[1];
    expect(code).toBeDefined();
    expect(done.body).toContain('08:30–09:00');
    expect(done.body).not.toContain('Vũ Văn Hải'); // the confirmation page shows nothing personal
    await post('/dat-lich', { ...form, slotStart: '2026-03-02T09:00:00+07:00' });
    const third = await post('/dat-lich', { ...form, slotStart: '2026-03-02T09:30:00+07:00' });
    expect(third.statusCode).toBe(422);
    expect(third.body).toContain('Mỗi người được đặt tối đa 2 lượt trong một ngày.');
    expect(third.body).toContain('value="Vũ Văn Hải"'); // the form keeps what was typed
    t.clock.set('2026-03-02T08:35:00+07:00');
    const checkIn = await post('/quay/lay-so/hen', { unit: centre, code: code!.toLowerCase() });
    expect(checkIn.statusCode).toBe(303);
    expect(checkIn.headers.location).toContain('hen=dung-gio');
    const ticket = await t.app.inject({ url: checkIn.headers.location as string });
    expect(ticket.body).toContain('số được xếp theo giờ hẹn');
    const cancelPage = await t.app.inject({ url: '/dat-lich/huy' });
    expect(cancelPage.statusCode).toBe(200);
    const used = await post('/dat-lich/huy', { code: code!, idNumber: '033088001122' });
    expect(used.statusCode).toBe(422);
    expect(used.body).toContain('đã được sử dụng hoặc đã hủy');
  });
});

describe('display board page', () => {
  it('renders the board with its one script allowed by hash and the event stream by origin', async () => {
    const board = await t.app.inject({ url: `/quay/man-hinh?unit=${centre}` });
    expect(board.statusCode).toBe(200);
    const csp = board.headers['content-security-policy'] as string;
    const script = /<script>([\s\S]*)<\/script>/.exec(board.body)?.[1] ?? '';
    expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(csp).toContain("connect-src 'self'");
    expect(board.body).toContain('<noscript><meta http-equiv="refresh" content="15"></noscript>');
    expect(board.body).toContain('Quầy ưu tiên');
    expect(script).toContain("u.lang = 'vi-VN'");
    expect((await t.app.inject({ url: '/quay/man-hinh?unit=KHONG' })).statusCode).toBe(404);
  });
});
