import { requireFormEvent } from './form-availability.ts';
import type { FormContext, FormDossierData } from './form-data.ts';
import type { FormBlock, FormDocument } from './form-model.ts';
import {
  applicantRows,
  dossierDocument,
  findLastAction,
  lookupHint,
  personName,
  procedureText,
  salutation,
} from './form-parts.ts';
import { formatDay, formatMoney } from './form-text.ts';

/**
 * Form 03, the refusal with its reasons: at reception by the one-stop unit (Decree 118/2025
 * Art. 17.1, "Phiếu từ chối tiếp nhận giải quyết hồ sơ"), or after appraisal by the competent
 * agency, sent through the one-stop unit within the handling period (Art. 19, "Phiếu từ chối
 * giải quyết hồ sơ").
 */
export function buildRefusalForm(data: FormDossierData, ctx: FormContext): FormDocument {
  requireFormEvent('03', data.state);
  const atReception = data.state.outcome === 'refused_at_reception';
  const action = findLastAction(data, atReception ? 'refuse_reception' : 'refuse');
  const reasons = Array.isArray(action?.payload.reasons)
    ? (action.payload.reasons as unknown[]).map(String)
    : (data.state.outcomeReason ?? '').split('; ').filter(Boolean);
  const issuer = atReception ? data.receivingUnit : data.competentUnit;
  const officer = personName(data, action?.actorId);
  const at = action?.at ?? data.state.resolvedAt ?? data.state.closedAt ?? ctx.now;
  const you = salutation(data);
  const blocks: FormBlock[] = [
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
      text: atReception
        ? `Ngày ${formatDay(at)}, sau khi kiểm tra hồ sơ, ${issuer.name} không tiếp nhận hồ sơ của ${you} vì các lý do sau:`
        : `Ngày ${formatDay(at)}, sau khi thẩm định hồ sơ, ${issuer.name} không giải quyết hồ sơ của ${you} vì các lý do sau:`,
    },
    { kind: 'list', items: reasons, numbered: true },
  ];
  if (data.feePaid > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `Phí, lệ phí đã nộp (${formatMoney(data.feePaid)}) được xử lý theo quy định của pháp luật về phí, lệ phí.`,
    });
  }
  blocks.push(
    {
      kind: 'paragraph',
      text: `Mọi vướng mắc, ${you.toLowerCase()} liên hệ ${data.receivingUnit.name}${data.receivingUnit.phone ? `, điện thoại ${data.receivingUnit.phone}` : ''}. ${lookupHint(ctx, data.code)}`,
      italic: true,
    },
    {
      kind: 'signatures',
      boxes: atReception
        ? [
            {
              title: 'NGƯỜI NỘP HỒ SƠ',
              hint: '(Ký và ghi rõ họ tên)',
              name: data.applicant.fullName,
            },
            {
              title: 'NGƯỜI TIẾP NHẬN HỒ SƠ',
              hint: '(Ký và ghi rõ họ tên)',
              name: officer?.fullName,
            },
          ]
        : [
            {
              title: 'THỦ TRƯỞNG CƠ QUAN',
              hint: '(Ký, ghi rõ họ tên, đóng dấu)',
              name: officer?.fullName,
            },
          ],
      ...(atReception
        ? {}
        : {
            recipients: ['Như trên;', `${data.receivingUnit.name} (để trả kết quả);`, 'Lưu: VT.'],
          }),
    },
  );
  return dossierDocument(
    '03',
    atReception ? 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ' : 'PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ',
    issuer,
    data,
    ctx,
    blocks,
    at,
  );
}
