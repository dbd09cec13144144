import type { Lang } from '../lib/content/schema.ts';
import { en } from './en.ts';
import { fr, type UiStrings } from './fr.ts';

const DICTIONARIES: Record<Lang, UiStrings> = { fr, en };

/** The interface strings of one language. */
export function uiStrings(lang: Lang): UiStrings {
  return DICTIONARIES[lang];
}
