import { buildControlSlip } from '../dossiers/control-slip.ts';
import { requireFormEvent } from './form-availability.ts';
import type { FormContext, FormDossierData } from './form-data.ts';
import type { FormDocument } from './form-model.ts';
import { dossierDocument, personName, procedureText, unitName } from './form-parts.ts';
import { formatDateTime } from './form-text.ts';

/**
 * Form 06, Phiếu kiểm soát quá trình giải quyết hồ sơ (domain.md §6.1 Mẫu 05 of TT 01/2018):
 * one row per hand-off — who gave, who received, when — graded early / on time / late against
 * the step's own deadline (core/dossiers/control-slip.ts), then the return to the applicant
 * graded against the dossier's due instant. Internal: officers' names are printed.
 */
export function buildControlSlipForm(data: FormDossierData, ctx: FormContext): FormDocument {
  requireFormEvent('06', data.state);
  const slip = buildControlSlip(data.state);
  const who = (unitId: string | null, personId: string | null) => {
    const person = personName(data, personId)?.fullName;
    return `${unitName(data, unitId)}${person ? ` – ${person}` : ''}`;
  };
  const rows = slip.rows.map((r) => [
    String(r.no),
    `1. Giao: ${r.giverUnitId ? who(r.giverUnitId, r.giverId) : `Người nộp hồ sơ – ${data.applicant.fullName}`}\n2. Nhận: ${who(r.receiverUnitId, r.receiverId)}`,
    `Nhận: ${formatDateTime(r.handedAt)}\nHạn: ${formatDateTime(r.dueAt)}${r.finishedAt ? `\nXong: ${formatDateTime(r.finishedAt)}` : ''}`,
    r.gradeLabel ?? 'Đang xử lý',
    `${r.stepName}${r.note ? `. ${r.note}` : ''}`,
  ]);
  if (slip.returnRow) {
    rows.push([
      String(rows.length + 1),
      `1. Giao: ${data.receivingUnit.name}\n2. Nhận: Người nộp hồ sơ – ${data.applicant.fullName}`,
      `Trả: ${formatDateTime(slip.returnRow.returnedAt)}\nHẹn: ${formatDateTime(slip.returnRow.dueAt)}`,
      slip.returnRow.gradeLabel,
      'Trả kết quả cho người nộp hồ sơ',
    ]);
  }
  const s = data.state;
  return dossierDocument(
    '06',
    'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
    data.receivingUnit,
    data,
    ctx,
    [
      {
        kind: 'fields',
        rows: [
          { label: 'Mã hồ sơ', value: data.code },
          { label: 'Kèm theo hồ sơ của', value: data.applicant.fullName },
          { label: 'Địa chỉ', value: data.applicant.address },
          { label: 'Số điện thoại', value: data.applicant.phone },
          { label: 'Thủ tục', value: procedureText(data) },
          { label: 'Cơ quan giải quyết', value: data.competentUnit.name },
          {
            label: 'Thời gian nhận hồ sơ',
            value: formatDateTime(data.receivedAt ?? s.clockStartAt),
          },
          { label: 'Thời gian hẹn trả kết quả', value: formatDateTime(s.dueAt) },
        ],
      },
      {
        kind: 'table',
        columns: [
          { title: 'TT', width: 5, align: 'center' },
          { title: 'Tên cơ quan, người giao và nhận hồ sơ', width: 37 },
          { title: 'Thời gian giao, nhận hồ sơ', width: 25 },
          { title: 'Kết quả (trước hạn, đúng hạn, quá hạn)', width: 14, align: 'center' },
          { title: 'Ghi chú', width: 19 },
        ],
        rows,
        empty: 'Chưa có lần giao, nhận hồ sơ.',
      },
      {
        kind: 'paragraph',
        italic: true,
        text: 'Phiếu được lập từ nhật ký xử lý của hệ thống; mỗi lần giao, nhận được xếp loại so với thời hạn của bước xử lý đó.',
      },
    ],
  );
}
