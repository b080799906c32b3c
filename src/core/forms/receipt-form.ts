import type { FormContext, FormDossierData } from './form-data.ts';
import type { FormBlock, FormDocument } from './form-model.ts';
import { applicantRows, dossierDocument, lookupHint, procedureText } from './form-parts.ts';
import {
  describeDelivery,
  documentFormLabels,
  formatDateTime,
  formatDeadline,
  formatMoney,
} from './form-text.ts';

/**
 * Form 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Decree 118/2025 Art. 17.1, 17.3: the
 * handling period starts at reception and the receipt shows that moment and the dossier code).
 * Fields as in domain.md §6.1 Mẫu 01, with fees and their payment status.
 */
export function buildReceiptForm(data: FormDossierData, ctx: FormContext): FormDocument {
  const s = data.state;
  const receivedAt = data.receivedAt ?? s.clockStartAt;
  const started =
    s.clockStartAt && receivedAt && s.clockStartAt !== receivedAt
      ? ` (thời hạn giải quyết tính từ ${formatDateTime(s.clockStartAt)})`
      : '';
  const changed =
    s.originalDueAt && s.dueAt && s.originalDueAt !== s.dueAt
      ? ` (hẹn ban đầu ${formatDateTime(s.originalDueAt)}; ${s.extension?.status === 'approved' ? 'đã gia hạn' : 'thời hạn đã được tính lại sau khi bổ sung hồ sơ'})`
      : '';
  const blocks: FormBlock[] = [
    { kind: 'fields', rows: [{ label: 'Mã hồ sơ', value: data.code }] },
    {
      kind: 'paragraph',
      text: `${data.receivingUnit.name} tiếp nhận hồ sơ của:`,
    },
    {
      kind: 'fields',
      rows: [
        ...applicantRows(data),
        { label: 'Nội dung yêu cầu giải quyết', value: procedureText(data) },
      ],
    },
    { kind: 'paragraph', text: '1. Thành phần hồ sơ nộp gồm:', bold: true },
    {
      kind: 'table',
      columns: [
        { title: 'TT', width: 6, align: 'center' },
        { title: 'Tên giấy tờ', width: 58 },
        { title: 'Hình thức', width: 22 },
        { title: 'Số lượng', width: 14, align: 'center' },
      ],
      rows: data.documents.map((d, i) => [
        String(i + 1),
        d.name,
        documentFormLabels[d.form],
        String(d.quantity),
      ]),
      empty: 'Chưa ghi nhận thành phần hồ sơ trong hệ thống.',
    },
    {
      kind: 'fields',
      rows: [
        { label: '2. Số lượng hồ sơ', value: `${data.setsCount} bộ` },
        {
          label: '3. Thời gian giải quyết hồ sơ theo quy định',
          value: formatDeadline(data.deadline),
        },
        { label: '4. Thời gian nhận hồ sơ', value: `${formatDateTime(receivedAt)}${started}` },
        {
          label: '5. Thời gian trả kết quả giải quyết hồ sơ',
          value: `${formatDateTime(s.dueAt)}${changed}`,
        },
        {
          label: '6. Nơi, cách thức nhận kết quả',
          value: describeDelivery(data.deliveryMethod, data.deliveryAddress, data.receivingUnit),
        },
        { label: '7. Phí, lệ phí', value: describeFees(data) },
      ],
    },
    {
      kind: 'paragraph',
      text: `Vào Sổ theo dõi hồ sơ, Quyển số: ${data.register.book}, Số thứ tự: ${data.register.entry}.`,
    },
    {
      kind: 'signatures',
      boxes: [
        { title: 'NGƯỜI NỘP HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: data.applicant.fullName },
        {
          title: 'NGƯỜI TIẾP NHẬN HỒ SƠ',
          hint: '(Ký và ghi rõ họ tên)',
          name: data.receivedBy?.fullName ?? '',
        },
      ],
    },
    { kind: 'paragraph', text: lookupHint(ctx, data.code), italic: true },
    {
      kind: 'paragraph',
      italic: true,
      text: `Ghi chú: Giấy tiếp nhận hồ sơ và hẹn trả kết quả được lập thành 02 bản: 01 bản giao cho người nộp hồ sơ; 01 bản lưu tại Bộ phận Một cửa, kèm theo Phiếu kiểm soát quá trình giải quyết hồ sơ.`,
    },
  ];
  return dossierDocument(
    '01',
    'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    data.receivingUnit,
    data,
    ctx,
    blocks,
    receivedAt ?? ctx.now,
  );
}

/** Fees and their payment status (Decree 118/2025 Art. 24). */
export function describeFees(data: Pick<FormDossierData, 'feeTotal' | 'feePaid'>): string {
  if (data.feeTotal <= 0) return 'Không thu phí, lệ phí';
  const total = formatMoney(data.feeTotal);
  if (data.feePaid >= data.feeTotal) return `${total} – đã nộp đủ`;
  if (data.feePaid > 0)
    return `${total} – đã nộp ${formatMoney(data.feePaid)}, còn phải nộp ${formatMoney(data.feeTotal - data.feePaid)}`;
  return `${total} – chưa nộp`;
}
