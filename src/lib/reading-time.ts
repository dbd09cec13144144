/**
 * Reading time of an article, from the words a reader actually reads: the body as it renders
 * (paragraphs, lists, tables and the text the data components write: country lists, person cards,
 * count boxes, timelines), counted in its HTML, plus the standfirst and key points. Not counted:
 * the citation marks ([3]), and what the article page adds around the body (source list, share
 * box, related articles), which is looked up rather than read through.
 */
import type { Lang } from './content/schema.ts';
import { wordCount } from './content/paragraphs.ts';

/**
 * Words a reader reads in a minute, a common figure for news prose on screen in each language: a
 * French text runs longer than its English version, so both come out at about the same time.
 */
export const WORDS_PER_MINUTE: Readonly<Record<Lang, number>> = { fr: 200, en: 230 };

/** Markup that holds no word a reader reads: the citation marks `<Cite>` writes, scripts, styles. */
const UNREAD = /<sup class="cite"[^>]*>[\s\S]*?<\/sup>|<(script|style|template)\b[\s\S]*?<\/\1>/g;

/**
 * The number of words a reader reads in the HTML the site renders (the text of every element,
 * citation marks left out). Read as a string, not parsed: the markup is the site's own, and
 * parsing an article's body into a tree cost five times as long (1.4 ms against 0.3).
 */
export function htmlWordCount(html: string): number {
  const text = html
    .replace(UNREAD, ' ')
    // A tag is a space between words ("<li>un</li><li>deux</li>").
    .replace(/<[^>]*>/g, ' ')
    // An entity stands for one character: an apostrophe keeps its word whole, any other is a space.
    .replace(/&(?:#39|#x27|apos);/g, "'")
    .replace(/&[#a-z0-9]+;/gi, ' ');
  return wordCount(text);
}

/** Minutes to read `words` words in `lang`, rounded, at least one. */
export function readingMinutes(words: number, lang: Lang): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE[lang]));
}
