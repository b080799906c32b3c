import type { ProcedureRecord } from './procedure-record.ts';

/**
 * 766 index 1.3 (domain.md §9): a procedure is published with all required components — name,
 * sequence of steps, method (channels), dossier documents, deadline, subjects, implementing body
 * (Decree 63/2010 Art. 8.2–8.3 adds the result). Returns the missing components, in Vietnamese.
 */
export function findMissingComponents(record: ProcedureRecord): string[] {
  const missing: string[] = [];
  if (!record.name.trim()) missing.push('Tên thủ tục');
  if (!record.steps.trim()) missing.push('Trình tự thực hiện');
  if (record.channels.length === 0) missing.push('Cách thức thực hiện');
  if (record.documents.length === 0) missing.push('Thành phần hồ sơ');
  if (!record.channels.some((c) => c.deadline !== null || c.deadlineText))
    missing.push('Thời hạn giải quyết');
  if (record.subjects.length === 0) missing.push('Đối tượng thực hiện');
  if (!record.implementingAgency && !record.competentAgency) missing.push('Cơ quan thực hiện');
  if (!record.result.trim()) missing.push('Kết quả thực hiện');
  return missing;
}
