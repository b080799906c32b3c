import { useMemo, useState } from 'react';
import { TextField } from '../../components/field.tsx';
import { FormError, StatusMessage } from '../../components/form-error.tsx';
import type { Unit } from '../../lib/types.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ChildUnitForm } from './child-unit-form.tsx';
import { UnitEditor } from './unit-editor.tsx';
import { buildUnitIndex, findVisibleIds, maxMatches } from './unit-index.ts';
import { UnitTree } from './unit-tree.tsx';

/** "Đơn vị": the organisation tree with a filter, an edit form and "add a child unit". */
export function UnitsPage() {
  usePageTitle('Đơn vị');
  const units = useApiData<{ items: Unit[] }>('/units', { includeInactive: 1 });
  const [filter, setFilter] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [selectedCode, setSelectedCode] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const index = useMemo(() => buildUnitIndex(units.data?.items ?? []), [units.data]);
  const visibleIds = useMemo(
    () => findVisibleIds(index, filter, showInactive),
    [index, filter, showInactive],
  );
  const openIds = useMemo(
    () =>
      expanded.size === 0 && index.roots.length ? new Set(index.roots.map((r) => r.id)) : expanded,
    [expanded, index],
  );
  const selected = (units.data?.items ?? []).find((u) => u.code === selectedCode) ?? null;

  function toggle(id: string) {
    const next = new Set(openIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  }

  function replaceUnit(saved: Unit) {
    const items = (units.data?.items ?? []).map((u) =>
      u.id === saved.id ? { ...u, ...saved } : u,
    );
    units.setData({ items });
  }

  function addUnit(created: Unit) {
    units.setData({ items: [...(units.data?.items ?? []), created] });
    if (created.parentId) setExpanded(new Set([...openIds, created.parentId]));
    setSelectedCode(created.code);
    setNote(`Đã thêm đơn vị ${created.name} (${created.code}).`);
  }

  return (
    <div className="page">
      <h1>Đơn vị</h1>
      <FormError error={units.error} />
      <StatusMessage text={note} />
      <div className="split">
        <section className="panel" aria-labelledby="tree-heading">
          <h2 id="tree-heading">Cây tổ chức</h2>
          <div className="toolbar">
            <TextField
              label="Lọc đơn vị"
              type="search"
              value={filter}
              onValueChange={setFilter}
              hint="Tên hoặc mã, không cần dấu"
            />
            <label className="check">
              <input
                type="checkbox"
                checked={showInactive}
                onChange={(e) => setShowInactive(e.target.checked)}
              />
              <span>Hiện đơn vị đã ngừng hoạt động</span>
            </label>
          </div>
          <p role="status" className="muted small">
            {units.isLoading && 'Đang tải…'}
            {visibleIds &&
              `${visibleIds.size ? 'Các đơn vị khớp bộ lọc (kèm đơn vị cấp trên).' : 'Không có đơn vị nào khớp.'}`}
            {visibleIds && visibleIds.size >= maxMatches
              ? ` Chỉ hiện ${maxMatches} kết quả đầu; hãy lọc cụ thể hơn.`
              : ''}
          </p>
          <div className="tree-box">
            <UnitTree
              index={index}
              expanded={openIds}
              onToggle={toggle}
              selectedCode={selectedCode}
              onSelect={(unit) => {
                setNote('');
                setSelectedCode(unit.code);
              }}
              visibleIds={visibleIds}
              showInactive={showInactive}
            />
          </div>
        </section>
        <div>
          {!selected && <p className="empty">Chọn một đơn vị trong cây để xem và sửa.</p>}
          {selected && <UnitEditor key={selected.code} unit={selected} onSaved={replaceUnit} />}
          {selected && (
            <ChildUnitForm key={`child-${selected.code}`} parent={selected} onCreated={addUnit} />
          )}
        </div>
      </div>
    </div>
  );
}
