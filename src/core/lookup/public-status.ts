import type { DossierState } from '../dossiers/state.ts';
import { type NationalStatus, nationalStatusCodes, statusInfo } from '../dossiers/statuses.ts';

/**
 * The status as a citizen reads it on the public look-up: plain words about what happens to the
 * dossier and whether something is expected from them, beside the national status (TrangThaiHoSo,
 * domain.md §4.13) that DVCQG shows.
 */
export function describePublicStatus(state: Pick<DossierState, 'status' | 'outcome'>) {
  const national = statusInfo[state.status].national as NationalStatus;
  return {
    code: state.status,
    label: publicLabel(state),
    national: { code: national, label: nationalStatusCodes[national] },
  };
}

function publicLabel({ status, outcome }: Pick<DossierState, 'status' | 'outcome'>): string {
  switch (status) {
    case 'submitted':
      return 'Đã nộp trực tuyến, đang chờ cán bộ kiểm tra và tiếp nhận';
    case 'awaiting_supplement':
      return 'Cần bổ sung, hoàn thiện hồ sơ (xem mục "Việc cần làm")';
    case 'refused_at_reception':
      return 'Hồ sơ không được tiếp nhận';
    case 'received':
      return 'Đã tiếp nhận, đã chuyển cơ quan giải quyết';
    case 'in_appraisal':
      return 'Đang giải quyết';
    case 'in_consultation':
      return 'Đang giải quyết (đang lấy ý kiến cơ quan liên quan)';
    case 'in_inter_agency':
      return 'Đang giải quyết liên thông giữa các cơ quan';
    case 'awaiting_approval':
    case 'approved':
      return 'Đang trình lãnh đạo ký duyệt kết quả';
    case 'result_ready':
      return outcome === 'refused'
        ? 'Đã có văn bản trả lời (từ chối giải quyết), mời nhận'
        : 'Đã có kết quả, mời nhận kết quả';
    case 'returned':
      return 'Đã trả kết quả';
    case 'withdrawal_requested':
      return 'Đã ghi nhận đề nghị rút hồ sơ, đang xử lý đề nghị';
    case 'stopped':
      return outcome === 'closed_no_supplement'
        ? 'Đã dừng giải quyết do hồ sơ không được bổ sung đúng hạn'
        : 'Đã dừng giải quyết theo đề nghị của người nộp';
  }
}
