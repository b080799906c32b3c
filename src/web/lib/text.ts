/** Folds Vietnamese text for matching: no diacritics, đ → d, lower case ("Sở Tư pháp" → "so tu phap"). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Turns an empty or blank string into null, for optional API fields. */
export function toNullable(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed : null;
}
