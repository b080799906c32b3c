import { useState } from 'react';
import { TextAreaField } from '../../components/field.tsx';
import { findFieldError } from '../../lib/api.ts';
import { ActionFrame } from './action-frame.tsx';
import {
  type ActionFormProps,
  createMissingError,
  useDossierAction,
} from './use-dossier-action.ts';

/** "Trình phê duyệt": the appraisal summary and the proposal to approve or refuse. */
export function SubmitForApprovalForm({
  dossier,
  action,
  showTitle,
  ...callbacks
}: ActionFormProps) {
  const { perform, isPending, error, setError } = useDossierAction(dossier, action, callbacks);
  const [summary, setSummary] = useState('');
  const [proposal, setProposal] = useState<'approve' | 'refuse'>('approve');
  const [note, setNote] = useState('');
  function submit() {
    if (!summary.trim()) return setError(createMissingError('summary', 'Nhập kết quả thẩm định'));
    return perform({ summary, proposal, ...(note.trim() ? { note } : {}) });
  }
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel="Trình phê duyệt"
      isPending={isPending}
      error={error}
      shownFields={['summary', 'proposal', 'note']}
      onSubmit={submit}
    >
      <TextAreaField
        label="Kết quả thẩm định"
        value={summary}
        onValueChange={setSummary}
        required
        error={findFieldError(error, 'summary')}
      />
      <fieldset className="field-wide radio-group">
        <legend>Đề xuất</legend>
        {(
          [
            ['approve', 'Đề nghị giải quyết'],
            ['refuse', 'Đề nghị từ chối'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="check">
            <input
              type="radio"
              name="proposal"
              value={value}
              checked={proposal === value}
              onChange={() => setProposal(value)}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
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
