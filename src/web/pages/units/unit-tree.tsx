import type { Unit } from '../../lib/types.ts';
import type { UnitIndex } from './unit-index.ts';

interface UnitTreeProps {
  index: UnitIndex;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  selectedCode: string | null;
  onSelect: (unit: Unit) => void;
  /** When filtering: only these ids show, all expanded. */
  visibleIds: Set<string> | null;
  showInactive: boolean;
}

/**
 * Nested lists with a disclosure button per unit that has children. Collapsed by default and
 * rendered on demand, so ~800 units stay light.
 */
export function UnitTree(props: UnitTreeProps) {
  return (
    <ul className="tree" aria-label="Cây đơn vị">
      {renderLevel(props, props.index.roots)}
    </ul>
  );
}

function renderLevel(props: UnitTreeProps, units: Unit[]) {
  return units
    .filter(
      (u) =>
        (props.showInactive || u.isActive) && (!props.visibleIds || props.visibleIds.has(u.id)),
    )
    .map((unit) => <UnitNode key={unit.id} unit={unit} {...props} />);
}

function UnitNode({ unit, ...props }: UnitTreeProps & { unit: Unit }) {
  const kids = (props.index.children.get(unit.id) ?? []).filter(
    (u) => props.showInactive || u.isActive,
  );
  const isOpen = props.visibleIds ? true : props.expanded.has(unit.id);
  const isSelected = props.selectedCode === unit.code;
  return (
    <li>
      <div className="tree-row">
        {kids.length > 0 && !props.visibleIds ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={isOpen}
            aria-label={`${isOpen ? 'Thu gọn' : 'Mở rộng'} ${unit.name}`}
            onClick={() => props.onToggle(unit.id)}
          >
            <span aria-hidden="true">{isOpen ? '▼' : '▶'}</span>
          </button>
        ) : (
          <span className="tree-spacer" />
        )}
        <button
          type="button"
          className="tree-select"
          aria-current={isSelected ? 'true' : undefined}
          data-testid={`unit-${unit.code}`}
          onClick={() => props.onSelect(unit)}
        >
          <span className={unit.isActive ? '' : 'tree-inactive'}>{unit.name}</span>{' '}
          <span className="tree-meta">
            {unit.code} · {unit.kindLabel}
            {unit.isActive ? '' : ' · đã ngừng hoạt động'}
            {kids.length > 0 ? ` · ${kids.length} đơn vị con` : ''}
          </span>
        </button>
      </div>
      {isOpen && kids.length > 0 && <ul>{renderLevel(props, kids)}</ul>}
    </li>
  );
}
