/** Vietnamese labels of the catalogue pages; domain terms come from `core` so they stay one. */
import { allottedUnits } from '../../../core/catalogue/internal-process.ts';
import {
  deadlineUnitLabels,
  deadlineUnits,
  procedureLevelLabels,
  procedureLevels,
} from '../../../core/catalogue/procedure-record.ts';
import {
  type ChangeKind,
  changeKindLabels,
  type VersionStatus,
  versionStatusLabels,
} from '../../../core/catalogue/version-lifecycle.ts';
import { formatDate } from '../../lib/dates.ts';

export { changeKindLabels, procedureLevelLabels, versionStatusLabels };

export const levelOptions = procedureLevels.map((value) => ({
  value,
  label: procedureLevelLabels[value],
}));

/** The list's lifecycle filter (`state` of GET /catalogue/procedures). */
export const stateOptions = [
  { value: 'all', label: 'Tất cả' },
  { value: 'published', label: 'Đang hiệu lực' },
  { value: 'open', label: 'Có phiên bản đang soạn' },
  { value: 'draft', label: 'Có dự thảo' },
  { value: 'under_review', label: 'Đang kiểm soát' },
  { value: 'review_due', label: 'Đến hạn rà soát (30 ngày)' },
  { value: 'abolished', label: 'Đã bãi bỏ' },
];

export const revisionKindOptions = (['amended', 'replaced', 'abolished'] as const).map((value) => ({
  value,
  label: changeKindLabels[value],
}));

/** Deadline units of a channel; the empty value means "no countable deadline published". */
export const deadlineUnitOptions = [
  { value: '', label: 'Không nêu cụ thể' },
  ...deadlineUnits.map((value) => ({ value, label: deadlineUnitLabels[value] })),
];

export const allottedUnitOptions = allottedUnits.map((value) => ({
  value,
  label: deadlineUnitLabels[value],
}));

export function describeStatus(status: string): string {
  return versionStatusLabels[status as VersionStatus] ?? status;
}

export function describeChangeKind(kind: string | null): string {
  return kind ? (changeKindLabels[kind as ChangeKind] ?? kind) : '';
}

export function describeLevels(levels: readonly string[]): string {
  return levels
    .map((l) => procedureLevelLabels[l as keyof typeof procedureLevelLabels] ?? l)
    .join(', ');
}

export function formatOptionalDate(date: string | null | undefined): string {
  return date ? formatDate(date) : '—';
}
