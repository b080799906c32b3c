import { useState } from 'react';
import { TextAreaField } from '../../components/field.tsx';
import { findFieldError } from '../../lib/api.ts';
import type { DossierDetail } from '../../lib/types.ts';
import { ActionFrame } from './action-frame.tsx';
import { AssignForm } from './assign-form.tsx';
import { ReturnResultForm } from './return-result-form.tsx';
import { SubmitForApprovalForm } from './submit-for-approval-form.tsx';
import {
  type ActionCallbacks,
  type ActionFormProps,
  useDossierAction,
} from './use-dossier-action.ts';

/** Only the actions the server offers are rendered; unknown future types get a note-only form. */
export function ActionForms({
  dossier,
  ...callbacks
}: { dossier: DossierDetail } & ActionCallbacks) {
  if (dossier.availableActions.length === 0) {
    return <p className="muted">Bạn không có thao tác nào với hồ sơ ở trạng thái hiện tại.</p>;
  }
  return (
    <>
      {dossier.availableActions.map((action) => {
        const props = { dossier, action, ...callbacks };
        switch (action.type) {
          case 'assign':
            return <AssignForm key={action.type} {...props} />;
          case 'submit_for_approval':
            return <SubmitForApprovalForm key={action.type} {...props} />;
          case 'approve':
            return <NoteOnlyForm key={action.type} {...props} buttonLabel="Phê duyệt" />;
          case 'return_result':
            return <ReturnResultForm key={action.type} {...props} />;
          default:
            return <NoteOnlyForm key={action.type} {...props} buttonLabel={action.label} />;
        }
      })}
    </>
  );
}

function NoteOnlyForm({
  dossier,
  action,
  buttonLabel,
  ...callbacks
}: ActionFormProps & { buttonLabel: string }) {
  const { perform, isPending, error } = useDossierAction(dossier, action, callbacks);
  const [note, setNote] = useState('');
  return (
    <ActionFrame
      title={action.label}
      buttonLabel={buttonLabel}
      isPending={isPending}
      error={error}
      shownFields={['note']}
      onSubmit={() => perform(note.trim() ? { note } : {})}
    >
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
