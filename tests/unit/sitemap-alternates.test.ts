import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { hreflangAlternates, siteAlternates, type Alternate } from '../../src/lib/sitemap-alternates.ts';
import { hreflangLinks } from '../support/sitemap.ts';

const ALTERNATES: Alternate[] = [
  { lang: 'fr', url: 'https://x.org/b/articles/essentiel/' },
  { lang: 'en', url: 'https://x.org/b/en/articles/at-a-glance/' },
  { lang: 'x-default', url: 'https://x.org/b/articles/essentiel/' },
];

describe('hreflangAlternates', () => {
  it('lists French, English and the French page as x-default', () => {
    expect(hreflangAlternates({ fr: 'https://x.org/b/articles/essentiel/', en: 'https://x.org/b/en/articles/at-a-glance/' })).toEqual(
      ALTERNATES,
    );
  });
});

describe('siteAlternates', () => {
  it('gives both pages of a pair the same alternates, by their public URL', () => {
    const byUrl = siteAlternates([{ fr: '/b/articles/essentiel/', en: '/b/en/articles/at-a-glance/' }], new URL('https://x.org'));
    expect(byUrl.get('https://x.org/b/articles/essentiel/')).toEqual(ALTERNATES);
    expect(byUrl.get('https://x.org/b/en/articles/at-a-glance/')).toEqual(ALTERNATES);
    expect(byUrl.size).toBe(2);
  });
});

describe('hreflangLinks (test support: what the dist checks compare the sitemap with)', () => {
  it('reads the alternates in document order and ignores other links', () => {
    const head = ALTERNATES.map(({ lang, url }) => `<link rel="alternate" hreflang="${lang}" href="${url}">`).join('');
    expect(
      hreflangLinks(
        load(`<link rel="canonical" href="https://x.org/b/">${head}<link rel="alternate" type="application/rss+xml" href="r">`),
      ),
    ).toEqual(ALTERNATES);
  });
});
