import { type EmailContent, renderEmailHtml, renderEmailText } from './email-layout.ts';
import {
  type CollectInfo,
  describeCollect,
  formatVnDateTime,
  lookupUrl,
  ratingUrl,
  smsCollect,
} from './notice-parts.ts';
import { fitSms } from './sms-text.ts';

export type { CollectInfo };

/**
 * What the citizen is told, in Vietnamese, for each event of their dossier (issue #5 item 9;
 * Decree 118/2025 Arts. 16–22): a short SMS without diacritics in one segment, and a fuller
 * e-mail. Pure: the caller supplies the facts, the public address and the instants.
 */
export interface CitizenFacts {
  code: string;
  applicantName: string;
  /** An organisation is greeted by its name alone, a person as "Ông/Bà". */
  applicantIsOrganisation?: boolean;
  procedureName: string;
  /** The one-stop unit that received the dossier: it signs the messages. */
  agencyName: string;
  publicUrl: string;
}

export type CitizenNotice =
  | { kind: 'received'; dueAt: string | null }
  | { kind: 'submitted'; reviewBy: string | null }
  | { kind: 'supplement_requested'; reasons: string[]; documents: string[]; closeAt: string | null }
  | { kind: 'supplement_received'; dueAt: string | null }
  | { kind: 'reception_refused'; reasons: string[] }
  | { kind: 'refused'; reasons: string[]; collect: CollectInfo | null }
  | { kind: 'extended'; reason: string; newDueAt: string | null; previousDueAt: string | null }
  | { kind: 'result_ready'; collect: CollectInfo | null }
  | { kind: 'returned' }
  | { kind: 'stopped'; cause: 'withdrawn' | 'closed_no_supplement'; reason: string | null }
  | { kind: 'status_changed'; statusLabel: string };

export type CitizenNoticeKind = CitizenNotice['kind'];

export interface RenderedNotice {
  template: string;
  email: { subject: string; text: string; html: string };
  sms: string;
}

export function renderCitizenNotice(facts: CitizenFacts, notice: CitizenNotice): RenderedNotice {
  const { email, sms } = composeNotice(facts, notice);
  return {
    template: `citizen.${notice.kind}`,
    email: { subject: email.subject, text: renderEmailText(email), html: renderEmailHtml(email) },
    sms,
  };
}

