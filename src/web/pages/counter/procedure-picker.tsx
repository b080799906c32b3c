import { type KeyboardEvent, type Ref, useEffect, useId, useState } from 'react';
import type { ProcedureSummary } from '../../lib/types.ts';
import { searchProcedures } from './search-procedures.ts';

interface ProcedurePickerProps {
  selected: ProcedureSummary | null;
  onSelect: (procedure: ProcedureSummary | null) => void;
  inputRef: Ref<HTMLInputElement>;
  error?: string;
}

const describe = (p: ProcedureSummary) => `${p.code} – ${p.name}`;

/**
 * "Thủ tục": an ARIA 1.2 combobox. Type a code or words (diacritics optional), arrow through the
 * results, Enter picks; the first result is active so "9.999001 Enter" is enough.
 */
export function ProcedurePicker({ selected, onSelect, inputRef, error }: ProcedurePickerProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(selected ? describe(selected) : '');
  const [items, setItems] = useState<ProcedureSummary[]>([]);
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searchText, setSearchText] = useState<string | null>(null);

  useEffect(() => {
    if (searchText === null) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      searchProcedures(searchText, controller.signal).then(
        (found) => {
          setItems(found);
          setActive(found.length ? 0 : -1);
          setOpen(true);
        },
        () => undefined,
      );
    }, 150);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [searchText]);

  useEffect(() => {
    if (!selected) return;
    setText(describe(selected));
  }, [selected]);

  function pick(procedure: ProcedureSummary) {
    setText(describe(procedure));
    setOpen(false);
    setSearchText(null);
    onSelect(procedure);
  }

  function handleChange(value: string) {
    setText(value);
    if (selected) onSelect(null);
    setSearchText(value.trim());
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!isOpen) {
        setSearchText(selected ? '' : text.trim());
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (items.length ? (current + step + items.length) % items.length : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const choice = isOpen ? items[active] : undefined;
      if (choice) pick(choice);
    } else if (event.key === 'Escape' && isOpen) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const activeId = isOpen && active >= 0 ? `${id}-opt-${active}` : undefined;
  return (
    <div className={`field field-wide combobox ${error ? 'field-invalid' : ''}`}>
      <label htmlFor={id}>Thủ tục</label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => handleChange(event.target.value)}
        onKeyDown={handleKeyDown}
        onBlur={() => setOpen(false)}
        placeholder="Mã hoặc tên thủ tục, ví dụ: khai sinh"
      />
      <p className="field-hint" id={`${id}-hint`}>
        Gõ mã hoặc tên (không cần dấu), dùng phím mũi tên để chọn, Enter để xác nhận.
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div
        id={listId}
        role="listbox"
        aria-label="Thủ tục tìm được"
        className="listbox"
        hidden={!isOpen}
      >
        {items.map((procedure, index) => (
          <div
            key={procedure.code}
            tabIndex={-1}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(procedure)}
            onKeyDown={() => undefined}
          >
            <span className="option-code">{procedure.code}</span> {procedure.name}
            <span className="option-meta"> · {procedure.field}</span>
          </div>
        ))}
        {isOpen && items.length === 0 && (
          <div
            role="option"
            tabIndex={-1}
            aria-selected={false}
            aria-disabled="true"
            className="option-empty"
          >
            Không tìm thấy thủ tục phù hợp
          </div>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {isOpen ? `${items.length} thủ tục phù hợp` : ''}
      </p>
    </div>
  );
}
