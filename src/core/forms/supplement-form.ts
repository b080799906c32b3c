import { requireFormEvent } from './form-availability.ts';
import type { FormContext, FormDossierData } from './form-data.ts';
import type { FormDocument } from './form-model.ts';
import {
  applicantRows,
  dossierDocument,
  lookupHint,
  personName,
  procedureText,
  salutation,
} from './form-parts.ts';
import { formatDateTime, formatDay } from './form-text.ts';

/**
 * Form 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: the open (else the last) supplement request,
 * with every document and every coded reason at once — guidance "một lần, đầy đủ" (Decree
 * 118/2025 Art. 16, 17.1; at appraisal Art. 19, which also closes the dossier 15 days after the
 * notice if nothing comes).
 */
export function buildSupplementForm(data: FormDossierData, ctx: FormContext): FormDocument {
  requireFormEvent('02', data.state);
  const supplements = data.state.supplements;
  const request =
    supplements.find((s) => s.receivedAt === null) ?? supplements[supplements.length - 1]!;
  const atReception = request.phase === 'reception';
  const issuer = atReception ? data.receivingUnit : data.competentUnit;
  const officer = personName(data, request.requestedBy);
  const phone = officer?.phone ?? issuer.phone ?? data.receivingUnit.phone;
  const you = salutation(data);
  return dossierDocument(
    '02',
    'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    issuer,
    data,
    ctx,
    [
      { kind: 'fields', rows: [{ label: 'Mã hồ sơ', value: data.code }] },
      { kind: 'paragraph', text: 'Kính gửi:' },
      {
        kind: 'fields',
        rows: [
          ...applicantRows(data),
          { label: 'Thủ tục yêu cầu giải quyết', value: procedureText(data) },
        ],
      },
      {
        kind: 'paragraph',
        text: `Ngày ${formatDay(request.requestedAt)}, sau khi ${atReception ? 'kiểm tra hồ sơ khi tiếp nhận' : 'thẩm định hồ sơ'}, ${issuer.name} đề nghị ${you} bổ sung, hoàn thiện hồ sơ một lần, đầy đủ các nội dung dưới đây (Điều 16, 17${atReception ? '' : ', 19'} Nghị định 118/2025/NĐ-CP).`,
      },
      { kind: 'paragraph', text: '1. Giấy tờ cần bổ sung, hoàn thiện:', bold: true },
      {
        kind: 'table',
        columns: [
          { title: 'TT', width: 8, align: 'center' },
          { title: 'Tên giấy tờ cần bổ sung, hoàn thiện', width: 92 },
        ],
        rows: request.documents.map((d, i) => [String(i + 1), d]),
      },
      { kind: 'paragraph', text: '2. Lý do:', bold: true },
      { kind: 'list', items: request.reasons, numbered: true },
      {
        kind: 'fields',
        rows: [
          {
            label: '3. Thời hạn bổ sung',
            value: `trước ${formatDateTime(request.closeAt)}. Quá 15 ngày kể từ ngày thông báo mà hồ sơ chưa được bổ sung, hồ sơ bị dừng giải quyết (Điều 19 Nghị định 118/2025/NĐ-CP).`,
          },
          {
            label: '4. Nơi nộp hồ sơ bổ sung',
            value: `${data.receivingUnit.name}${data.receivingUnit.address ? `, ${data.receivingUnit.address}` : ''}`,
          },
          {
            label: '5. Quy định về thành phần hồ sơ được công khai tại',
            value: `${ctx.publicUrl.replace(/\/+$/, '')}/thu-tuc/${data.procedureCode} và Cơ sở dữ liệu quốc gia về thủ tục hành chính`,
          },
          {
            label: 'Cán bộ hướng dẫn',
            value: `${officer?.fullName ?? ''}${officer?.title ? `, ${officer.title}` : ''}${phone ? `; điện thoại: ${phone}` : ''}`,
          },
          ...(request.receivedAt
            ? [{ label: 'Đã nhận hồ sơ bổ sung lúc', value: formatDateTime(request.receivedAt) }]
            : []),
        ],
      },
      { kind: 'paragraph', text: lookupHint(ctx, data.code), italic: true },
      {
        kind: 'signatures',
        boxes: [
          {
            title: 'NGƯỜI NỘP HỒ SƠ',
            hint: '(Ký và ghi rõ họ tên)',
            name: data.applicant.fullName,
          },
          { title: 'NGƯỜI HƯỚNG DẪN', hint: '(Ký và ghi rõ họ tên)', name: officer?.fullName },
        ],
      },
    ],
    request.requestedAt,
  );
}
