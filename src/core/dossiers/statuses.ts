/**
 * Internal dossier statuses and their mapping to the 10 national status codes (TrangThaiHoSo,
 * domain.md §4.13) that DVCQG receives. Internal statuses are finer than the national ones.
 */
export const statuses = [
  'received',
  'in_appraisal',
  'awaiting_approval',
  'result_ready',
  'returned',
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
}

export const statusInfo: Record<Status, StatusInfo> = {
  received: { national: 2, label: 'Đã tiếp nhận, chờ phân công', final: false },
  in_appraisal: { national: 4, label: 'Đang thẩm định', final: false },
  awaiting_approval: { national: 4, label: 'Chờ lãnh đạo phê duyệt', final: false },
  result_ready: { national: 9, label: 'Đã có kết quả, chờ trả', final: false },
  returned: { national: 10, label: 'Đã trả kết quả', final: true },
};

export function isStatus(value: string): value is Status {
  return (statuses as readonly string[]).includes(value);
}

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
