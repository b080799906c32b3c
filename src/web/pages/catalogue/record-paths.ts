/**
 * Field paths of a procedure record in words: `channels[0].fees[1].amountVnd` (compare output) or
 * `record.channels.0.fees.1.amountVnd` (a 400's field) → "Cách thức 1 › Phí, lệ phí 2 › Mức thu".
 */
const fieldLabels: Record<string, string> = {
  code: 'Mã thủ tục',
  name: 'Tên thủ tục',
  field: 'Lĩnh vực',
  levels: 'Cấp thực hiện',
  procedureType: 'Loại thủ tục',
  steps: 'Trình tự thực hiện',
  channels: 'Cách thức',
  kind: 'Hình thức nộp',
  deadline: 'Thời hạn',
  amount: 'Số lượng',
  unit: 'Đơn vị',
  deadlineText: 'Thời hạn (văn bản)',
  fees: 'Phí, lệ phí',
  amountVnd: 'Mức thu (đồng)',
  per: 'Tính theo',
  note: 'Ghi chú',
  feeText: 'Phí, lệ phí (văn bản)',
  free: 'Miễn phí',
  description: 'Mô tả',
  documents: 'Thành phần hồ sơ',
  caseName: 'Trường hợp',
  originals: 'Số bản chính',
  copies: 'Số bản sao',
  formTemplate: 'Mẫu đơn, tờ khai',
  subjects: 'Đối tượng thực hiện',
  implementingAgency: 'Cơ quan thực hiện',
  competentAgency: 'Cơ quan có thẩm quyền',
  authorisedAgency: 'Cơ quan được ủy quyền',
  coordinatingAgency: 'Cơ quan phối hợp',
  receivingAddress: 'Địa chỉ tiếp nhận',
  result: 'Kết quả thực hiện',
  resultItems: 'Kết quả',
  legalBases: 'Căn cứ pháp lý',
  number: 'Số ký hiệu',
  summary: 'Trích yếu',
  issuedOn: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  requirements: 'Yêu cầu, điều kiện',
  keywords: 'Từ khóa',
  onlineLevel: 'Mức dịch vụ công trực tuyến',
  boundaryFree: 'Không phụ thuộc địa giới hành chính',
  interAgency: 'Liên thông',
  decisionNumber: 'Quyết định công bố',
  sourceUrl: 'Nguồn (CSDL quốc gia)',
  legalEffectiveOn: 'Ngày văn bản quy định có hiệu lực',
  unitCode: 'Mã đơn vị',
  handlingUnitCode: 'Phòng xử lý',
  role: 'Vai trò',
  allotted: 'Thời gian',
  handoff: 'Chuyển liên thông',
  parallelGroup: 'Nhóm song song',
  lead: 'Chủ trì',
  agencies: 'Cơ quan thực hiện',
};

/** Splits either notation into segments: names and 0-based indexes. */
export function splitPath(path: string): (string | number)[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Rows of a list are named by what they are ("Giấy tờ 3"), and so are their own fields. */
const rowNouns: Record<string, string> = {
  channels: 'Cách thức',
  fees: 'Phí, lệ phí',
  documents: 'Giấy tờ',
  legalBases: 'Căn cứ',
  resultItems: 'Kết quả',
  subjects: 'Đối tượng',
  keywords: 'Từ khóa',
  steps: 'Bước',
  agencies: 'Cơ quan',
};
const nestedLabels: Record<string, Record<string, string>> = {
  documents: { name: 'Tên giấy tờ' },
  fees: { name: 'Tên khoản phí' },
  resultItems: { name: 'Tên kết quả', code: 'Mã loại kết quả' },
  steps: { name: 'Tên bước', unitCode: 'Đơn vị thực hiện', description: 'Mô tả' },
};

export function describePath(path: string): string {
  const parts = splitPath(path);
  if (parts[0] === 'record') parts.shift();
  const words: string[] = [];
  let list = '';
  for (const [i, part] of parts.entries()) {
    const next = parts[i + 1];
    if (typeof part === 'number') {
      words.push(`${rowNouns[list] ?? list} ${part + 1}`.trim());
    } else if (typeof next === 'number') {
      list = part;
    } else {
      words.push(nestedLabels[list]?.[part] ?? fieldLabels[part] ?? part);
    }
  }
  return words.join(' › ') || path;
}

export function labelOf(field: string): string {
  return fieldLabels[field] ?? field;
}