function composeNotice(f: CitizenFacts, n: CitizenNotice): { email: EmailContent; sms: string } {
  const look = lookupUrl(f.publicUrl, f.code);
  const head = `Ho so ${f.code}`;
  const base = {
    greeting: `Kính gửi ${f.applicantIsOrganisation ? '' : 'Ông/Bà '}${f.applicantName},`,
    facts: [
      ['Mã hồ sơ', f.code],
      ['Thủ tục', f.procedureName],
    ] as Array<readonly [string, string]>,
    lists: [] as Array<{ title: string; items: string[] }>,
    paragraphs: [] as string[],
    action: {
      label: 'Tra cứu tình trạng hồ sơ',
      url: look,
      note: 'Trang tra cứu hỏi thêm 4 số cuối số điện thoại hoặc số định danh của người nộp.',
    } as EmailContent['action'],
    signature: f.agencyName,
  };
  const mail = (
    subject: string,
    lead: string,
    extra: Partial<EmailContent> = {},
  ): EmailContent => ({
    ...base,
    subject: `[Một Cửa] ${subject}`,
    lead,
    ...extra,
  });
  switch (n.kind) {
    case 'received':
      return {
        email: mail(
          `Đã tiếp nhận hồ sơ ${f.code}`,
          `${f.agencyName} đã tiếp nhận hồ sơ của Ông/Bà.`,
          {
            facts: [
              ...base.facts,
              ...(n.dueAt ? [['Ngày hẹn trả kết quả', formatVnDateTime(n.dueAt)] as const] : []),
            ],
          },
        ),
        sms: fitSms(
          `${head} da duoc tiep nhan.`,
          n.dueAt ? [`Hen tra ket qua: ${formatVnDateTime(n.dueAt, false)}.`] : [],
          `Tra cuu: ${look}`,
        ),
      };
    case 'submitted':
      return {
        email: mail(
          `Đã nhận hồ sơ nộp trực tuyến ${f.code}`,
          `Hệ thống đã nhận hồ sơ Ông/Bà nộp trực tuyến. ${f.agencyName} sẽ kiểm tra và tiếp nhận hoặc hướng dẫn bổ sung trong 8 giờ làm việc (Nghị định 118/2025/NĐ-CP, Điều 17).`,
          {
            facts: [
              ...base.facts,
              ...(n.reviewBy
                ? [['Hạn kiểm tra hồ sơ', formatVnDateTime(n.reviewBy)] as const]
                : []),
            ],
          },
        ),
        sms: fitSms(
          `${head} da duoc nop truc tuyen.`,
          n.reviewBy ? [`Se duoc kiem tra truoc ${formatVnDateTime(n.reviewBy, false)}.`] : [],
          `Tra cuu: ${look}`,
        ),
      };
    case 'supplement_requested':
      return {
        email: mail(
          `Hồ sơ ${f.code} cần bổ sung, hoàn thiện`,
          'Hồ sơ của Ông/Bà chưa đầy đủ. Đề nghị Ông/Bà bổ sung, hoàn thiện một lần các nội dung dưới đây (Nghị định 118/2025/NĐ-CP, Điều 16).',
          {
            facts: [
              ...base.facts,
              ...(n.closeAt ? [['Hạn bổ sung', formatVnDateTime(n.closeAt)] as const] : []),
            ],
            lists: [
              { title: 'Giấy tờ cần bổ sung:', items: n.documents },
              ...(n.reasons.length ? [{ title: 'Lý do:', items: n.reasons }] : []),
            ],
            paragraphs: n.closeAt
              ? ['Quá hạn bổ sung mà không bổ sung, hồ sơ sẽ bị dừng xử lý.']
              : [],
          },
        ),
        sms: fitSms(
          `${head} can bo sung giay to.`,
          [
            n.closeAt ? `Han: ${formatVnDateTime(n.closeAt, false)}.` : '',
            `Can: ${n.documents.join('; ')}.`,
          ],
          `Chi tiet: ${look}`,
        ),
      };
    case 'supplement_received':
      return {
        email: mail(
          `Đã nhận hồ sơ bổ sung ${f.code}`,
          'Cơ quan đã nhận đủ hồ sơ bổ sung của Ông/Bà; thời hạn giải quyết được tính lại từ hôm nay.',
          {
            facts: [
              ...base.facts,
              ...(n.dueAt
                ? [['Ngày hẹn trả kết quả mới', formatVnDateTime(n.dueAt)] as const]
                : []),
            ],
          },
        ),
        sms: fitSms(
          `${head} da nhan du ho so bo sung.`,
          n.dueAt ? [`Hen tra moi: ${formatVnDateTime(n.dueAt, false)}.`] : [],
          `Tra cuu: ${look}`,
        ),
      };
    case 'reception_refused':
      return {
        email: mail(
          `Hồ sơ ${f.code} không được tiếp nhận`,
          `${f.agencyName} từ chối tiếp nhận hồ sơ của Ông/Bà vì các lý do dưới đây.`,
          { lists: [{ title: 'Lý do:', items: n.reasons }] },
        ),
        sms: fitSms(
          `${head} khong duoc tiep nhan.`,
          [`Ly do: ${n.reasons.join('; ')}.`],
          `Chi tiet: ${look}`,
        ),
      };
    case 'refused':
      return {
        email: mail(
          `Hồ sơ ${f.code} bị từ chối giải quyết`,
          'Cơ quan có thẩm quyền từ chối giải quyết hồ sơ của Ông/Bà vì các lý do dưới đây. Văn bản trả lời được trả như kết quả giải quyết.',
          {
            lists: [{ title: 'Lý do:', items: n.reasons }],
            paragraphs: n.collect ? [describeCollect(n.collect, 'văn bản trả lời')] : [],
          },
        ),
        sms: fitSms(
          `${head} bi tu choi giai quyet.`,
          [`Ly do: ${n.reasons.join('; ')}.`],
          `Chi tiet: ${look}`,
        ),
      };
    case 'extended':
      return {
        email: mail(
          `Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${f.code}`,
          'Cơ quan giải quyết chân thành xin lỗi Ông/Bà vì hồ sơ chưa thể giải quyết đúng hẹn, và hẹn lại ngày trả kết quả như dưới đây (Nghị định 118/2025/NĐ-CP, Điều 19).',
          {
            facts: [
              ...base.facts,
              ...(n.previousDueAt
                ? [['Ngày hẹn cũ', formatVnDateTime(n.previousDueAt)] as const]
                : []),
              ...(n.newDueAt ? [['Ngày hẹn mới', formatVnDateTime(n.newDueAt)] as const] : []),
            ],
            paragraphs: [`Lý do: ${n.reason}`],
          },
        ),
        sms: fitSms(
          `Xin loi: ${head} cham tra ket qua.`,
          n.newDueAt ? [`Hen moi: ${formatVnDateTime(n.newDueAt, false)}.`] : [],
          `Chi tiet: ${look}`,
        ),
      };
    case 'result_ready':
      return {
        email: mail(`Hồ sơ ${f.code} đã có kết quả`, 'Hồ sơ của Ông/Bà đã có kết quả giải quyết.', {
          paragraphs: n.collect ? [describeCollect(n.collect, 'kết quả')] : [],
        }),
        sms: fitSms(`${head} da co ket qua.`, [smsCollect(n.collect)], `Tra cuu: ${look}`),
      };
    case 'returned':
      return {
        email: mail(
          `Hồ sơ ${f.code} đã trả kết quả`,
          'Hồ sơ của Ông/Bà đã được giải quyết xong và trả kết quả. Cảm ơn Ông/Bà đã sử dụng dịch vụ.',
          {
            paragraphs: [
              'Xin Ông/Bà dành một phút đánh giá mức độ hài lòng (Nghị định 118/2025/NĐ-CP, Điều 33): ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn.',
            ],
            action: { label: 'Đánh giá mức độ hài lòng', url: ratingUrl(f.publicUrl, f.code) },
          },
        ),
        sms: fitSms(
          `${head} da tra ket qua. Cam on Ong/Ba.`,
          [],
          `Danh gia: ${ratingUrl(f.publicUrl, f.code)}`,
        ),
      };
    case 'stopped': {
      const why =
        n.cause === 'withdrawn'
          ? 'theo đề nghị rút hồ sơ của Ông/Bà'
          : 'do hết hạn bổ sung mà chưa nhận được hồ sơ bổ sung';
      return {
        email: mail(`Hồ sơ ${f.code} đã dừng xử lý`, `Hồ sơ của Ông/Bà đã dừng xử lý ${why}.`, {
          paragraphs: n.reason ? [`Nội dung: ${n.reason}`] : [],
        }),
        sms: fitSms(
          `${head} da dung xu ly ${n.cause === 'withdrawn' ? 'theo de nghi rut ho so' : 'do qua han bo sung'}.`,
          [],
          `Chi tiet: ${look}`,
        ),
      };
    }
    case 'status_changed':
      return {
        email: mail(
          `Hồ sơ ${f.code}: ${n.statusLabel.toLowerCase()}`,
          `Tình trạng hồ sơ của Ông/Bà: ${n.statusLabel}.`,
        ),
        sms: fitSms(`${head}: ${n.statusLabel}.`, [], `Tra cuu: ${look}`),
      };
  }
}
