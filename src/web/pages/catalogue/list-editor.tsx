import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';

/** A published version is shown in the same editor, read-only: no add, move or remove buttons. */
export const ReadOnlyContext = createContext(false);

interface ListEditorProps<T> {
  legend: string;
  /** The name of one row, numbered: "Phí 2". Used in headings and button names. */
  itemLabel: (index: number) => string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  createItem: () => T;
  renderItem: (item: T, index: number, update: (next: T) => void) => ReactNode;
  addLabel: string;
  emptyText?: string;
  /** A message for the list as a whole (e.g. "at least one channel"). */
  error?: string;
  disabled?: boolean;
  className?: string;
}

type Pending = { index: number; target: 'first' | 'up' | 'down' } | null;

/**
 * An editable nested list: add, remove and move rows with ordinary buttons (no drag), so it works
 * from the keyboard. Focus follows the row that moved or was added; a live line says what happened.
 */
export function ListEditor<T>({
  legend,
  itemLabel,
  items,
  onChange,
  createItem,
  renderItem,
  addLabel,
  emptyText = 'Chưa có mục nào.',
  error,
  disabled: disabledProp,
  className = '',
}: ListEditorProps<T>) {
  const disabled = useContext(ReadOnlyContext) || disabledProp;
  const listRef = useRef<HTMLOListElement>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [said, setSaid] = useState('');

  useEffect(() => {
    if (!pending) return;
    const row = listRef.current?.querySelector<HTMLElement>(
      `:scope > li[data-row="${pending.index}"]`,
    );
    const selector =
      pending.target === 'first' ? 'input, select, textarea' : `[data-move="${pending.target}"]`;
    const target = row?.querySelector<HTMLElement>(selector);
    (target && !(target as HTMLButtonElement).disabled ? target : row)?.focus();
    setPending(null);
  }, [pending]);

  function add() {
    onChange([...items, createItem()]);
    setPending({ index: items.length, target: 'first' });
    setSaid(`Đã thêm ${itemLabel(items.length)}.`);
  }

  function remove(index: number) {
    onChange(items.filter((_, i) => i !== index));
    setSaid(`Đã xóa ${itemLabel(index)}.`);
  }

  function move(index: number, by: -1 | 1) {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    [next[index], next[to]] = [next[to] as T, next[index] as T];
    onChange(next);
    setPending({ index: to, target: by < 0 ? 'up' : 'down' });
    setSaid(`Đã chuyển ${itemLabel(index)} thành ${itemLabel(to)}.`);
  }

  return (
    <fieldset className={`list-editor field-wide ${className}`} disabled={disabled}>
      <legend>{legend}</legend>
      {error && <p className="field-error">{error}</p>}
      {items.length === 0 && <p className="muted">{emptyText}</p>}
      <ol className="list-editor-rows" ref={listRef}>
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their position
          <li key={index} data-row={index} tabIndex={-1} className="list-editor-row">
            <div className="list-editor-head">
              <span className="list-editor-title">{itemLabel(index)}</span>
              {!disabled && (
                <span className="list-editor-buttons">
                  <button
                    type="button"
                    className="button-small button-quiet"
                    data-move="up"
                    disabled={index === 0}
                    aria-label={`Đưa ${itemLabel(index)} lên`}
                    onClick={() => move(index, -1)}
                  >
                    ↑ Lên
                  </button>
                  <button
                    type="button"
                    className="button-small button-quiet"
                    data-move="down"
                    disabled={index === items.length - 1}
                    aria-label={`Đưa ${itemLabel(index)} xuống`}
                    onClick={() => move(index, 1)}
                  >
                    ↓ Xuống
                  </button>
                  <button
                    type="button"
                    className="button-small button-danger"
                    aria-label={`Xóa ${itemLabel(index)}`}
                    onClick={() => remove(index)}
                  >
                    Xóa
                  </button>
                </span>
              )}
            </div>
            {renderItem(item, index, (next) =>
              onChange(items.map((it, i) => (i === index ? next : it))),
            )}
          </li>
        ))}
      </ol>
      {!disabled && (
        <button type="button" className="button-small" onClick={add}>
          {addLabel}
        </button>
      )}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </fieldset>
  );
}
