/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d, single spaces. The same
 * function folds what is stored and what is searched, so both databases agree (PGlite has no ICU
 * and unaccent is only needed server-side for ad-hoc SQL).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim();
}

const collator = new Intl.Collator('vi');

/** Vietnamese alphabetical order (Đ after D, tones after the bare letter), for lists. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
