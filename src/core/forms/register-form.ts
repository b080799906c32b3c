import type { FormContext, FormUnit } from './form-data.ts';
import type { FormDocument } from './form-model.ts';
import { asciiName, formatDateTime, formatDay, formatPlaceDate, upper } from './form-text.ts';

/** One dossier of the register (sổ theo dõi hồ sơ), as read from the dossiers of the period. */
export interface RegisterRow {
  code: string;
  procedureName: string;
  setsCount: number;
  applicantName: string;
  applicantAddress: string;
  applicantPhone: string;
  leadAgency: string;
  receivedAt: string;
  dueAt: string | null;
  /** Sent on to the agency that handles it (its first step outside the receiving unit). */
  transferredAt: string | null;
  /** The result (or the refusal) came back from that agency. */
  resultReceivedAt: string | null;
  returnedAt: string | null;
  note: string;
}

export interface RegisterData {
  unit: FormUnit;
  /** Inclusive local dates 'YYYY-MM-DD'. */
  from: string;
  to: string;
  rows: RegisterRow[];
}

const day = (date: string) => formatDay(`${date}T12:00:00+07:00`);

/** Two lines ('09:00' over '03/03/2026') so the date columns stay narrow. */
function cell(iso: string | null): string {
  return iso ? formatDateTime(iso).replace(' ', '\n') : '';
}

/**
 * Form 07, Sổ theo dõi hồ sơ (domain.md §6.1 Mẫu 06, §6.2): one row per dossier received in the
 * period, in order of reception; landscape A4, the header row repeated on every page.
 */
export function buildRegisterForm(data: RegisterData, ctx: FormContext): FormDocument {
  const portal = `${ctx.publicUrl.replace(/\/+$/, '')}/tra-cuu`;
  return {
    formNo: '07',
    title: 'SỔ THEO DÕI HỒ SƠ',
    orientation: 'landscape',
    header: {
      superior: data.unit.superior ? upper(data.unit.superior) : null,
      issuer: upper(data.unit.name),
      number: null,
      placeDate: formatPlaceDate(data.unit.place, ctx.now),
    },
    blocks: [
      {
        kind: 'subtitle',
        text: `Từ ngày ${day(data.from)} đến ngày ${day(data.to)} · ${data.rows.length} hồ sơ`,
      },
      {
        kind: 'table',
        // Shares in points of the landscape text width (782 pt at 7 pt type): a dossier code and
        // a date fit on one line each.
        columns: [
          { title: 'TT', width: 20, align: 'center' },
          { title: 'Mã hồ sơ', width: 110 },
          { title: 'Tên thủ tục hành chính', width: 100 },
          { title: 'Số bộ hồ sơ', width: 28, align: 'center' },
          { title: 'Tên cá nhân, tổ chức', width: 62 },
          { title: 'Địa chỉ, số điện thoại', width: 80 },
          { title: 'Cơ quan chủ trì giải quyết', width: 62 },
          { title: 'Nhận hồ sơ', width: 48, align: 'center' },
          { title: 'Hẹn trả kết quả', width: 48, align: 'center' },
          { title: 'Chuyển hồ sơ đến cơ quan giải quyết', width: 48, align: 'center' },
          { title: 'Nhận kết quả từ cơ quan giải quyết', width: 48, align: 'center' },
          { title: 'Trả kết quả cho cá nhân, tổ chức', width: 48, align: 'center' },
          { title: 'Ký nhận', width: 30 },
          { title: 'Ghi chú', width: 50 },
        ],
        rows: data.rows.map((r, i) => [
          String(i + 1),
          r.code,
          r.procedureName,
          String(r.setsCount),
          r.applicantName,
          `${r.applicantAddress}\nĐT: ${r.applicantPhone}`,
          r.leadAgency,
          cell(r.receivedAt),
          cell(r.dueAt),
          cell(r.transferredAt),
          cell(r.resultReceivedAt),
          cell(r.returnedAt),
          '',
          r.note,
        ]),
        empty: 'Không có hồ sơ được tiếp nhận trong khoảng thời gian này.',
      },
    ],
    qrUrl: portal,
    qrCaption: 'Tra cứu hồ sơ',
    footer: `Mẫu số 07 (Thông tư 03/2025/TT-VPCP) · ${data.unit.name} · ${day(data.from)}–${day(data.to)}`,
    fileName: `so-theo-doi-${asciiName(data.unit.code)}-${data.from}-${data.to}.pdf`,
    subject: `Sổ theo dõi hồ sơ – ${data.unit.name}`,
  };
}
