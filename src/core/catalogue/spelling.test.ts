import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWordDictionary, editDistance, suggestWords } from './spelling.ts';
import { rankBySimilarity, trigramSimilarity, trigramsOf } from './trigrams.ts';

const dictionary = buildWordDictionary(
  [
    ['dang', 900],
    ['ky', 850],
    ['khai', 300],
    ['sinh', 280],
    ['ket', 120],
    ['hon', 110],
    ['kiem', 40],
    ['hai', 30],
    ['giay', 500],
    ['phep', 400],
    ['xay', 90],
    ['dung', 95],
    ['chung', 200],
    ['nhan', 260],
  ].map(([word, count]) => ({ word: word as string, count: count as number })),
);

describe('suggestWords', () => {
  it('corrects one edit in a syllable, the most common word first', () => {
    expect(suggestWords('ki', dictionary)[0]).toBe('ky');
    expect(suggestWords('kai', dictionary)).toContain('khai');
    expect(suggestWords('kiet', dictionary)).toContain('ket');
  });

  it('keeps a known word as it is, and at most four neighbours of an unknown one', () => {
    expect(suggestWords('hon', dictionary)).toEqual(['hon']);
    expect(suggestWords('han', dictionary).length).toBeLessThanOrEqual(4);
  });

  it('reads sounds typed without a Vietnamese keyboard first ("fep" → "phep")', () => {
    expect(suggestWords('fep', dictionary)[0]).toBe('phep');
    expect(suggestWords('jay', dictionary)[0]).toBe('giay');
  });

  it('never corrects codes or numbers', () => {
    expect(suggestWords('1.001193', dictionary)).toEqual(['1.001193']);
  });

  it('returns nothing for a word far from every dictionary word', () => {
    expect(suggestWords('xyzzy', dictionary)).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one edit', () => {
    expect(editDistance('kai', 'khai', 2)).toBe(1);
    expect(editDistance('khai', 'kai', 2)).toBe(1);
    expect(editDistance('ki', 'ky', 2)).toBe(1);
    expect(editDistance('ihen', 'hien', 2)).toBe(1);
    expect(editDistance('fep', 'phep', 2)).toBe(2);
  });

  it('is symmetric and zero only for equal words (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 7 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b, 10);
        expect(d).toBe(editDistance(b, a, 10));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('gives up above the bound without under-counting (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, bound) => {
        const full = editDistance(a, b, 20);
        const bounded = editDistance(a, b, bound);
        expect(bounded).toBe(full <= bound ? full : bound + 1);
      }),
    );
  });
});

describe('trigram similarity (pg_trgm semantics)', () => {
  it('gives 1 for the same words and 0 for nothing in common', () => {
    expect(trigramSimilarity(trigramsOf('dang ky'), trigramsOf('dang  ky'))).toBe(1);
    expect(trigramSimilarity(trigramsOf('abc'), trigramsOf('xyz'))).toBe(0);
  });

  it('matches pg_trgm on a known pair: similarity("word", "two words") = 4/11', () => {
    // PostgreSQL: SELECT similarity('word', 'two words') → 0.36363637
    expect(trigramSimilarity(trigramsOf('word'), trigramsOf('two words'))).toBeCloseTo(4 / 11, 6);
  });

  it('ranks the name closest to a misspelt query first', () => {
    const ranked = rankBySimilarity('dang ki kai sinh', [
      { code: '2', nameFolded: 'dang ky lai khai sinh cho nguoi', usageCount: 9 },
      { code: '1', nameFolded: 'dang ky khai sinh', usageCount: 1 },
      { code: '3', nameFolded: 'dang ky khai tu', usageCount: 50 },
    ]);
    expect(ranked.map((r) => r.code)).toEqual(['1', '2', '3']);
  });
});
