/**
 * Trigram similarity as pg_trgm computes it (each word padded with two spaces in front and one
 * behind; |common| / |union| of the trigram sets). Ranking a few hundred corrected-word matches in
 * memory costs well under a millisecond, where the database's similarity() on each of them costs
 * tens of milliseconds on the embedded database.
 */
export function trigramsOf(text: string): Set<string> {
  const result = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) result.add(padded.slice(i, i + 3));
  }
  return result;
}

export function trigramSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return common / (a.size + b.size - common);
}

/**
 * Orders names by their similarity to the query, shorter names first among equals, then the most
 * used, then by code: the order of the corrected-words step of the catalogue search.
 */
export function rankBySimilarity<
  T extends { code: string; nameFolded: string; usageCount: number },
>(query: string, rows: T[]): Array<T & { score: number }> {
  const q = trigramsOf(query);
  return rows
    .map((row) => ({
      ...row,
      score: trigramSimilarity(q, trigramsOf(row.nameFolded)) + 2 / (50 + row.nameFolded.length),
    }))
    .sort((a, b) => b.score - a.score || b.usageCount - a.usageCount || (a.code < b.code ? -1 : 1));
}
