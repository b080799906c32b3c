import type { Scope } from '../organisation/roles.ts';
import type { Status } from './statuses.ts';

/**
 * The actions of the workflow (DESIGN §2.4; Decree 118/2025 Arts. 17–22). `receive` creates a
 * dossier at the counter; the others move it. Each names the scope it needs and which of the
 * dossier's units that scope must cover.
 */
export const actionTypes = [
  'receive',
  'accept_online',
  'refuse_reception',
  'request_supplement',
  'supplement_received',
  'auto_close',
  'assign',
  'claim',
  'reassign',
  'forward',
  'consult',
  'record_consultation',
  'handoff',
  'complete_part',
  'submit_for_approval',
  'approve',
  'return_for_rework',
  'refuse',
  'mark_result_ready',
  'request_extension',
  'approve_extension',
  'reject_extension',
  'return_result',
  'withdraw',
  'request_withdrawal',
  'confirm_withdrawal',
] as const;
export type ActionType = (typeof actionTypes)[number];

/**
 * Which of the dossier's units the actor's scope must cover: the one-stop unit that received it,
 * the unit holding it, the competent agency, an agency taking part (inter-agency part or
 * consultation), or none for the system's own actions.
 */
export type ActionUnit = 'receiving' | 'handling' | 'competent' | 'participant' | 'system';

export interface ActionSpec {
  label: string;
  scope: Scope | null;
  unit: ActionUnit;
  /** Only the assigned officer may act (the head of the handling unit may act for them). */
  assigneeOnly?: boolean;
  /** The legal source, cited in refusals. */
  article?: string;
  /** A different scope and unit in some statuses (e.g. a supplement asked at reception). */
  inStatus?: Partial<Record<Status, { scope: Scope; unit: ActionUnit; assigneeOnly?: boolean }>>;
}

export const actionSpecs: Record<ActionType, ActionSpec> = {
  receive: {
    label: 'Tiếp nhận hồ sơ',
    scope: 'dossier.receive',
    unit: 'receiving',
    article: 'Điều 17 NĐ 118/2025',
  },
  accept_online: {
    label: 'Tiếp nhận hồ sơ trực tuyến',
    scope: 'dossier.receive',
    unit: 'receiving',
    article: 'Điều 17.2 NĐ 118/2025',
  },
  refuse_reception: {
    label: 'Từ chối tiếp nhận',
    scope: 'dossier.receive',
    unit: 'receiving',
    article: 'Điều 17 NĐ 118/2025',
  },
  request_supplement: {
    label: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
    scope: 'dossier.process',
    unit: 'handling',
    article: 'Điều 17, 19 NĐ 118/2025',
    inStatus: { submitted: { scope: 'dossier.receive', unit: 'receiving' } },
  },
  supplement_received: {
    label: 'Nhận hồ sơ bổ sung',
    scope: 'dossier.receive',
    unit: 'receiving',
    article: 'Điều 19 NĐ 118/2025',
  },
  auto_close: {
    label: 'Đóng hồ sơ do không bổ sung',
    scope: null,
    unit: 'system',
    article: 'Điều 19 NĐ 118/2025',
  },
  assign: { label: 'Phân công xử lý', scope: 'dossier.assign', unit: 'handling' },
  claim: { label: 'Nhận xử lý', scope: 'dossier.process', unit: 'handling' },
  reassign: { label: 'Phân công lại', scope: 'dossier.assign', unit: 'handling' },
  forward: {
    label: 'Chuyển bước tiếp theo',
    scope: 'dossier.process',
    unit: 'handling',
    assigneeOnly: true,
  },
  consult: {
    label: 'Xin ý kiến cơ quan khác',
    scope: 'dossier.process',
    unit: 'handling',
    assigneeOnly: true,
    article: 'Điều 19 NĐ 118/2025',
  },
  record_consultation: { label: 'Ghi nhận ý kiến', scope: 'dossier.process', unit: 'participant' },
  handoff: {
    label: 'Chuyển liên thông',
    scope: 'dossier.process',
    unit: 'handling',
    assigneeOnly: true,
    article: 'Điều 20 NĐ 118/2025',
  },
  complete_part: {
    label: 'Hoàn thành phần việc liên thông',
    scope: 'dossier.process',
    unit: 'participant',
    article: 'Điều 20 NĐ 118/2025',
  },
  submit_for_approval: {
    label: 'Trình phê duyệt',
    scope: 'dossier.process',
    unit: 'handling',
    assigneeOnly: true,
  },
  approve: { label: 'Phê duyệt kết quả', scope: 'dossier.approve', unit: 'competent' },
  return_for_rework: { label: 'Trả lại để xử lý lại', scope: 'dossier.approve', unit: 'competent' },
  refuse: {
    label: 'Từ chối giải quyết',
    scope: 'dossier.approve',
    unit: 'competent',
    article: 'Điều 19 NĐ 118/2025',
  },
  mark_result_ready: { label: 'Phát hành kết quả', scope: 'dossier.process', unit: 'handling' },
  request_extension: {
    label: 'Đề nghị gia hạn, xin lỗi',
    scope: 'dossier.process',
    unit: 'handling',
    article: 'Điều 19 NĐ 118/2025',
  },
  approve_extension: {
    label: 'Duyệt gia hạn',
    scope: 'dossier.approve',
    unit: 'competent',
    article: 'Điều 19 NĐ 118/2025',
  },
  reject_extension: { label: 'Không duyệt gia hạn', scope: 'dossier.approve', unit: 'competent' },
  return_result: {
    label: 'Trả kết quả',
    scope: 'dossier.return',
    unit: 'receiving',
    article: 'Điều 22 NĐ 118/2025',
  },
  withdraw: {
    label: 'Dừng xử lý theo đề nghị của người nộp',
    scope: 'dossier.receive',
    unit: 'receiving',
    article: 'Điều 21 NĐ 118/2025',
  },
  request_withdrawal: {
    label: 'Ghi nhận đề nghị rút hồ sơ',
    scope: 'dossier.receive',
    unit: 'receiving',
    article: 'Điều 21 NĐ 118/2025',
  },
  confirm_withdrawal: {
    label: 'Xác nhận dừng xử lý',
    scope: 'dossier.receive',
    unit: 'receiving',
    article: 'Điều 21 NĐ 118/2025',
  },
};

export function isActionType(value: string): value is ActionType {
  return (actionTypes as readonly string[]).includes(value);
}

/** The scope, unit and assignee rule of an action in a given status. */
export function resolveActionSpec(action: ActionType, status: Status): ActionSpec {
  const spec = actionSpecs[action];
  const special = spec.inStatus?.[status];
  return special ? { ...spec, ...special, assigneeOnly: special.assigneeOnly ?? false } : spec;
}
