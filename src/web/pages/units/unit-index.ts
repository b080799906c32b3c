import { foldText } from '../../lib/text.ts';
import type { Unit } from '../../lib/types.ts';

export interface UnitIndex {
  byId: Map<string, Unit>;
  children: Map<string | null, Unit[]>;
  roots: Unit[];
}

/** Parent → children lists, ordered by sort order then name (Vietnamese collation). */
export function buildUnitIndex(units: Unit[]): UnitIndex {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId && byId.has(unit.parentId) ? unit.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(unit);
    children.set(parent, list);
  }
  const collator = new Intl.Collator('vi');
  for (const list of children.values()) {
    list.sort((a, b) => a.sortOrder - b.sortOrder || collator.compare(a.name, b.name));
  }
  return { byId, children, roots: children.get(null) ?? [] };
}

export const maxMatches = 300;

/**
 * For a filter: the matching units and all their ancestors (so each match shows in place), or
 * null when there is no filter. Matching ignores diacritics and looks at name, short name and code.
 */
export function findVisibleIds(
  index: UnitIndex,
  filter: string,
  showInactive: boolean,
): Set<string> | null {
  const needle = foldText(filter.trim());
  if (needle.length < 2) return null;
  const visible = new Set<string>();
  let matches = 0;
  for (const unit of index.byId.values()) {
    if (matches >= maxMatches) break;
    if (!showInactive && !unit.isActive) continue;
    const haystack = foldText(`${unit.name} ${unit.shortName ?? ''} ${unit.code}`);
    if (!haystack.includes(needle)) continue;
    matches += 1;
    for (
      let u: Unit | undefined = unit;
      u && !visible.has(u.id);
      u = u.parentId ? index.byId.get(u.parentId) : undefined
    ) {
      visible.add(u.id);
    }
  }
  return visible;
}
