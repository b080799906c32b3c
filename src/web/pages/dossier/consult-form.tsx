import { useState } from 'react';
import { SelectField, TextAreaField } from '../../components/field.tsx';
import { findFieldError } from '../../lib/api.ts';
import { ActionFrame } from './action-frame.tsx';
import {
  AllottedFields,
  type AllottedUnit,
  parseAmount,
  useAgencyOptions,
} from './agency-fields.tsx';
import {
  type ActionFormProps,
  createMissingError,
  useDossierAction,
} from './use-dossier-action.ts';

/** "Xin ý kiến cơ quan khác": the agency, the question and how long it has to answer. */
export function ConsultForm({ dossier, action, showTitle, ...callbacks }: ActionFormProps) {
  const { perform, isPending, error, setError } = useDossierAction(dossier, action, callbacks);
  const agencies = useAgencyOptions(dossier);
  const [unitCode, setUnitCode] = useState('');
  const [question, setQuestion] = useState('');
  const [amount, setAmount] = useState('3');
  const [unit, setUnit] = useState<AllottedUnit>('working_days');
  function submit() {
    if (!unitCode) return setError(createMissingError('unitCode', 'Chọn cơ quan được xin ý kiến'));
    if (!question.trim())
      return setError(createMissingError('question', 'Nêu nội dung xin ý kiến'));
    const allotted = parseAmount(amount);
    if (allotted === null)
      return setError(createMissingError('allotted.amount', 'Nhập thời hạn trả lời'));
    return perform({ unitCode, question: question.trim(), allotted: { amount: allotted, unit } });
  }
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel="Gửi xin ý kiến"
      isPending={isPending}
      error={error ?? agencies.error}
      shownFields={['unitCode', 'question', 'allotted.amount']}
      onSubmit={submit}
    >
      <SelectField
        label="Cơ quan được xin ý kiến"
        value={unitCode}
        onValueChange={setUnitCode}
        options={agencies.options}
        error={findFieldError(error, 'unitCode')}
        wide
      />
      <TextAreaField
        label="Nội dung xin ý kiến"
        value={question}
        onValueChange={setQuestion}
        required
        error={findFieldError(error, 'question')}
      />
      <AllottedFields
        label="Thời hạn trả lời"
        amount={amount}
        unit={unit}
        onAmountChange={setAmount}
        onUnitChange={setUnit}
        error={findFieldError(error, 'allotted.amount')}
      />
    </ActionFrame>
  );
}
