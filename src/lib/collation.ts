import type { Lang } from './content/schema.ts';
import { memoized } from './memo.ts';

/** The reader's sort order for names and titles. One per language: making a collator costs far more than using it. */
export const collator: (lang: Lang) => Intl.Collator = memoized(
  (lang: Lang) => lang,
  (lang: Lang) => new Intl.Collator(lang),
);
