import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { headProblems as problemsOf, ogImageUrl as imageOf } from '../support/head.ts';

const headProblems = (html: string): string[] => problemsOf(load(html));
const ogImageUrl = (html: string): string | undefined => imageOf(load(html));

const IMAGE = [
  '<meta property="og:image" content="https://x.org/en/og.png">',
  '<meta property="og:image:type" content="image/png">',
  '<meta property="og:image:width" content="1200">',
  '<meta property="og:image:height" content="630">',
  '<meta property="og:image:alt" content="Ukraine, 6 January 2026: “Title”. Site.">',
];

const GOOD = [
  '<link rel="canonical" href="https://x.org/en/">',
  '<link rel="alternate" hreflang="fr" href="https://x.org/">',
  '<link rel="alternate" hreflang="en" href="https://x.org/en/">',
  '<link rel="alternate" hreflang="x-default" href="https://x.org/">',
  '<meta name="description" content="d">',
  ...['og:type', 'og:site_name', 'og:title', 'og:description', 'og:locale'].map((k) => `<meta property="${k}" content="v">`),
  '<meta property="og:url" content="https://x.org/en/">',
  ...IMAGE,
  '<meta name="twitter:card" content="summary_large_image">',
].join('');

describe('headProblems', () => {
  it('accepts a complete head', () => {
    expect(headProblems(GOOD)).toEqual([]);
  });

  it('names what is missing or inconsistent', () => {
    expect(headProblems(GOOD.replace('<meta name="twitter:card" content="summary_large_image">', ''))).toEqual(['no twitter:card']);
    expect(
      headProblems(GOOD.replace('hreflang="x-default" href="https://x.org/"', 'hreflang="x-default" href="https://x.org/en/"')),
    ).toEqual(['x-default is not the French page']);
    expect(
      headProblems(
        GOOD.replace('<meta property="og:url" content="https://x.org/en/">', '<meta property="og:url" content="https://x.org/">'),
      ),
    ).toEqual(['og:url differs from the canonical URL']);
  });

  it('wants an absolute, typed, sized, described image on every indexable page, shared as a large card', () => {
    expect(ogImageUrl(GOOD)).toBe('https://x.org/en/og.png');
    expect(headProblems(IMAGE.reduce((head, tag) => head.replace(tag, ''), GOOD))).toEqual(['no og:image']);
    expect(headProblems(GOOD.replace('https://x.org/en/og.png', '/en/og.png'))).toEqual(['og:image /en/og.png is not an absolute URL']);
    expect(headProblems(GOOD.replace('content="summary_large_image"', 'content="summary"'))).toEqual([
      'og:image without a summary_large_image twitter:card',
    ]);
    expect(headProblems(GOOD.replace('content="630"', 'content="600"'))).toEqual(['og:image:height is not "630"']);
    const alt = '<meta property="og:image:alt" content="Ukraine, 6 January 2026: “Title”. Site.">';
    expect(headProblems(GOOD.replace(alt, ''))).toEqual(['no og:image:alt']);
    expect(headProblems(GOOD.replace(alt, '<meta property="og:image:alt" content="v">'))).toEqual([
      'og:image:alt only repeats og:title',
      'og:image:alt does not say the card’s topic (Ukraine)',
    ]);
  });

  it('wants no canonical on a noindex page', () => {
    expect(headProblems('<meta name="robots" content="noindex">')).toEqual([]);
    expect(headProblems('<meta name="robots" content="noindex"><link rel="canonical" href="/">')).toEqual([
      'noindex page has a canonical link',
    ]);
  });
});
