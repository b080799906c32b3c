import type { DossierState } from '../dossiers/state.ts';
import { DomainError } from '../errors.ts';
import type { DossierFormNo } from './form-model.ts';

/**
 * Which forms a dossier has: a form exists only once its event happened (a receipt after
 * reception, a supplement request after one was made, an apology letter after an approved
 * extension…). Asking for another answers 409 with the reason, never an empty PDF.
 */
export const formTitles: Record<DossierFormNo | '07', string> = {
  '01': 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  '02': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  '03': 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  '04': 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
  '05': 'Thông báo dừng giải quyết hồ sơ',
  '06': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
  '07': 'Sổ theo dõi hồ sơ',
};

/** Forms addressed to the applicant, which the public look-up offers after the second factor. */
export const citizenFormNos: readonly DossierFormNo[] = ['01', '02', '03', '04', '05'];

export function isReceived(state: DossierState): boolean {
  return state.clockStartAt !== null && state.status !== 'refused_at_reception';
}

/** Why the form does not exist yet, or null when it does. */
export function findMissingEvent(formNo: DossierFormNo, state: DossierState): string | null {
  switch (formNo) {
    case '01':
    case '06':
      return isReceived(state)
        ? null
        : 'Hồ sơ chưa được tiếp nhận chính thức nên chưa có phiếu này.';
    case '02':
      return state.supplements.length > 0
        ? null
        : 'Hồ sơ chưa có yêu cầu bổ sung, hoàn thiện nên chưa có Phiếu yêu cầu bổ sung.';
    case '03':
      return state.outcome === 'refused' || state.outcome === 'refused_at_reception'
        ? null
        : 'Hồ sơ không bị từ chối nên không có Phiếu từ chối.';
    case '04':
      if (state.extension?.status === 'approved') return null;
      return state.extension?.status === 'pending'
        ? 'Đề nghị gia hạn đang chờ lãnh đạo duyệt; văn bản xin lỗi và gia hạn chỉ lập sau khi được duyệt.'
        : 'Hồ sơ không được gia hạn thời gian giải quyết nên không có văn bản xin lỗi, gia hạn.';
    case '05':
      return state.status === 'stopped'
        ? null
        : 'Hồ sơ không bị dừng giải quyết nên không có Thông báo dừng giải quyết.';
  }
}

export function requireFormEvent(formNo: DossierFormNo, state: DossierState): void {
  const missing = findMissingEvent(formNo, state);
  if (missing) {
    throw new DomainError('ACTION_NOT_ALLOWED', missing, {
      form: formNo,
      rule: 'form_event_happened',
    });
  }
}

/** The forms this dossier has among those addressed to the applicant. */
export function listCitizenForms(state: DossierState): DossierFormNo[] {
  return citizenFormNos.filter((no) => findMissingEvent(no, state) === null);
}
