import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DossierState } from '../dossiers/state.ts';
import { maskEmail, maskPhone, nationalVnMobile, normaliseVnMobile } from './addresses.ts';
import { selectCitizenNotice } from './citizen-notices.ts';
import { citizenDedupeKey, mailDomain, messageIdFor } from './dedupe-keys.ts';
import { isPermanentHttpFailure, isPermanentSmtpFailure } from './failures.ts';
import { decideRetry, maxDeliveryAttempts, retryDelaysMs } from './retry-schedule.ts';
import { fitSms, isGsm7Safe, smsSegmentLength, toGsm7 } from './sms-text.ts';
import { type CitizenNotice, renderCitizenNotice } from './templates.ts';

const facts = {
  code: '000.00.10.H31-260302-0001',
  applicantName: 'Nguyễn Văn Bình',
  procedureName: 'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam',
  agencyName: 'Trung tâm Phục vụ hành chính công tỉnh',
  publicUrl: 'http://127.0.0.1:3000',
};
const collect = {
  method: 'in_person' as const,
  placeName: 'Trung tâm Phục vụ hành chính công tỉnh Hưng Yên',
  placeAddress: 'Số 1 đường Lê Lợi, phường Phố Hiến',
  placePhone: '0221 3555 555',
  openingHours: 'Sáng 7:30–11:30, chiều 13:30–17:00 từ thứ Hai đến thứ Sáu',
  postalAddress: null,
};

const vietnameseText = fc
  .array(
    fc.constantFrom(
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ ,.;:'.split(
        '',
      ),
    ),
    { minLength: 1, maxLength: 400 },
  )
  .map((chars) => chars.join(''));

function allNotices(text: string, items: string[]): CitizenNotice[] {
  return [
    { kind: 'received', dueAt: '2026-03-05T17:00:00+07:00' },
    { kind: 'submitted', reviewBy: '2026-03-03T09:00:00+07:00' },
    {
      kind: 'supplement_requested',
      reasons: items,
      documents: items,
      closeAt: '2026-03-17T09:00:00+07:00',
    },
    { kind: 'supplement_received', dueAt: '2026-03-10T17:00:00+07:00' },
    { kind: 'reception_refused', reasons: items },
    { kind: 'refused', reasons: items, collect },
    {
      kind: 'extended',
      reason: text,
      newDueAt: '2026-03-20T17:00:00+07:00',
      previousDueAt: '2026-03-05T17:00:00+07:00',
    },
    { kind: 'result_ready', collect },
    { kind: 'result_ready', collect: { ...collect, method: 'postal', postalAddress: text } },
    { kind: 'returned' },
    { kind: 'stopped', cause: 'withdrawn', reason: text },
    { kind: 'stopped', cause: 'closed_no_supplement', reason: null },
    { kind: 'status_changed', statusLabel: 'Đang xử lý' },
  ];
}

