/**
 * Internal dossier statuses and their mapping to the 10 national status codes (TrangThaiHoSo,
 * domain.md §4.13) that DVCQG receives. Internal statuses are finer than the national ones.
 */
export const statuses = [
  'submitted',
  'awaiting_supplement',
  'refused_at_reception',
  'received',
  'in_appraisal',
  'in_consultation',
  'in_inter_agency',
  'awaiting_approval',
  'approved',
  'result_ready',
  'returned',
  'withdrawal_requested',
  'stopped',
] as const;
export type Status = (typeof statuses)[number];

export const nationalStatusCodes = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
} as const;
export type NationalStatus = keyof typeof nationalStatusCodes;

interface StatusInfo {
  national: NationalStatus;
  label: string;
  /** No action can follow: the dossier is closed. */
  final: boolean;
  /** The handling clock runs (the dossier counts as "in progress" for deadlines and reports). */
  clockRuns: boolean;
}

export const statusInfo: Record<Status, StatusInfo> = {
  submitted: {
    national: 1,
    label: 'Mới nộp trực tuyến, chờ tiếp nhận',
    final: false,
    clockRuns: false,
  },
  awaiting_supplement: {
    national: 5,
    label: 'Chờ công dân bổ sung hồ sơ',
    final: false,
    clockRuns: false,
  },
  refused_at_reception: {
    national: 3,
    label: 'Không được tiếp nhận',
    final: true,
    clockRuns: false,
  },
  received: { national: 2, label: 'Đã tiếp nhận, chờ phân công', final: false, clockRuns: true },
  in_appraisal: { national: 4, label: 'Đang thẩm định', final: false, clockRuns: true },
  in_consultation: {
    national: 4,
    label: 'Đang xin ý kiến cơ quan khác',
    final: false,
    clockRuns: true,
  },
  in_inter_agency: { national: 4, label: 'Đang xử lý liên thông', final: false, clockRuns: true },
  awaiting_approval: {
    national: 4,
    label: 'Chờ lãnh đạo phê duyệt',
    final: false,
    clockRuns: true,
  },
  approved: {
    national: 4,
    label: 'Đã phê duyệt, đang phát hành kết quả',
    final: false,
    clockRuns: true,
  },
  result_ready: { national: 9, label: 'Đã có kết quả, chờ trả', final: false, clockRuns: false },
  returned: { national: 10, label: 'Đã trả kết quả', final: true, clockRuns: false },
  withdrawal_requested: {
    national: 7,
    label: 'Công dân đề nghị rút hồ sơ',
    final: false,
    clockRuns: false,
  },
  stopped: { national: 8, label: 'Dừng xử lý', final: true, clockRuns: false },
};

export function isStatus(value: string): value is Status {
  return (statuses as readonly string[]).includes(value);
}

/** Statuses before the decision, when the applicant may still withdraw (Decree 118/2025 Art. 21). */
export const beforeDecision: readonly Status[] = [
  'submitted',
  'awaiting_supplement',
  'received',
  'in_appraisal',
  'in_consultation',
  'in_inter_agency',
  'awaiting_approval',
];

/** Channels (KenhThucHien, domain.md §4.13) and Decree 118/2025 Art. 15. */
export const channels = ['in_person', 'online', 'postal'] as const;
export type Channel = (typeof channels)[number];
export const nationalChannelCodes: Record<Channel, 1 | 2 | 3> = {
  in_person: 1,
  online: 2,
  postal: 3,
};
export const channelLabels: Record<Channel, string> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Dịch vụ bưu chính công ích',
};

/** How a dossier ended, beside its status. */
export const outcomes = [
  'approved',
  'refused',
  'withdrawn',
  'closed_no_supplement',
  'refused_at_reception',
] as const;
export type Outcome = (typeof outcomes)[number];
