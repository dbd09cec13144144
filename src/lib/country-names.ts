import type { Lang } from './content/schema.ts';
import { memoized } from './memo.ts';

const NAMES: Record<Lang, Intl.DisplayNames> = {
  fr: new Intl.DisplayNames(['fr'], { type: 'region' }),
  en: new Intl.DisplayNames(['en-GB'], { type: 'region' }),
};

/**
 * The name of a country in a language, from its ISO 3166-1 alpha-2 code (never typed by hand).
 * Remembered: `Intl.DisplayNames` is slow next to a Map, and pages ask for the same few dozen.
 */
export const countryName: (code: string, lang: Lang) => string = memoized(
  (code: string, lang: Lang) => `${lang} ${code}`,
  (code: string, lang: Lang) => NAMES[lang].of(code) ?? code,
);
