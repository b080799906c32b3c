import { useState } from 'react';
import { SelectField, TextAreaField } from '../../components/field.tsx';
import { findFieldError } from '../../lib/api.ts';
import { roleLabels } from '../../lib/labels.ts';
import type { Role } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { ActionFrame } from './action-frame.tsx';
import {
  type ActionFormProps,
  createMissingError,
  optional,
  useDossierAction,
} from './use-dossier-action.ts';

const buttonLabels: Record<string, string> = {
  assign: 'Phân công',
  reassign: 'Phân công lại',
  forward: 'Chuyển bước',
};

/**
 * "Phân công xử lý" / "Phân công lại": pick a specialist or head of the handling unit.
 * "Chuyển bước tiếp theo": the same list, optional (empty = the officer keeps the dossier).
 */
export function AssignForm({ dossier, action, showTitle, ...callbacks }: ActionFormProps) {
  const { perform, isPending, error, setError } = useDossierAction(dossier, action, callbacks);
  const assignees = useApiData<{
    items: { username: string; fullName: string; title: string | null; role: Role }[];
  }>(`/dossiers/${encodeURIComponent(dossier.code)}/assignees`);
  const [assignee, setAssignee] = useState('');
  const [note, setNote] = useState('');
  const isOptional = action.type === 'forward';
  const options = (assignees.data?.items ?? []).map((a) => ({
    value: a.username,
    label: `${a.fullName} — ${a.title ?? roleLabels[a.role] ?? a.role}`,
  }));
  function submit() {
    if (!assignee && !isOptional)
      return setError(createMissingError('assignee', 'Chọn cán bộ xử lý'));
    return perform({ ...optional('assignee', assignee), ...optional('note', note) });
  }
  const empty = assignees.isLoading
    ? 'Đang tải…'
    : isOptional
      ? '— Người đang xử lý giữ hồ sơ —'
      : '— Chọn cán bộ —';
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel={buttonLabels[action.type] ?? action.label}
      isPending={isPending}
      error={error ?? assignees.error}
      shownFields={['assignee', 'note']}
      onSubmit={submit}
    >
      <SelectField
        label={isOptional ? 'Chuyển cho' : 'Cán bộ xử lý'}
        value={assignee}
        onValueChange={setAssignee}
        options={[{ value: '', label: empty }, ...options]}
        error={findFieldError(error, 'assignee')}
        wide
      />
      <TextAreaField
        label="Ghi chú"
        value={note}
        onValueChange={setNote}
        rows={2}
        error={findFieldError(error, 'note')}
      />
    </ActionFrame>
  );
}
