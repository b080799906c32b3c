import { type FormEvent, useState } from 'react';
import { SelectField } from '../../components/field.tsx';
import { navigate } from '../../lib/router.ts';
import type { CatalogueVersionSummary } from '../../lib/types.ts';
import { comparePath } from './catalogue-api.ts';

/** Picks two versions (by default the previous and the newest) and opens the comparison. */
export function CompareForm({
  code,
  versions,
  initial,
}: {
  code: string;
  versions: CatalogueVersionSummary[];
  initial?: { a: number; b: number };
}) {
  const numbers = versions.map((v) => v.versionNo).sort((x, y) => x - y);
  const [a, setA] = useState(String(initial?.a ?? numbers.at(-2) ?? 1));
  const [b, setB] = useState(String(initial?.b ?? numbers.at(-1) ?? 1));
  const options = versions.map((v) => ({
    value: String(v.versionNo),
    label: `Phiên bản ${v.versionNo} — ${v.statusLabel}`,
  }));

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    navigate(comparePath(code, Number(a), Number(b)));
  }

  return (
    <form
      className="toolbar compare-form"
      onSubmit={handleSubmit}
      aria-label="So sánh hai phiên bản"
    >
      <SelectField label="Phiên bản gốc" value={a} options={options} onValueChange={setA} />
      <SelectField label="So với phiên bản" value={b} options={options} onValueChange={setB} />
      <button type="submit" disabled={a === b}>
        So sánh
      </button>
    </form>
  );
}
