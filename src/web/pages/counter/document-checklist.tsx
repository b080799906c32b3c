import type { ProcedureDocument } from '../../lib/types.ts';

interface DocumentChecklistProps {
  documents: ProcedureDocument[];
  received: ReadonlySet<number>;
  onChange: (received: Set<number>) => void;
}

function describeCopies(doc: ProcedureDocument): string {
  const parts = [
    doc.originals ? `${doc.originals} bản chính` : '',
    doc.copies ? `${doc.copies} bản sao` : '',
  ];
  const text = parts.filter(Boolean).join(', ');
  return text ? ` (${text})` : '';
}

/** "Giấy tờ đã nhận": the catalogue's document list as checkboxes, grouped by case (trường hợp). */
export function DocumentChecklist({ documents, received, onChange }: DocumentChecklistProps) {
  const groups = new Map<string | null, number[]>();
  documents.forEach((doc, index) => {
    const list = groups.get(doc.caseName) ?? [];
    list.push(index);
    groups.set(doc.caseName, list);
  });
  const common = groups.get(null) ?? [];

  function toggle(index: number, checked: boolean) {
    const next = new Set(received);
    if (checked) next.add(index);
    else next.delete(index);
    onChange(next);
  }

  function renderBox(index: number) {
    const doc = documents[index];
    if (!doc) return null;
    return (
      <li key={index}>
        <label className="check">
          <input
            type="checkbox"
            checked={received.has(index)}
            onChange={(e) => toggle(index, e.target.checked)}
          />
          <span>
            {doc.name}
            <span className="muted">{describeCopies(doc)}</span>
          </span>
        </label>
      </li>
    );
  }

  return (
    <fieldset className="checklist">
      <legend>Giấy tờ đã nhận</legend>
      {documents.length === 0 && <p className="muted">Thủ tục không yêu cầu thành phần hồ sơ.</p>}
      {common.length > 0 && <ul className="plain-list">{common.map(renderBox)}</ul>}
      {[...groups.entries()]
        .filter(([caseName]) => caseName !== null)
        .map(([caseName, indexes]) => (
          <fieldset key={caseName} className="subgroup">
            <legend>{caseName}</legend>
            <ul className="plain-list">{indexes.map(renderBox)}</ul>
          </fieldset>
        ))}
      {common.length > 0 && (
        <div className="row">
          <button
            type="button"
            className="button-quiet"
            onClick={() => onChange(new Set([...received, ...common]))}
          >
            Đánh dấu đã nhận đủ giấy tờ chung
          </button>
          <span className="muted" aria-live="polite">
            Đã nhận {received.size}/{documents.length} giấy tờ
          </span>
        </div>
      )}
    </fieldset>
  );
}
