import { useId } from 'react';
import type { Unit } from '../lib/types.ts';

interface UnitCodeFieldProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  units: Unit[];
  error?: string;
  required?: boolean;
}

/** A unit code input with a picker (datalist of every active unit: code and name). */
export function UnitCodeField({
  label,
  value,
  onValueChange,
  units,
  error,
  required,
}: UnitCodeFieldProps) {
  const id = useId();
  const match = units.find((u) => u.code === value.trim());
  const hint = match
    ? `${match.name} (${match.kindLabel})`
    : 'Gõ mã hoặc chọn trong danh sách gợi ý';
  return (
    <div className={`field ${error ? 'field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        list={`${id}-units`}
        value={value}
        required={required}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
      <datalist id={`${id}-units`}>
        {units
          .filter((u) => u.isActive)
          .map((u) => (
            <option key={u.id} value={u.code}>
              {u.name}
            </option>
          ))}
      </datalist>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
