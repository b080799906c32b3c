import {
  deadlineWorkingMinutes,
  formatMinutes,
  totalProcessMinutes,
} from '../../../core/catalogue/internal-process.ts';
import { UnitCodeField } from '../../components/unit-code-field.tsx';
import { formatDeadline, roleOptions } from '../../lib/labels.ts';
import type { ProcessStep, RecordDeadline, Role, Unit } from '../../lib/types.ts';
import { allottedUnitOptions } from './catalogue-labels.ts';
import { useFieldError } from './field-errors.tsx';
import { ListEditor } from './list-editor.tsx';
import { PathArea, PathCheck, PathNumber, PathSelect, PathText } from './record-fields.tsx';

export const blankStep = (): ProcessStep => ({
  name: '',
  role: 'specialist',
  unitCode: null,
  allotted: { amount: 1, unit: 'working_days' },
  handoff: false,
  parallelGroup: null,
  lead: false,
  description: null,
});

/** The legal deadline the process must fit: the tightest of the channels (the server's rule). */
export function findTightestDeadline(deadlines: RecordDeadline[]): RecordDeadline | undefined {
  return [...deadlines].sort((x, y) => deadlineWorkingMinutes(x) - deadlineWorkingMinutes(y))[0];
}

/** Running total of the steps against the deadline, recomputed on every keystroke. */
export function ProcessTotal({
  steps,
  deadline,
}: {
  steps: ProcessStep[];
  deadline: RecordDeadline | undefined;
}) {
  const usable = steps.map((s) =>
    Number.isFinite(s.allotted.amount) ? s : { ...s, allotted: { ...s.allotted, amount: 0 } },
  );
  const total = totalProcessMinutes(usable);
  const limit = deadline ? deadlineWorkingMinutes(deadline) : null;
  const over = limit !== null && total > limit;
  return (
    <div className={`process-total ${over ? 'process-total-over' : 'process-total-ok'}`}>
      <p role="status" aria-live="polite">
        Tổng thời gian các bước: <strong>{formatMinutes(total)}</strong>
        {deadline && limit !== null && (
          <>
            {' '}
            / thời hạn giải quyết {formatDeadline(deadline)} (≈ {formatMinutes(limit)}).{' '}
            <strong>
              {over
                ? `Vượt ${formatMinutes(total - limit)}: máy chủ sẽ không lưu quy trình này.`
                : `Còn dư ${formatMinutes(limit - total)}.`}
            </strong>
          </>
        )}
        {!deadline && ' (thủ tục không nêu thời hạn tính được).'}
      </p>
      {limit !== null && (
        <meter
          min={0}
          max={limit}
          high={limit * 0.9}
          optimum={0}
          value={Math.min(total, limit)}
          aria-label="Tỷ lệ thời gian đã phân bổ so với thời hạn"
        />
      )}
    </div>
  );
}

/** Ordered steps: name, role, unit, allotted working time, hand-off to another agency. */
export function ProcessStepsEditor({
  steps,
  onChange,
  units,
}: {
  steps: ProcessStep[];
  onChange: (steps: ProcessStep[]) => void;
  units: Unit[];
}) {
  return (
    <ListEditor
      legend="Các bước của quy trình"
      itemLabel={(i) => `Bước ${i + 1}`}
      items={steps}
      onChange={onChange}
      createItem={blankStep}
      addLabel="Thêm bước"
      error={useFieldError('steps')}
      renderItem={(step, i, update) => (
        <StepFields
          step={step}
          index={i}
          units={units}
          update={(patch) => update({ ...step, ...patch })}
        />
      )}
    />
  );
}

function StepFields({
  step,
  index,
  units,
  update,
}: {
  step: ProcessStep;
  index: number;
  units: Unit[];
  update: (patch: Partial<ProcessStep>) => void;
}) {
  const at = `steps.${index}`;
  const n = `bước ${index + 1}`;
  return (
    <div className="form-grid step-grid">
      <PathText
        path={`${at}.name`}
        label={`Tên ${n}`}
        value={step.name}
        onValueChange={(name) => update({ name })}
      />
      <PathSelect
        path={`${at}.role`}
        label={`Vai trò thực hiện ${n}`}
        value={step.role}
        options={roleOptions}
        onValueChange={(role) => update({ role: role as Role })}
      />
      <UnitCodeField
        label={`Đơn vị thực hiện ${n} (để trống: đơn vị của hồ sơ)`}
        units={units}
        value={step.unitCode ?? ''}
        error={useFieldError(`${at}.unitCode`)}
        onValueChange={(code) => update({ unitCode: code.trim() ? code.trim() : null })}
      />
      <div className="inline-pair">
        <PathNumber
          path={`${at}.allotted.amount`}
          label={`Thời gian ${n}`}
          step="any"
          value={Number.isFinite(step.allotted.amount) ? step.allotted.amount : null}
          onValueChange={(amount) =>
            update({ allotted: { ...step.allotted, amount: amount ?? Number.NaN } })
          }
        />
        <PathSelect
          path={`${at}.allotted.unit`}
          label={`Đơn vị thời gian ${n}`}
          value={step.allotted.unit}
          options={allottedUnitOptions}
          onValueChange={(unit) =>
            update({
              allotted: { ...step.allotted, unit: unit as ProcessStep['allotted']['unit'] },
            })
          }
        />
      </div>
      <PathCheck
        path={`${at}.handoff`}
        label={`Chuyển liên thông sang cơ quan khác (${n})`}
        checked={step.handoff}
        onCheckedChange={(handoff) => update({ handoff })}
      />
      <PathCheck
        path={`${at}.lead`}
        label={`Cơ quan chủ trì (${n})`}
        checked={step.lead}
        onCheckedChange={(lead) => update({ lead })}
      />
      {step.handoff && (
        <PathNumber
          path={`${at}.parallelGroup`}
          label={`Nhóm song song (${n})`}
          min={1}
          hint="Các bước liên thông cùng nhóm chạy đồng thời; để trống nếu tuần tự"
          value={step.parallelGroup}
          onValueChange={(parallelGroup) => update({ parallelGroup })}
        />
      )}
      <PathArea
        path={`${at}.description`}
        label={`Mô tả ${n}`}
        rows={2}
        value={step.description}
        onValueChange={(description) => update({ description })}
      />
    </div>
  );
}
