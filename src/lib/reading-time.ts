import { wordCount } from './content/paragraphs.ts';

/** Words a reader reads in a minute: a common figure for news prose on screen. */
export const WORDS_PER_MINUTE = 230;

/** Minutes to read a text (at least one), counting words once MDX component tags are removed. */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(wordCount(text) / wordsPerMinute));
}
