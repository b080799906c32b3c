import { useState } from 'react';
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx';
import { findFieldError } from '../../lib/api.ts';
import { returnMethodOptions } from '../../lib/labels.ts';
import { ActionFrame } from './action-frame.tsx';
import { type ActionFormProps, useDossierAction } from './use-dossier-action.ts';

/** "Trả kết quả": how the result went out and who collected it (prefilled with the applicant). */
export function ReturnResultForm({ dossier, action, showTitle, ...callbacks }: ActionFormProps) {
  const { perform, isPending, error } = useDossierAction(dossier, action, callbacks);
  const [method, setMethod] = useState('in_person');
  const [collectedBy, setCollectedBy] = useState(dossier.applicant.fullName);
  const [collectorIdNumber, setCollectorIdNumber] = useState(dossier.applicant.idNumber);
  const [note, setNote] = useState('');
  function submit() {
    return perform({
      method,
      ...(collectedBy.trim() ? { collectedBy } : {}),
      ...(collectorIdNumber.trim() ? { collectorIdNumber } : {}),
      ...(note.trim() ? { note } : {}),
    });
  }
  const fields = ['method', 'collectedBy', 'collectorIdNumber', 'note'];
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel="Trả kết quả"
      isPending={isPending}
      error={error}
      shownFields={fields}
      onSubmit={submit}
    >
      <SelectField
        label="Hình thức trả"
        value={method}
        onValueChange={setMethod}
        options={returnMethodOptions}
        error={findFieldError(error, 'method')}
      />
      <TextField
        label="Người nhận kết quả"
        value={collectedBy}
        onValueChange={setCollectedBy}
        error={findFieldError(error, 'collectedBy')}
      />
      <TextField
        label="Số giấy tờ người nhận"
        value={collectorIdNumber}
        onValueChange={setCollectorIdNumber}
        error={findFieldError(error, 'collectorIdNumber')}
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
