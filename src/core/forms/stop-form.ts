import { requireFormEvent } from './form-availability.ts';
import type { FormContext, FormDossierData } from './form-data.ts';
import type { FormDocument } from './form-model.ts';
import {
  applicantRows,
  dossierDocument,
  findLastAction,
  lookupHint,
  personName,
  procedureText,
  salutation,
} from './form-parts.ts';
import { formatDateTime, formatDay, formatMoney } from './form-text.ts';

/**
 * Form 05, Thông báo dừng giải quyết hồ sơ: stopped at the applicant's request (Decree 118/2025
 * Art. 21) or closed because the requested supplement did not come within 15 days of the notice
 * (Art. 19). The system keeps every status, the stop included.
 */
export function buildStopForm(data: FormDossierData, ctx: FormContext): FormDocument {
  requireFormEvent('05', data.state);
  const s = data.state;
  const you = salutation(data);
  const stoppedAt = s.closedAt ?? ctx.now;
  const stop = findLastAction(data, 'withdraw', 'confirm_withdrawal', 'auto_close');
  const officer = personName(data, stop?.actorId);
  const supplement = s.supplements[s.supplements.length - 1];
  const because =
    s.outcome === 'closed_no_supplement' && supplement
      ? `Ngày ${formatDay(supplement.requestedAt)}, ${you.toLowerCase()} đã được đề nghị bổ sung, hoàn thiện hồ sơ. Quá 15 ngày kể từ ngày thông báo (hạn ${formatDateTime(supplement.closeAt)}), hồ sơ chưa được bổ sung, nên ${data.receivingUnit.name} dừng giải quyết hồ sơ kể từ ${formatDateTime(stoppedAt)} (Điều 19 Nghị định 118/2025/NĐ-CP).`
      : `Theo đề nghị của ${you.toLowerCase()}${s.outcomeReason ? ` (${s.outcomeReason})` : ''}, ${data.receivingUnit.name} dừng giải quyết hồ sơ kể từ ${formatDateTime(stoppedAt)} (Điều 21 Nghị định 118/2025/NĐ-CP).`;
  return dossierDocument(
    '05',
    'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
    data.receivingUnit,
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
          {
            label: 'Ngày tiếp nhận hồ sơ',
            value: formatDateTime(data.receivedAt ?? s.clockStartAt),
          },
        ],
      },
      { kind: 'paragraph', text: because },
      {
        kind: 'paragraph',
        text: `Giấy tờ bản chính (nếu có) được trả lại ${you.toLowerCase()}.${data.feePaid > 0 ? ` Phí, lệ phí đã nộp (${formatMoney(data.feePaid)}) được xử lý theo quy định của pháp luật chuyên ngành.` : ''} ${you} có thể nộp hồ sơ mới khi có nhu cầu.`,
      },
      { kind: 'paragraph', text: lookupHint(ctx, data.code), italic: true },
      {
        kind: 'signatures',
        recipients: ['Như trên;', 'Lưu: hồ sơ.'],
        boxes: [
          {
            title: officer ? 'CÁN BỘ TIẾP NHẬN' : 'BỘ PHẬN MỘT CỬA',
            hint: '(Ký và ghi rõ họ tên)',
            name: officer?.fullName,
          },
        ],
      },
    ],
    stoppedAt,
  );
}
