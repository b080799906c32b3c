import { type FormEvent, useState } from 'react';
import { apiWrite } from '../../lib/api.ts';
import type { InternalProcessVersion, ProcessStep, RecordDeadline, Unit } from '../../lib/types.ts';
import { useSubmission } from '../../lib/use-submission.ts';
import { procedureApi } from './catalogue-api.ts';
import { collectFieldErrors, ErrorSummary, FieldErrorsContext } from './field-errors.tsx';
import { ReadOnlyContext } from './list-editor.tsx';
import { ProcessHistory } from './process-history.tsx';
import {
  blankStep,
  findTightestDeadline,
  ProcessStepsEditor,
  ProcessTotal,
} from './process-steps-editor.tsx';

const cleanSteps = (steps: ProcessStep[]): ProcessStep[] =>
  steps.map((s) => ({
    ...s,
    name: s.name.trim(),
    description: s.description?.trim() ? s.description.trim() : null,
    parallelGroup: s.handoff ? s.parallelGroup : null,
  }));

/** One agency's process: the steps being drafted, save (refused past the deadline), history. */
export function ProcessEditor({
  code,
  unitCode,
  history,
  deadlines,
  units,
  canEdit,
  onChanged,
}: {
  code: string;
  unitCode: string;
  history: InternalProcessVersion[];
  deadlines: RecordDeadline[];
  units: Unit[];
  canEdit: boolean;
  onChanged: (message: string) => void;
}) {
  const [steps, setSteps] = useState<ProcessStep[]>(() =>
    history[0] ? structuredClone(history[0].steps) : [blankStep()],
  );
  const { isPending, error, submit } = useSubmission();
  const errors = collectFieldErrors(error);
  const deadline = findTightestDeadline(deadlines);

  async function handleSave(event: FormEvent) {
    event.preventDefault();
    const saved = await submit((key) =>
      apiWrite<{ versionNo: number }>(
        'POST',
        `${procedureApi(code)}/processes`,
        { unitCode, steps: cleanSteps(steps) },
        key,
      ),
    );
    if (saved) onChanged(`Đã lưu quy trình ${saved.versionNo} (dự thảo) của ${unitCode}.`);
  }

  async function activate(versionNo: number) {
    const done = await submit((key) =>
      apiWrite(
        'POST',
        `${procedureApi(code)}/processes/${encodeURIComponent(unitCode)}/${versionNo}/activate`,
        undefined,
        key,
      ),
    );
    if (done !== undefined) onChanged(`Đã áp dụng quy trình ${versionNo} của ${unitCode}.`);
  }

  return (
    <FieldErrorsContext value={errors}>
      <section className="panel" aria-labelledby="process-editor-heading">
        <h2 id="process-editor-heading">Soạn quy trình</h2>
        <ErrorSummary error={error} errors={errors} />
        <form onSubmit={handleSave} aria-label="Soạn quy trình nội bộ" noValidate>
          <ReadOnlyContext value={!canEdit}>
            <ProcessStepsEditor steps={steps} onChange={setSteps} units={units} />
          </ReadOnlyContext>
          <ProcessTotal steps={steps} deadline={deadline} />
          {canEdit ? (
            <button type="submit" className="button-primary" disabled={isPending}>
              Lưu quy trình (dự thảo)
            </button>
          ) : (
            <p className="muted">Bạn chỉ được xem quy trình của thủ tục này.</p>
          )}
        </form>
      </section>
      <section className="panel" aria-labelledby="process-history-heading">
        <h2 id="process-history-heading">Các phiên bản quy trình</h2>
        <ProcessHistory
          versions={history}
          isPending={isPending || !canEdit}
          onActivate={activate}
          onLoad={(v) => {
            setSteps(structuredClone(v.steps));
            onChanged(`Đã nạp các bước của quy trình ${v.versionNo} vào trình soạn.`);
          }}
        />
      </section>
    </FieldErrorsContext>
  );
}
