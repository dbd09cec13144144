import { describe, expect, it } from 'vitest';
import { feedLinks, headProblems } from '../support/head.ts';

const GOOD = [
  '<link rel="canonical" href="https://x.org/en/">',
  '<link rel="alternate" hreflang="fr" href="https://x.org/">',
  '<link rel="alternate" hreflang="en" href="https://x.org/en/">',
  '<link rel="alternate" hreflang="x-default" href="https://x.org/">',
  '<meta name="description" content="d">',
  ...['og:type', 'og:site_name', 'og:title', 'og:description', 'og:locale'].map((k) => `<meta property="${k}" content="v">`),
  '<meta property="og:url" content="https://x.org/en/">',
  '<meta name="twitter:card" content="summary">',
].join('');

describe('headProblems', () => {
  it('accepts a complete head', () => {
    expect(headProblems(GOOD)).toEqual([]);
  });

  it('names what is missing or inconsistent', () => {
    expect(headProblems(GOOD.replace('<meta name="twitter:card" content="summary">', ''))).toEqual(['no twitter:card']);
    expect(
      headProblems(GOOD.replace('hreflang="x-default" href="https://x.org/"', 'hreflang="x-default" href="https://x.org/en/"')),
    ).toEqual(['x-default is not the French page']);
    expect(
      headProblems(
        GOOD.replace('<meta property="og:url" content="https://x.org/en/">', '<meta property="og:url" content="https://x.org/">'),
      ),
    ).toEqual(['og:url differs from the canonical URL']);
  });

  it('wants no canonical on a noindex page', () => {
    expect(headProblems('<meta name="robots" content="noindex">')).toEqual([]);
    expect(headProblems('<meta name="robots" content="noindex"><link rel="canonical" href="/">')).toEqual([
      'noindex page has a canonical link',
    ]);
  });
});

describe('feedLinks', () => {
  it('lists the item links of a feed, not the channel link', () => {
    const xml =
      '<channel><link>https://x.org/</link><item><title>a</title><link>https://x.org/a/</link></item><item><link>https://x.org/b/</link></item></channel>';
    expect(feedLinks(xml)).toEqual(['https://x.org/a/', 'https://x.org/b/']);
  });
});
