import type { ReactNode } from 'react';

interface CheckboxListProps {
  legend: string;
  hint?: string;
  items: { key: string; label: ReactNode }[];
  checked: ReadonlySet<string>;
  onChange: (checked: Set<string>) => void;
  error?: string;
  /** Extra content of one item, shown under it while it is checked (a detail field). */
  renderDetail?: (key: string) => ReactNode;
  children?: ReactNode;
}

/** A fieldset of checkboxes (its legend names the group for screen readers). */
export function CheckboxList({
  legend,
  hint,
  items,
  checked,
  onChange,
  error,
  renderDetail,
  children,
}: CheckboxListProps) {
  function toggle(key: string, on: boolean) {
    const next = new Set(checked);
    if (on) next.add(key);
    else next.delete(key);
    onChange(next);
  }
  return (
    <fieldset className={`field-wide check-list ${error ? 'field-invalid' : ''}`}>
      <legend>{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.key}>
            <label className="check">
              <input
                type="checkbox"
                checked={checked.has(item.key)}
                onChange={(event) => toggle(item.key, event.target.checked)}
              />
              <span>{item.label}</span>
            </label>
            {checked.has(item.key) && renderDetail?.(item.key)}
          </li>
        ))}
      </ul>
      {children}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
