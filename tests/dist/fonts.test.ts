/**
 * The web fonts of the built site, page by page: every character a page shows that Source Serif 4
 * is made to set (its @fontsource subsets' scripts) is in the font file that page loads for it, in
 * each face its stylesheets declare (the fonts are cut to the content's characters before the
 * build: src/integrations/font-subset.ts), and the preloaded font is one of those files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/deploy-env.ts';
import { BASE, DIST, htmlFiles, pagePath } from '../support/dist.ts';
import { fontFaces, missingCharacters, unicodeRanges, type FontFace } from '../support/font-faces.ts';
import { resolveInternal } from '../support/links.ts';

const FAMILY = 'Source Serif 4';
const origin = siteUrl(process.env);
const pages = htmlFiles();
if (pages.length === 0) throw new Error(`No HTML found in ${DIST}: run the build first (npm run build).`);

/** The scripts the family is made for: the unicode-ranges of its @fontsource subsets. */
const subsets = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../node_modules/@fontsource/source-serif-4/unicode.json', import.meta.url)), 'utf8'),
) as Record<string, string>;
const covered = Object.values(subsets).flatMap((ranges) => unicodeRanges(ranges));

/** The dist/ file of a URL met on the site at `from` (a page's or a stylesheet's URL). */
function distFile(url: string, from: string): string {
  const target = resolveInternal(url, from, origin, BASE);
  if (!target) throw new Error(`${url} (from ${from}) is not on the site`);
  return join(DIST, target.file);
}

/** A built page: what it shows, the family's faces its stylesheets declare (each URL made absolute), and the fonts it preloads. */
function readPage(file: string): { text: string; faces: FontFace[]; preloads: string[] } {
  const $ = load(readFileSync(join(DIST, file), 'utf8'));
  const hrefs = (selector: string): string[] => $(selector).map((_, link) => new URL($(link).attr('href') ?? '', new URL(pagePath(file), origin)).pathname).get();
  const faces = hrefs('link[rel="stylesheet"]').flatMap((stylesheet) =>
    fontFaces(readFileSync(distFile(stylesheet, stylesheet), 'utf8'))
      .filter(({ family }) => family === FAMILY)
      .map((face) => ({ ...face, url: new URL(face.url, new URL(stylesheet, origin)).pathname })),
  );
  $('script, style, template').remove();
  return { text: $('body').text(), faces, preloads: hrefs('link[rel="preload"][as="font"]') };
}

describe.each(pages)('dist/%s', (file) => {
  const { text, faces, preloads } = readPage(file);

  it(`sets every character it shows that ${FAMILY} covers with a font file it loads`, () => {
    expect(faces, `no @font-face for ${FAMILY}`).not.toEqual([]);
    expect(missingCharacters(text, faces, covered, (url) => distFile(url, url))).toEqual([]);
  });

  it('preloads only font files its stylesheets declare', () => {
    const declared = faces.map(({ url }) => url);
    expect(preloads.filter((url) => !declared.includes(url))).toEqual([]);
  });
});
