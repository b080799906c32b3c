/**
 * Spelling help for catalogue search: the words of the published procedure names (folded, see
 * fold.ts) form a small dictionary (a few thousand syllables); a query word that matches nothing
 * is replaced by the dictionary words within a small edit distance ("ki" → "ky", "kai" → "khai",
 * "fep" → "phep" is two edits and is left to the trigram step). Pure and in memory: scanning the
 * dictionary costs microseconds, where trigram similarity over every name costs milliseconds.
 */
export interface WordDictionary {
  /** Word → how many published names contain it (the tie-break: common words first). */
  counts: Map<string, number>;
  byLength: Map<number, string[]>;
}

export function buildWordDictionary(entries: Iterable<{ word: string; count: number }>) {
  const counts = new Map<string, number>();
  const byLength = new Map<number, string[]>();
  for (const { word, count } of entries) {
    if (!word || counts.has(word)) continue;
    counts.set(word, count);
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }
  return { counts, byLength } satisfies WordDictionary;
}

/** Edits allowed for a word of this length: one for syllables, two for long words (codes…). */
export function maxEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/**
 * A known word stands for itself. An unknown one stands for the dictionary words within
 * `maxEdits` (optimal string alignment distance: insert, delete, substitute, swap two
 * neighbours), fewest edits first, then the most common; at most `limit`, so the corrected query
 * stays narrow (each alternative widens the match and the ranking work). Digits and codes are
 * never corrected.
 */
export function suggestWords(word: string, dictionary: WordDictionary, limit = 4): string[] {
  if (/\d/.test(word) || dictionary.counts.has(word)) return [word];
  const bound = maxEdits(word.length);
  const found: Array<{ word: string; edits: number; count: number }> = [];
  // Spellings typed for Vietnamese sounds without a Vietnamese keyboard: fewer than one edit.
  for (const variant of typedVariants(word)) {
    if (dictionary.counts.has(variant))
      found.push({ word: variant, edits: 0.5, count: dictionary.counts.get(variant) ?? 0 });
  }
  for (let length = word.length - bound; length <= word.length + bound; length++) {
    for (const candidate of dictionary.byLength.get(length) ?? []) {
      const edits = editDistance(word, candidate, bound);
      if (edits <= bound)
        found.push({ word: candidate, edits, count: dictionary.counts.get(candidate) ?? 0 });
    }
  }
  found.sort((a, b) => a.edits - b.edits || b.count - a.count || (a.word < b.word ? -1 : 1));
  return [...new Set(found.map((f) => f.word))].slice(0, limit);
}

/** f → ph, j → gi, z → d or gi, w → u or qu, dz → d: how "fep", "jay", "zan" are typed. */
const typedSounds: Array<[string, string[]]> = [
  ['f', ['ph']],
  ['j', ['gi', 'd']],
  ['dz', ['d']],
  ['z', ['d', 'gi']],
  ['w', ['u', 'qu', 'o']],
];

export function typedVariants(word: string): string[] {
  const variants = new Set<string>();
  for (const [pattern, replacements] of typedSounds) {
    if (!word.includes(pattern)) continue;
    for (const replacement of replacements) variants.add(word.replaceAll(pattern, replacement));
  }
  return [...variants];
}

/** Optimal string alignment distance, giving up (returning bound + 1) once it exceeds `bound`. */
export function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > bound) return bound + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, bound + 1);
}
