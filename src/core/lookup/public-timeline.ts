import { formatInstant } from '../calendar/instant.ts';
import { formatDateTime } from '../forms/form-text.ts';

/**
 * The steps of a dossier as a citizen sees them on the public look-up: what happened and when,
 * in plain words. Internal moves (claiming, reassigning, rework, internal notes) and officers'
 * names are left out; reasons addressed to the applicant (refusals, supplements, extensions)
 * stay, since the applicant receives them in writing anyway (Decree 118/2025 Arts. 17, 19).
 */
export interface PublicAction {
  type: string;
  at: string;
  payload: Record<string, unknown>;
}

export interface PublicStep {
  at: string;
  label: string;
  details: string[];
}

const texts = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown) => (typeof value === 'string' && value ? value : null);

function describe(
  action: PublicAction,
  unitName: (id: unknown) => string | null,
): { label: string; details: string[] } | null {
  const p = action.payload;
  switch (action.type) {
    case 'receive':
      return p.mode === 'submitted'
        ? { label: 'Hồ sơ được nộp trực tuyến', details: [] }
        : { label: 'Hồ sơ được tiếp nhận', details: [] };
    case 'accept_online':
      return { label: 'Hồ sơ trực tuyến được tiếp nhận chính thức', details: [] };
    case 'refuse_reception':
      return { label: 'Hồ sơ không được tiếp nhận', details: texts(p.reasons) };
    case 'request_supplement':
      return {
        label: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
        details: [
          ...texts(p.documents).map((d) => `Cần bổ sung: ${d}`),
          ...texts(p.reasons).map((r) => `Lý do: ${r}`),
        ],
      };
    case 'supplement_received':
      return {
        label: 'Đã nhận hồ sơ bổ sung',
        details: p.dueAt
          ? ['Thời hạn giải quyết được tính lại từ đầu (Điều 19 Nghị định 118/2025/NĐ-CP)']
          : [],
      };
    case 'auto_close':
      return { label: 'Dừng giải quyết do hồ sơ không được bổ sung trong 15 ngày', details: [] };
    case 'assign':
    case 'claim':
      return { label: 'Cơ quan có thẩm quyền bắt đầu thẩm định hồ sơ', details: [] };
    case 'consult': {
      const unit = text(p.unitName) ?? unitName(p.unitId);
      return { label: 'Lấy ý kiến cơ quan liên quan', details: unit ? [unit] : [] };
    }
    case 'record_consultation':
      return { label: 'Đã có ý kiến của cơ quan liên quan', details: [] };
    case 'handoff':
      return { label: 'Chuyển giải quyết liên thông giữa các cơ quan', details: [] };
    case 'complete_part':
      return { label: 'Một cơ quan phối hợp đã hoàn thành phần việc', details: [] };
    case 'submit_for_approval':
      return { label: 'Trình lãnh đạo ký duyệt', details: [] };
    case 'approve':
      return { label: 'Lãnh đạo đã duyệt kết quả', details: [] };
    case 'refuse':
      return { label: 'Cơ quan có thẩm quyền từ chối giải quyết', details: texts(p.reasons) };
    case 'mark_result_ready':
      return { label: 'Đã có kết quả giải quyết', details: [] };
    case 'approve_extension':
      return {
        label: 'Gia hạn thời gian giải quyết (có văn bản xin lỗi)',
        details: text(p.newDueAt)
          ? [`Hẹn trả kết quả mới: ${formatDateTime(String(p.newDueAt))}`]
          : [],
      };
    case 'return_result':
      return { label: 'Đã trả kết quả', details: [] };
    case 'request_withdrawal':
      return { label: 'Ghi nhận đề nghị rút hồ sơ', details: [] };
    case 'withdraw':
    case 'confirm_withdrawal':
      return { label: 'Dừng giải quyết theo đề nghị của người nộp', details: [] };
    default:
      // reassign, forward, return_for_rework, request/reject_extension: internal steps.
      return null;
  }
}

export function buildPublicTimeline(
  actions: readonly PublicAction[],
  unitName: (id: unknown) => string | null,
): PublicStep[] {
  const steps: PublicStep[] = [];
  for (const action of actions) {
    const step = describe(action, unitName);
    if (!step) continue;
    // One line for a repeated event (the first assignment of each step, several parts done).
    const last = steps[steps.length - 1];
    if (last && last.label === step.label && step.details.length === 0) continue;
    steps.push({ at: formatInstant(Date.parse(action.at)), ...step });
  }
  return steps;
}
