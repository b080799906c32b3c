/**
 * The differences between two JSON values as paths (`channels[0].deadline.amount`), for the audit
 * log ("what changed") and the side-by-side comparison of two versions.
 */
export interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

export function diffRecords(before: unknown, after: unknown, path = ''): Change[] {
  if (Object.is(before, after)) return [];
  const bothArrays = Array.isArray(before) && Array.isArray(after);
  const bothObjects = isPlainObject(before) && isPlainObject(after);
  if (bothArrays) {
    const a = before as unknown[];
    const b = after as unknown[];
    const changes: Change[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      changes.push(...diffRecords(a[i], b[i], `${path}[${i}]`));
    return changes;
  }
  if (bothObjects) {
    const a = before as Record<string, unknown>;
    const b = after as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => diffRecords(a[key], b[key], path ? `${path}.${key}` : key));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path: path || '(root)', before: before ?? null, after: after ?? null }];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
