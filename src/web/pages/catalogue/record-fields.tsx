import { type ComponentProps, useId } from 'react';
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx';
import { useFieldError } from './field-errors.tsx';

/** Inputs of the record editor: each finds its own server message by its field path. */
type TextProps = Omit<ComponentProps<typeof TextField>, 'error' | 'value' | 'onValueChange'> & {
  path: string;
  value: string | null;
  onValueChange: (value: string) => void;
};

export function PathText({ path, value, ...rest }: TextProps) {
  return <TextField error={useFieldError(path)} value={value ?? ''} data-path={path} {...rest} />;
}

type AreaProps = Omit<ComponentProps<typeof TextAreaField>, 'error' | 'value'> & {
  path: string;
  value: string | null;
};

export function PathArea({ path, value, ...rest }: AreaProps) {
  return <TextAreaField error={useFieldError(path)} value={value ?? ''} {...rest} />;
}

type SelectProps = Omit<ComponentProps<typeof SelectField>, 'error'> & { path: string };

export function PathSelect({ path, ...rest }: SelectProps) {
  return <SelectField error={useFieldError(path)} data-path={path} {...rest} />;
}

/** A number input whose empty value is null ("not stated"), e.g. the count of copies. */
export function PathNumber({
  path,
  label,
  value,
  onValueChange,
  min = 0,
  step = 1,
  hint,
  disabled,
}: {
  path: string;
  label: string;
  value: number | null;
  onValueChange: (value: number | null) => void;
  min?: number;
  step?: number | 'any';
  hint?: string;
  disabled?: boolean;
}) {
  return (
    <TextField
      label={label}
      type="number"
      inputMode="decimal"
      min={min}
      step={step}
      hint={hint}
      disabled={disabled}
      error={useFieldError(path)}
      data-path={path}
      value={value === null || Number.isNaN(value) ? '' : String(value)}
      onValueChange={(text) => onValueChange(text.trim() === '' ? null : Number(text))}
    />
  );
}

export function PathCheck({
  path,
  label,
  checked,
  onCheckedChange,
}: {
  path: string;
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}) {
  const error = useFieldError(path);
  const id = useId();
  return (
    <div className={`field ${error ? 'field-invalid' : ''}`}>
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          data-path={path}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onCheckedChange(event.target.checked)}
        />
        <span>{label}</span>
      </label>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
