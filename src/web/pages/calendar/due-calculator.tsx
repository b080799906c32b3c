import { type FormEvent, useState } from 'react';
import { ExplanationList } from '../../components/explanation-list.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { apiGet, findFieldError } from '../../lib/api.ts';
import { formatInstant, getNowLocalValue, toVnIso } from '../../lib/dates.ts';
import { deadlineUnitLabels } from '../../lib/labels.ts';
import type { ExplanationItem } from '../../lib/types.ts';
import { useSubmission } from '../../lib/use-submission.ts';

interface DueAnswer {
  due: string;
  clockStart?: string;
  explanation: ExplanationItem[];
}

const unitOptions = Object.entries(deadlineUnitLabels).map(([value, label]) => ({
  value,
  label: label.charAt(0).toUpperCase() + label.slice(1),
}));

/** "Tính thử hạn giải quyết": the same engine as dossiers, with its explanation. */
export function DueCalculator({ org }: { org: string }) {
  const [start, setStart] = useState(getNowLocalValue);
  const [amount, setAmount] = useState('3');
  const [unit, setUnit] = useState('working_days');
  const [answer, setAnswer] = useState<DueAnswer | null>(null);
  const { isPending, error, submit } = useSubmission();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const query = { start: toVnIso(start), amount, unit, org };
    const result = await submit(() => apiGet<DueAnswer>('/calendar/due', query));
    setAnswer(result ?? null);
  }

  return (
    <section className="panel" aria-labelledby="due-heading">
      <h2 id="due-heading">Tính thử hạn giải quyết</h2>
      <form className="toolbar" onSubmit={handleSubmit} noValidate>
        <TextField
          label="Thời điểm bắt đầu"
          type="datetime-local"
          value={start}
          onValueChange={setStart}
          required
          error={findFieldError(error, 'start')}
        />
        <TextField
          label="Số lượng"
          type="number"
          min={0}
          value={amount}
          onValueChange={setAmount}
          error={findFieldError(error, 'amount')}
        />
        <SelectField
          label="Đơn vị tính"
          value={unit}
          onValueChange={setUnit}
          options={unitOptions}
        />
        <button type="submit" disabled={isPending}>
          Tính hạn
        </button>
      </form>
      <FormError error={error} shownFields={['start', 'amount']} />
      <div role="status">
        {answer && (
          <p>
            Hạn giải quyết: <strong className="due-emphasis">{formatInstant(answer.due)}</strong>
            {answer.clockStart && (
              <span className="muted"> (bắt đầu tính từ {formatInstant(answer.clockStart)})</span>
            )}
          </p>
        )}
      </div>
      {answer && <ExplanationList items={answer.explanation} label="Giải thích" />}
    </section>
  );
}
