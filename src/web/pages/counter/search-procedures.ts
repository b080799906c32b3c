import { apiGet } from '../../lib/api.ts';
import type { ProcedureSummary } from '../../lib/types.ts';

const codePattern = /^\d{1,2}\.\d{6}$/;

/**
 * Catalogue search for the counter. An exact procedure code is also looked up directly, so a code
 * the search ranks low or leaves out (fictional test procedures) is still the first result.
 */
export async function searchProcedures(
  q: string,
  signal: AbortSignal,
): Promise<ProcedureSummary[]> {
  const code = q.trim();
  const search = apiGet<{ items: ProcedureSummary[] }>('/procedures', { q, pageSize: 10 }, signal);
  const exact = codePattern.test(code)
    ? apiGet<ProcedureSummary>(`/procedures/${encodeURIComponent(code)}`, undefined, signal).catch(
        () => null,
      )
    : Promise.resolve(null);
  const [result, found] = await Promise.all([search, exact]);
  if (!found) return result.items;
  const summary = { code: found.code, name: found.name, field: found.field, levels: found.levels };
  return [summary, ...result.items.filter((item) => item.code !== found.code)];
}