describe('citizen SMS', () => {
  it('folds Vietnamese to GSM-7-safe text', () => {
    expect(toGsm7('Nguyễn Văn Đông — hồ sơ “đã nhận”…')).toBe(
      'Nguyen Van Dong - ho so "da nhan"...',
    );
    expect(isGsm7Safe(toGsm7('Trả kết quả: ½ € [x]'))).toBe(true);
  });

  it('every notice fits one GSM-7 segment and keeps the code and the link, whatever the details', () => {
    fc.assert(
      fc.property(
        vietnameseText,
        fc.array(vietnameseText, { minLength: 1, maxLength: 8 }),
        (text, items) => {
          for (const notice of allNotices(text, items)) {
            const sms = renderCitizenNotice(facts, notice).sms;
            expect(sms.length, sms).toBeLessThanOrEqual(smsSegmentLength);
            expect(isGsm7Safe(sms), sms).toBe(true);
            expect(sms).toContain(facts.code);
            expect(sms).toMatch(
              /http:\/\/127\.0\.0\.1:3000\/(tra-cuu\?ma=|danh-gia\/)000\.00\.10\.H31-260302-0001/,
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('says the due instant in Vietnam time, and cuts a long detail at a word', () => {
    const received = renderCitizenNotice(facts, {
      kind: 'received',
      dueAt: '2026-03-05T10:00:00Z',
    });
    expect(received.sms).toBe(
      'Ho so 000.00.10.H31-260302-0001 da duoc tiep nhan. Hen tra ket qua: 17:00 05/03/2026. Tra cuu: http://127.0.0.1:3000/tra-cuu?ma=000.00.10.H31-260302-0001',
    );
    const sms = fitSms(
      'Ho so X can bo sung.',
      ['Can: ' + 'giấy khai sinh bản sao '.repeat(20)],
      'Chi tiet: http://a.vn/x',
    );
    expect(sms).toMatch(
      /^Ho so X can bo sung\. Can: giay khai sinh .*\.\.\. Chi tiet: http:\/\/a\.vn\/x$/,
    );
    expect(sms.length).toBeLessThanOrEqual(160);
  });
});

describe('citizen e-mail', () => {
  it('has a Vietnamese subject, the facts, the look-up link and escaped HTML', () => {
    const r = renderCitizenNotice(
      { ...facts, applicantName: 'Trần Thị <b>Hoa</b>' },
      {
        kind: 'supplement_requested',
        reasons: ['Thiếu thành phần hồ sơ'],
        documents: ['Bản sao giấy khai sinh', 'Tờ khai mẫu 03'],
        closeAt: '2026-03-17T09:00:00+07:00',
      },
    );
    expect(r.template).toBe('citizen.supplement_requested');
    expect(r.email.subject).toBe(
      '[Một Cửa] Hồ sơ 000.00.10.H31-260302-0001 cần bổ sung, hoàn thiện',
    );
    expect(r.email.text).toContain('Kính gửi Ông/Bà Trần Thị <b>Hoa</b>,');
    expect(r.email.text).toContain('  1. Bản sao giấy khai sinh\n  2. Tờ khai mẫu 03');
    expect(r.email.text).toContain('Hạn bổ sung: 09:00 ngày 17/03/2026');
    expect(r.email.text).toContain('http://127.0.0.1:3000/tra-cuu?ma=000.00.10.H31-260302-0001');
    expect(r.email.html).toContain('Trần Thị &lt;b&gt;Hoa&lt;/b&gt;');
    expect(r.email.html).not.toContain('<b>Hoa');
    expect(r.email.text).toBe(r.email.text.normalize('NFC'));
    const company = renderCitizenNotice(
      { ...facts, applicantName: 'Công ty TNHH Phố Hiến', applicantIsOrganisation: true },
      { kind: 'returned' },
    );
    expect(company.email.text.startsWith('Kính gửi Công ty TNHH Phố Hiến,\n')).toBe(true);
  });

  it('tells where to collect the result, and links the rating page on return', () => {
    const ready = renderCitizenNotice(facts, { kind: 'result_ready', collect });
    expect(ready.email.text).toContain(
      'Mời Ông/Bà đến nhận kết quả tại Trung tâm Phục vụ hành chính công tỉnh Hưng Yên, Số 1 đường Lê Lợi',
    );
    const returned = renderCitizenNotice(facts, { kind: 'returned' });
    expect(returned.email.text).toContain(
      'http://127.0.0.1:3000/danh-gia/000.00.10.H31-260302-0001',
    );
    expect(returned.sms).toContain('Danh gia: http://127.0.0.1:3000/danh-gia/');
  });
});

describe('retry schedule', () => {
  const now = new Date('2026-03-02T02:00:00Z');
  it('waits 30 s, 2 min, 10 min, 1 h, 6 h with ±20 % jitter, then fails', () => {
    retryDelaysMs.forEach((delay, i) => {
      const low = decideRetry(i + 1, false, now, 0);
      const mid = decideRetry(i + 1, false, now, 0.5);
      const high = decideRetry(i + 1, false, now, 0.999999);
      expect(mid).toEqual({ kind: 'retry', at: new Date(now.getTime() + delay) });
      expect(low.kind === 'retry' && low.at.getTime() - now.getTime()).toBe(delay * 0.8);
      expect(high.kind === 'retry' && high.at.getTime() - now.getTime()).toBeLessThanOrEqual(
        delay * 1.2,
      );
    });
    expect(maxDeliveryAttempts).toBe(6);
    expect(decideRetry(6, false, now, 0.5)).toEqual({ kind: 'failed' });
  });
  it('never retries a permanent failure', () => {
    expect(decideRetry(1, true, now, 0.5)).toEqual({ kind: 'failed' });
  });
  it('classifies SMTP and HTTP failures', () => {
    expect(isPermanentSmtpFailure({ responseCode: 550 })).toBe(true);
    expect(isPermanentSmtpFailure({ responseCode: 451, code: 'EENVELOPE' })).toBe(false);
    expect(isPermanentSmtpFailure({ code: 'ECONNECTION' })).toBe(false);
    expect(isPermanentSmtpFailure({ code: 'EENVELOPE' })).toBe(true);
    expect([400, 404, 422].map(isPermanentHttpFailure)).toEqual([true, true, true]);
    expect([408, 429, 500, 503, undefined].map(isPermanentHttpFailure)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('addresses and keys', () => {
  it('normalises Vietnamese mobiles and masks addresses', () => {
    expect(normaliseVnMobile('0912.345.678')).toBe('+84912345678');
    expect(normaliseVnMobile('+84 912 345 678')).toBe('+84912345678');
    expect(nationalVnMobile('84912345678')).toBe('0912345678');
    expect(normaliseVnMobile('02213555555')).toBeUndefined();
    expect(maskPhone('+84912345678')).toBe('091***678');
    expect(maskEmail('binh@example.vn')).toBe('bi***@example.vn');
  });
  it('derives one Message-ID per outbox row from MAIL_FROM', () => {
    expect(mailDomain('Một Cửa <no-reply@MotCua.HungYen.gov.vn>')).toBe('motcua.hungyen.gov.vn');
    expect(messageIdFor('0190-ab', 'no-reply@x.vn')).toBe('<0190-ab@x.vn>');
    expect(citizenDedupeKey('d1', 3, 'citizen.refused', 'sms')).toBe(
      'citizen:d1:3:citizen.refused:sms',
    );
  });
});

describe('which actions tell the applicant', () => {
  const base = {
    status: 'received',
    nationalStatus: 2,
    dueAt: '2026-03-05T10:00:00Z',
    supplements: [],
    extension: null,
    outcomeReason: null,
  } as unknown as DossierState;
  it('a change of the national status, and the dedicated events', () => {
    const inAppraisal = { ...base, status: 'in_appraisal', nationalStatus: 4 } as DossierState;
    expect(selectCitizenNotice('assign', base, inAppraisal, {}, null)).toEqual({
      kind: 'status_changed',
      statusLabel: 'Đang xử lý',
    });
    expect(selectCitizenNotice('reassign', inAppraisal, inAppraisal, {}, null)).toBeNull();
    expect(
      selectCitizenNotice(
        'refuse',
        inAppraisal,
        inAppraisal,
        { reasons: ['Không đủ điều kiện'] },
        collect,
      ),
    ).toEqual({ kind: 'refused', reasons: ['Không đủ điều kiện'], collect });
    const extended = {
      ...inAppraisal,
      dueAt: '2026-03-20T10:00:00Z',
      extension: { reason: 'Chờ xác minh' },
    } as DossierState;
    expect(selectCitizenNotice('approve_extension', inAppraisal, extended, {}, null)).toEqual({
      kind: 'extended',
      reason: 'Chờ xác minh',
      newDueAt: '2026-03-20T10:00:00Z',
      previousDueAt: '2026-03-05T10:00:00Z',
    });
    expect(selectCitizenNotice('request_extension', inAppraisal, inAppraisal, {}, null)).toBeNull();
  });
});
