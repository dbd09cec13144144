/**
 * Reading time of an article, from the words a reader actually reads: the body as it renders
 * (paragraphs, lists, tables and the text the data components write: country lists, person cards,
 * count boxes, timelines), counted in its HTML, plus the standfirst and key points. Not counted:
 * the citation marks ([3]), and what the article page adds around the body (source list, share
 * box, related articles), which is looked up rather than read through.
 */
import type { Nodes } from 'hast';
import { htmlToHast } from 'satteri';
import type { Lang } from './content/schema.ts';
import { wordCount } from './content/paragraphs.ts';

/**
 * Words a reader reads in a minute, a common figure for news prose on screen in each language: a
 * French text runs longer than its English version, so both come out at about the same time.
 */
export const WORDS_PER_MINUTE: Readonly<Record<Lang, number>> = { fr: 200, en: 230 };

/** Elements whose text is not read as prose. */
const UNREAD = new Set(['script', 'style', 'template']);
const isCitationMark = (node: Nodes) => node.type === 'element' && (node.properties['className'] as string[] | undefined)?.includes('cite');

function readText(node: Nodes, texts: string[]): void {
  if (node.type === 'text') texts.push(node.value);
  if (node.type === 'element' && (UNREAD.has(node.tagName) || isCitationMark(node))) return;
  if ('children' in node) for (const child of node.children) readText(child as Nodes, texts);
}

/** The number of words a reader reads in a piece of HTML (text of every element, tags and citation marks left out). */
export function htmlWordCount(html: string): number {
  const texts: string[] = [];
  readText(htmlToHast(html, { fragment: true }) as Nodes, texts);
  // Elements may sit between two words without a space ("<li>un</li><li>deux</li>"): a space between texts.
  return wordCount(texts.join(' '));
}

/** Minutes to read `words` words in `lang`, rounded, at least one. */
export function readingMinutes(words: number, lang: Lang): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE[lang]));
}
