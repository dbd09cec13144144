/**
 * An article body neither runs a script nor loads anything from another host: no `<script>`,
 * `<iframe>`, `<object>`, `<embed>`, `<link>` or `<style>` element, no `on…=` event attribute,
 * no `javascript:` URL, and no image, audio or video whose source is an absolute URL
 * (`https://…`, `//…`). Plain outbound links are fine: following one is the reader's choice.
 */
import { attributes, lineLocator, MARKDOWN_IMAGE } from './mdx-scan.ts';
import type { Problem } from './problem.ts';
import type { ValidContent } from './loaded.ts';

/** Something in a body that would run or load from elsewhere: the tag or URL as written, and why not. */
export interface Embed {
  what: string;
  why: string;
  /** 1-based line within the body. */
  line: number;
}

const ACTIVE_ELEMENT = /<(?:script|iframe|object|embed|link|style)\b[^>]*>/gi;
const TAG = /<[A-Za-z][^>]*>/g;
const EVENT_ATTRIBUTE = /\s(on[a-z]+)\s*=/i;
const JAVASCRIPT_URL = /(?<![\w-])javascript:(?:[^\s"'`()<>]|\([^\s"'`()<>]*\))*/gi;
const MEDIA = /<(?:img|audio|video|source|track|Image|Figure)\b([^>]*)>/g;
const OTHER_HOST = /^(?:https?:)?\/\//i;

/** Everything in an MDX body that would run a script or load from another host, in order. */
export function findEmbeds(body: string): Embed[] {
  const lineOf = lineLocator(body);
  const found: (Embed & { at: number })[] = [];
  const add = (what: string, why: string, at: number) => found.push({ what, why, line: lineOf(at), at });
  for (const match of body.matchAll(ACTIVE_ELEMENT)) add(match[0], 'this element loads or runs content', match.index);
  for (const match of body.matchAll(TAG)) {
    const event = EVENT_ATTRIBUTE.exec(match[0]);
    if (event) add(match[0], `the ${event[1]} attribute runs a script`, match.index);
  }
  for (const match of body.matchAll(JAVASCRIPT_URL)) add(match[0], 'a javascript: URL runs a script', match.index);
  for (const match of body.matchAll(MEDIA)) {
    const src = attributes(match[1] ?? '').get('src');
    if (src !== undefined && OTHER_HOST.test(src)) add(src, 'loads from another host', match.index);
  }
  for (const match of body.matchAll(MARKDOWN_IMAGE)) {
    const src = (match[2] ?? '').trim().split(/\s/)[0] ?? '';
    if (OTHER_HOST.test(src)) add(src, 'loads from another host', match.index);
  }
  return found.sort((a, b) => a.at - b.at).map(({ what, why, line }) => ({ what, why, line }));
}

/** Everything in the article bodies that would run a script or load from another host. */
export function embedProblems(content: Pick<ValidContent, 'articles'>): Problem[] {
  return content.articles.flatMap((article) =>
    findEmbeds(article.body).map(({ what, why, line }) => ({
      file: article.file,
      field: `body line ${article.bodyLine + line - 1}`,
      value: what,
      message: `${why}: an article may not run scripts or load from another host`,
    })),
  );
}
