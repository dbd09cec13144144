import type { Lang } from './content/schema.ts';

const collators = new Map<Lang, Intl.Collator>();

/** The reader's sort order for names and titles. One per language: making a collator costs far more than using it. */
export function collator(lang: Lang): Intl.Collator {
  let found = collators.get(lang);
  if (found === undefined) {
    found = new Intl.Collator(lang);
    collators.set(lang, found);
  }
  return found;
}
