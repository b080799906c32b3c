import { en } from './en.ts';
import { vi } from './vi.ts';

export type Lang = 'vi' | 'en';

/** The shape of a catalogue: every key of `vi`, values widened (strings, text functions, maps). */
type Widen<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : Widen<T[K]>;
};
export type Messages = Widen<typeof vi>;

const catalogues: Record<Lang, Messages> = { vi, en };

export function messagesFor(lang: Lang): Messages {
  return catalogues[lang];
}

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}
