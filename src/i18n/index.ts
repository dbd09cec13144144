import type { Lang } from '../lib/content/schema.ts';
import { typesetStrings } from '../lib/typography.ts';
import { en } from './en.ts';
import { fr, type UiStrings } from './fr.ts';

// The dictionaries are written as plain text, like the content, and typeset once here.
const DICTIONARIES: Record<Lang, UiStrings> = { fr: typesetStrings(fr, 'fr'), en: typesetStrings(en, 'en') };

/** The interface strings of one language, typeset (src/lib/typography.ts). */
export function uiStrings(lang: Lang): UiStrings {
  return DICTIONARIES[lang];
}
