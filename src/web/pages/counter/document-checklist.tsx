import {
  appliesToCase,
  type ExtraDraft,
  findMissing,
  getLine,
  type LineDraft,
  type Lines,
  tickRequired,
} from './intake-draft.ts';
import { documentFormOptions, kindLabels, type Requirement } from './intake-types.ts';
import { ScanButton } from './scan-button.tsx';

interface DocumentChecklistProps {
  /** Every line of the version; those of another case are not shown. */
  requirements: Requirement[];
  caseName: string;
  lines: Lines;
  onLinesChange: (lines: Lines) => void;
  extras: ExtraDraft[];
  onExtrasChange: (extras: ExtraDraft[]) => void;
  csrfToken: string;
}

function describeCopies(line: Requirement): string {
  const parts = [
    line.originals ? `${line.originals} bản chính` : '',
    line.copies ? `${line.copies} bản sao` : '',
  ];
  const text = parts.filter(Boolean).join(', ');
  return text ? ` (${text})` : '';
}

/**
 * "Thành phần hồ sơ": the version's checklist for the chosen case. A tick says the paper was
 * handed in; then its form, the number of copies and a scan. One button ticks every required
 * line; the count says what is still missing before the dossier can be received (Art. 17.1).
 */
export function DocumentChecklist(props: DocumentChecklistProps) {
  const { requirements, caseName, lines, onLinesChange, extras, onExtrasChange, csrfToken } = props;
  const shown = requirements.filter((line) => appliesToCase(line, caseName));
  const missing = findMissing(requirements, caseName, lines);
  const ticked = shown.filter((line) => lines[line.no]?.ticked).length;

  function update(line: Requirement, change: Partial<LineDraft>) {
    onLinesChange({ ...lines, [line.no]: { ...getLine(lines, line), ...change } });
  }

  function updateExtra(key: number, change: Partial<ExtraDraft>) {
    onExtrasChange(extras.map((extra) => (extra.key === key ? { ...extra, ...change } : extra)));
  }

  return (
    <fieldset className="checklist">
      <legend>Thành phần hồ sơ đã nhận</legend>
      {shown.length === 0 && <p className="muted">Thủ tục không yêu cầu thành phần hồ sơ.</p>}
      {shown.length > 0 && (
        <div className="row">
          <button
            type="button"
            className="button-quiet"
            data-checklist-start
            onClick={() => onLinesChange(tickRequired(requirements, caseName, lines))}
          >
            Đánh dấu đã nhận đủ giấy tờ bắt buộc
          </button>
          <span className="muted" aria-live="polite" data-testid="checklist-count">
            Đã nhận {ticked}/{shown.length} giấy tờ
            {missing.length > 0
              ? ` · còn thiếu ${missing.length} giấy tờ bắt buộc`
              : ' · đủ giấy tờ bắt buộc'}
          </span>
        </div>
      )}
      <ul className="plain-list doc-list">
        {shown.map((line) => {
          const draft = getLine(lines, line);
          const short = line.name.length > 60 ? `${line.name.slice(0, 57)}…` : line.name;
          return (
            <li key={line.no} className={`doc-row ${draft.ticked ? 'doc-ticked' : ''}`}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={draft.ticked}
                  onChange={(event) => update(line, { ticked: event.target.checked })}
                />
                <span>
                  {line.name}
                  <span className="muted">{describeCopies(line)}</span>{' '}
                  <span className={`kind-badge kind-${line.kind}`}>{kindLabels[line.kind]}</span>
                  {line.caseName && <span className="muted"> · {line.caseName}</span>}
                </span>
              </label>
              {draft.ticked && (
                <div className="doc-controls">
                  <select
                    aria-label={`Hình thức: ${short}`}
                    value={draft.form}
                    onChange={(event) =>
                      update(line, { form: event.target.value as LineDraft['form'] })
                    }
                  >
                    {documentFormOptions.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                  <input
                    type="number"
                    min={1}
                    max={100}
                    aria-label={`Số bản: ${short}`}
                    className="quantity"
                    value={draft.quantity}
                    onChange={(event) =>
                      update(line, { quantity: Math.max(1, Number(event.target.value) || 1) })
                    }
                  />
                  <ScanButton
                    documentName={line.name}
                    scan={draft.scan}
                    onChange={(scan) => update(line, { scan })}
                    csrfToken={csrfToken}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <fieldset className="subgroup">
        <legend>Giấy tờ khác (ngoài danh mục)</legend>
        <ul className="plain-list doc-list">
          {extras.map((extra) => (
            <li key={extra.key} className="doc-row doc-ticked">
              <div className="doc-controls">
                <input
                  type="text"
                  aria-label={`Tên giấy tờ khác ${extra.key}`}
                  placeholder="Tên giấy tờ"
                  value={extra.name}
                  onChange={(event) => updateExtra(extra.key, { name: event.target.value })}
                />
                <select
                  aria-label={`Hình thức giấy tờ khác ${extra.key}`}
                  value={extra.form}
                  onChange={(event) =>
                    updateExtra(extra.key, { form: event.target.value as ExtraDraft['form'] })
                  }
                >
                  {documentFormOptions.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
                <ScanButton
                  documentName={extra.name || `giấy tờ khác ${extra.key}`}
                  scan={extra.scan}
                  onChange={(scan) => updateExtra(extra.key, { scan })}
                  csrfToken={csrfToken}
                />
                <button
                  type="button"
                  className="button-quiet button-small"
                  onClick={() => onExtrasChange(extras.filter((e) => e.key !== extra.key))}
                >
                  Bỏ
                </button>
              </div>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button-quiet button-small"
          onClick={() =>
            onExtrasChange([
              ...extras,
              {
                key: Math.max(0, ...extras.map((e) => e.key)) + 1,
                name: '',
                form: 'copy',
                quantity: 1,
                scan: null,
              },
            ])
          }
        >
          Thêm giấy tờ khác
        </button>
      </fieldset>
    </fieldset>
  );
}
