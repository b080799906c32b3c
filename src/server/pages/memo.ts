/**
 * Remembers an async value for `ttlMs`, sharing one load between concurrent callers. For lists
 * that change only on publication (the agencies of the filter): at most `ttlMs` stale, like the
 * pages' own `max-age`. A failed load is not remembered.
 */
export function memoize<T>(ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  let loadedAt = 0;
  return () => {
    const now = Date.now();
    if (!value || now - loadedAt > ttlMs) {
      loadedAt = now;
      value = load().catch((error: unknown) => {
        value = undefined;
        throw error;
      });
    }
    return value;
  };
}
