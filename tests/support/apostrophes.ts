/**
 * Straight apostrophes (U+0027) in what a reader sees of a built page: its `<title>`, the
 * description and Open Graph / Twitter texts of its head, every text of its body (headings
 * included) and the labels read out or shown on hover (`aria-label`, `alt`, `title`, `placeholder`).
 * Left out: `<cite>` (a source's headline is shown exactly as its publisher wrote it, see
 * src/lib/content/typeset.ts), code, scripts and styles.
 */
import type { CheerioAPI } from 'cheerio';

const STRAIGHT = "'";
const HEAD_TEXTS = ['description', 'og:title', 'og:description', 'og:image:alt', 'og:site_name', 'twitter:title', 'twitter:description'];
const LABELS = ['aria-label', 'alt', 'title', 'placeholder'];
const VERBATIM = 'cite, code, pre, script, style, template';

const excerpt = (text: string): string => {
  const at = text.indexOf(STRAIGHT);
  return text
    .slice(Math.max(0, at - 30), at + 30)
    .replace(/\s+/g, ' ')
    .trim();
};

/** Where the page shows a straight apostrophe, one line each (`<title>`, `og:title`, `text in <h2>`…). */
export function straightApostrophes($: CheerioAPI): string[] {
  const found: string[] = [];
  const title = $('head title').text();
  if (title.includes(STRAIGHT)) found.push(`<title>: «${excerpt(title)}»`);
  for (const key of HEAD_TEXTS) {
    const content = $(`meta[name="${key}"], meta[property="${key}"]`).attr('content') ?? '';
    if (content.includes(STRAIGHT)) found.push(`${key}: «${excerpt(content)}»`);
  }
  $('body *')
    .not(VERBATIM)
    .each((_, element) => {
      if ($(element).closest(VERBATIM).length > 0) return;
      const own = $(element)
        .contents()
        .filter((_, node) => node.type === 'text')
        .text();
      if (own.includes(STRAIGHT)) found.push(`text in <${element.tagName}>: «${excerpt(own)}»`);
      for (const label of LABELS) {
        const value = $(element).attr(label) ?? '';
        if (value.includes(STRAIGHT)) found.push(`${label} of <${element.tagName}>: «${excerpt(value)}»`);
      }
    });
  return found;
}
