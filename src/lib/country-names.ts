import type { Lang } from './content/schema.ts';

const NAMES: Record<Lang, Intl.DisplayNames> = {
  fr: new Intl.DisplayNames(['fr'], { type: 'region' }),
  en: new Intl.DisplayNames(['en-GB'], { type: 'region' }),
};

/** Names already looked up: `Intl.DisplayNames` is slow next to a Map, and pages ask for the same few dozen. */
const known = new Map<string, string>();

/** The name of a country in a language, from its ISO 3166-1 alpha-2 code (never typed by hand). */
export function countryName(code: string, lang: Lang): string {
  const key = `${lang} ${code}`;
  let name = known.get(key);
  if (name === undefined) {
    name = NAMES[lang].of(code) ?? code;
    known.set(key, name);
  }
  return name;
}
