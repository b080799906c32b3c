import { requireFormEvent } from './form-availability.ts';
import type { FormContext, FormDossierData } from './form-data.ts';
import type { FormDocument } from './form-model.ts';
import { dossierDocument, personName, procedureText, salutation } from './form-parts.ts';
import { formatDateTime, formatDay } from './form-text.ts';

/**
 * Form 04, Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Decree 118/2025 Art. 19:
 * at least one day before the due, the competent agency apologises in writing, gives the reason
 * and the new date; the date may be moved once). Printed once the extension is approved: the
 * new date is then the one the dossier keeps.
 */
export function buildExtensionForm(data: FormDossierData, ctx: FormContext): FormDocument {
  requireFormEvent('04', data.state);
  const extension = data.state.extension!;
  const index = data.actions.findIndex((a) => a.type === 'approve_extension');
  const approval = data.actions[index];
  // The due instant just before the approval: the appointment the agency could not keep.
  const previousDue =
    (index > 0 ? data.actions[index - 1]!.dueAt : null) ?? data.state.originalDueAt;
  const newDue = approval?.dueAt ?? data.state.dueAt;
  const head = personName(data, extension.decidedBy);
  const you = salutation(data);
  const a = data.applicant;
  return dossierDocument(
    '04',
    'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
    data.competentUnit,
    data,
    ctx,
    [
      {
        kind: 'paragraph',
        text: `Kính gửi: ${you} ${a.fullName}`,
        bold: true,
        align: 'center',
      },
      {
        kind: 'fields',
        rows: [
          { label: 'Địa chỉ', value: a.address },
          { label: 'Số điện thoại', value: a.phone },
          { label: 'Mã hồ sơ', value: data.code },
        ],
      },
      {
        kind: 'paragraph',
        text: `Ngày ${formatDay(data.receivedAt ?? data.state.clockStartAt)}, ${data.receivingUnit.name} tiếp nhận hồ sơ của ${you} về thủ tục ${procedureText(data)}, hẹn trả kết quả lúc ${formatDateTime(previousDue)}.`,
      },
      {
        kind: 'paragraph',
        text: `Đến nay, ${data.competentUnit.name} chưa thể trả kết quả đúng hẹn vì lý do: ${extension.reason}`,
      },
      {
        kind: 'paragraph',
        text: `${data.competentUnit.name} thành thật xin lỗi ${you} vì sự chậm trễ này và hẹn trả kết quả vào lúc ${formatDateTime(newDue)}.`,
        bold: true,
      },
      {
        kind: 'paragraph',
        text: `Thời hạn giải quyết được gia hạn một lần theo Điều 19 Nghị định 118/2025/NĐ-CP. Ngày hẹn trả kết quả mới được cập nhật trên hệ thống; ${you.toLowerCase()} có thể tra cứu bằng mã QR trên văn bản này.`,
      },
      {
        kind: 'paragraph',
        text: `Rất mong ${you.toLowerCase()} thông cảm.`,
      },
      {
        kind: 'signatures',
        recipients: [
          'Như trên;',
          `${data.receivingUnit.name} (để cập nhật, theo dõi);`,
          'Lưu: VT.',
        ],
        boxes: [
          {
            title: 'THỦ TRƯỞNG CƠ QUAN',
            hint: '(Ký, ghi rõ họ tên, đóng dấu)',
            name: head?.fullName,
          },
        ],
      },
    ],
    extension.decidedAt ?? ctx.now,
  );
}
