import { useId, useState } from 'react';
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx';
import { findFieldError } from '../../lib/api.ts';
import { formatInstant } from '../../lib/dates.ts';
import { chainModeLabels } from '../../lib/workflow-labels.ts';
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
  optional,
  useDossierAction,
} from './use-dossier-action.ts';

type Mode = keyof typeof chainModeLabels;

interface PartDraft {
  key: number;
  unitCode: string;
  task: string;
  amount: string;
  unit: AllottedUnit;
}

let nextKey = 1;
const newPart = (): PartDraft => ({
  key: nextKey++,
  unitCode: '',
  task: '',
  amount: '1',
  unit: 'working_days',
});

/**
 * "Chuyển liên thông" (Decree 118/2025 Art. 20): paper dossiers go agency by agency in the order
 * listed, each with its hand-off slip; electronic ones go to all at once, with one lead agency.
 * Every sub-deadline must fit inside the dossier's legal deadline (the server checks it).
 */
export function HandoffForm({ dossier, action, showTitle, ...callbacks }: ActionFormProps) {
  const { perform, isPending, error, setError } = useDossierAction(dossier, action, callbacks);
  const agencies = useAgencyOptions(dossier);
  const [mode, setMode] = useState<Mode>('sequential');
  const [parts, setParts] = useState<PartDraft[]>(() => [newPart()]);
  const [lead, setLead] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const group = useId();

  function update(key: number, change: Partial<PartDraft>) {
    setParts(parts.map((p) => (p.key === key ? { ...p, ...change } : p)));
  }

  function remove(key: number) {
    setParts(parts.filter((p) => p.key !== key));
    if (lead === key) setLead(null);
  }

  function submit() {
    const body = [];
    for (const [index, part] of parts.entries()) {
      const amount = parseAmount(part.amount);
      if (!part.unitCode)
        return setError(createMissingError(`parts.${index}.unitCode`, 'Chọn cơ quan'));
      if (!part.task.trim())
        return setError(createMissingError(`parts.${index}.task`, 'Nêu phần việc của cơ quan'));
      if (amount === null)
        return setError(createMissingError(`parts.${index}.allotted.amount`, 'Nhập thời hạn'));
      body.push({
        unitCode: part.unitCode,
        task: part.task.trim(),
        allotted: { amount, unit: part.unit },
        lead: lead === part.key,
      });
    }
    if (mode === 'parallel' && lead === null)
      return setError(createMissingError('lead', 'Liên thông điện tử: chọn một cơ quan chủ trì'));
    return perform({ mode, parts: body, ...optional('note', note) });
  }

  const fieldError = (index: number, name: string) =>
    findFieldError(error, `parts.${index}.${name}`);
  return (
    <ActionFrame
      title={action.label}
      showTitle={showTitle}
      buttonLabel="Chuyển liên thông"
      isPending={isPending}
      error={error ?? agencies.error}
      shownFields={parts.flatMap((_, i) => [
        ...(i === 0 ? ['lead'] : []),
        `parts.${i}.unitCode`,
        `parts.${i}.task`,
        `parts.${i}.allotted.amount`,
      ])}
      onSubmit={submit}
      intro={
        <p className="form-intro">
          Thời hạn của từng cơ quan phải nằm trong hạn giải quyết của hồ sơ (
          {formatInstant(dossier.dueAt)}); chuyển tuần tự thì các thời hạn cộng dồn theo thứ tự.
        </p>
      }
    >
      <fieldset className="field-wide radio-group">
        <legend>Cách chuyển</legend>
        {(Object.keys(chainModeLabels) as Mode[]).map((value) => (
          <label key={value} className="check">
            <input
              type="radio"
              name={`${group}-mode`}
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            <span>{chainModeLabels[value]}</span>
          </label>
        ))}
      </fieldset>
      {parts.map((part, index) => (
        <fieldset key={part.key} className="field-wide part-fieldset">
          <legend>Cơ quan phối hợp {index + 1}</legend>
          <div className="form-grid">
            <SelectField
              label="Cơ quan"
              value={part.unitCode}
              onValueChange={(unitCode) => update(part.key, { unitCode })}
              options={agencies.options}
              error={fieldError(index, 'unitCode')}
              wide
            />
            <TextField
              label="Phần việc"
              value={part.task}
              onValueChange={(task) => update(part.key, { task })}
              error={fieldError(index, 'task')}
              wide
            />
            <AllottedFields
              label="Thời hạn"
              amount={part.amount}
              unit={part.unit}
              onAmountChange={(amount) => update(part.key, { amount })}
              onUnitChange={(unit) => update(part.key, { unit })}
              error={fieldError(index, 'allotted.amount') ?? fieldError(index, 'allotted')}
            />
            <label className="check">
              <input
                type="radio"
                name={`${group}-lead`}
                checked={lead === part.key}
                onChange={() => setLead(part.key)}
              />
              <span>Cơ quan chủ trì</span>
            </label>
            {parts.length > 1 && (
              <button
                type="button"
                className="button-quiet button-small part-remove"
                onClick={() => remove(part.key)}
              >
                Bỏ cơ quan phối hợp {index + 1}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      <div className="field-wide">
        <button
          type="button"
          className="button-quiet"
          onClick={() => setParts([...parts, newPart()])}
        >
          Thêm cơ quan phối hợp
        </button>
        {findFieldError(error, 'lead') && (
          <p className="field-error">{findFieldError(error, 'lead')}</p>
        )}
      </div>
      <TextAreaField label="Ghi chú" value={note} onValueChange={setNote} rows={2} />
    </ActionFrame>
  );
}
