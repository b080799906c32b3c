import { buildWordDictionary, type WordDictionary } from '../../core/catalogue/spelling.ts';
import type { Executor } from '../../db/database.ts';
import { listCatalogueWords } from '../../db/repositories/catalogue-search.ts';

/**
 * The spelling dictionary of the published names, kept in memory per database and tenant for
 * ten minutes, reloaded at once in this process after a publication (forgetCatalogueWords). Another
 * process sees a new name's words within the ten minutes; the exact-word search never depends on it.
 */
const lifetimeMs = 10 * 60_000;
let generation = 0;
const cache = new WeakMap<
  Executor,
  Map<string, { at: number; generation: number; value: Promise<WordDictionary> }>
>();

export function loadCatalogueWords(db: Executor, tenantId: string): Promise<WordDictionary> {
  const perDb = cache.get(db) ?? new Map();
  cache.set(db, perDb);
  const entry = perDb.get(tenantId);
  const now = performance.now();
  if (entry && entry.generation === generation && now - entry.at < lifetimeMs) return entry.value;
  const value = listCatalogueWords(db, tenantId).then(buildWordDictionary);
  value.catch(() => perDb.delete(tenantId));
  perDb.set(tenantId, { at: now, generation, value });
  return value;
}

/** A publication changed the names: reload the dictionaries on next use. */
export function forgetCatalogueWords(): void {
  generation++;
}
