/**
 * The main text of each built page, as the site search reads it (the markers and blocks it does
 * not index taken out): no space before a comma or a full stop, which its excerpts would show
 * (« Starmer , comme »). French keeps its non-breaking spaces before ; : ! ?, which are not
 * ordinary spaces. Run after a build (`npm run test:dist`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../support/dist.ts';

/** An element's closing tag, then ordinary whitespace, then a comma or a full stop. */
const CLOSING_TAG_THEN_SPACE = /<\/[a-z][a-z0-9]*>[ \t\r\n]+[,.]/g;
/** A word, then ordinary whitespace, then a comma or a full stop. */
const SPACE_BEFORE_STOP = /\S[ \t\r\n]+[,.]/g;

/** The places in a page's indexed main content where a space comes before a comma or a full stop, with some context. */
function spacesBeforePunctuation(html: string): string[] {
  const $ = load(html);
  const main = $('[data-pagefind-body]');
  if (main.length === 0) return [];
  const inMarkup = (main.html() ?? '').match(CLOSING_TAG_THEN_SPACE) ?? [];
  main.find('[data-pagefind-ignore]').remove();
  const text = main.text();
  const inText = [...text.matchAll(SPACE_BEFORE_STOP)].map((match) => text.slice(Math.max(0, match.index - 30), match.index + 3));
  return [...inMarkup, ...inText];
}

describe.each(htmlFiles())('dist/%s', (file) => {
  it('has no space before a comma or a full stop in its indexed text', () => {
    expect(spacesBeforePunctuation(readFileSync(join(DIST, file), 'utf8'))).toEqual([]);
  });
});
