/**
 * SMS text. Vietnamese diacritics are outside the GSM 03.38 alphabet: one accented letter turns the
 * whole message into UCS-2, where a segment holds 70 characters instead of 160 and many
 * provincial SMS brand-name contracts bill per segment. Citizen SMS are therefore written without
 * diacritics ("không dấu", the common practice of public-service SMS) in a conservative subset of
 * GSM-7 (no characters of the escape table, which count twice), and fitted into one segment.
 */
export const smsSegmentLength = 160;

/** Characters that count once in GSM-7 and that every operator passes unchanged. */
const safeCharacter = /[A-Za-z0-9 .,:;!?'"()/+\-_%&#@=*<>\n]/;

/** Vietnamese → plain GSM-7-safe text: accents dropped, đ → d, anything else unsafe → a space. */
export function toGsm7(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .split('')
    .map((ch) => (safeCharacter.test(ch) ? ch : ' '))
    .join('')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** True when every character is in the safe GSM-7 subset (one septet each). */
export function isGsm7Safe(text: string): boolean {
  return [...text].every((ch) => safeCharacter.test(ch));
}

/**
 * One SMS from parts: `head` and `tail` (the dossier code, the link) always; then the optional
 * details in order while they fit in one segment, the last one cut short with "..." if that lets a
 * useful piece of it in. When head and tail alone exceed a segment (a very long PUBLIC_URL), the
 * message is sent as it is and the operator concatenates segments.
 */
export function fitSms(head: string, optional: readonly string[], tail: string): string {
  const fold = (parts: string[]) =>
    toGsm7(parts.filter((p) => p.length > 0).join(' '))
      .replace(/ +\n/g, '\n')
      .trim();
  let kept: string[] = [];
  for (const part of optional) {
    const candidate = fold([head, ...kept, part, tail]);
    if (candidate.length <= smsSegmentLength) {
      kept = [...kept, part];
      continue;
    }
    const room = smsSegmentLength - fold([head, ...kept, tail]).length - 4;
    const folded = toGsm7(part);
    if (room >= 20) kept = [...kept, `${folded.slice(0, room).replace(/\s+\S*$/, '')}...`];
    break;
  }
  return fold([head, ...kept, tail]);
}
