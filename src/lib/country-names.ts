import type { Lang } from './content/schema.ts';

const NAMES: Record<Lang, Intl.DisplayNames> = {
  fr: new Intl.DisplayNames(['fr'], { type: 'region' }),
  en: new Intl.DisplayNames(['en-GB'], { type: 'region' }),
};

/** The name of a country in a language, from its ISO 3166-1 alpha-2 code (never typed by hand). */
export function countryName(code: string, lang: Lang): string {
  return NAMES[lang].of(code) ?? code;
}
