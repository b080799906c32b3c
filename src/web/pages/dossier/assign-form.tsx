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
  useDossierAction,
} from './use-dossier-action.ts';

/** "Phân công xử lý": pick a specialist or head of the handling unit. */
export function AssignForm({ dossier, action, ...callbacks }: ActionFormProps) {
  const { perform, isPending, error, setError } = useDossierAction(dossier, action, callbacks);
  const assignees = useApiData<{
    items: { username: string; fullName: string; title: string | null; role: Role }[];
  }>(`/dossiers/${encodeURIComponent(dossier.code)}/assignees`);
  const [assignee, setAssignee] = useState('');
  const [note, setNote] = useState('');
  const options = (assignees.data?.items ?? []).map((a) => ({
    value: a.username,
    label: `${a.fullName} — ${a.title ?? roleLabels[a.role] ?? a.role}`,
  }));
  function submit() {
    if (!assignee) return setError(createMissingError('assignee', 'Chọn cán bộ xử lý'));
    return perform({ assignee, ...(note.trim() ? { note } : {}) });
  }
  return (
    <ActionFrame
      title={action.label}
      buttonLabel="Phân công"
      isPending={isPending}
      error={error ?? assignees.error}
      shownFields={['assignee', 'note']}
      onSubmit={submit}
    >
      <SelectField
        label="Cán bộ xử lý"
        value={assignee}
        onValueChange={setAssignee}
        options={[
          { value: '', label: assignees.isLoading ? 'Đang tải…' : '— Chọn cán bộ —' },
          ...options,
        ]}
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
