import { load } from 'cheerio';
import { describe, expect, it, vi } from 'vitest';
import { addAlternates, hreflangAlternates, siteAlternates, type Alternate } from '../../src/lib/sitemap-alternates.ts';
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

describe('addAlternates', () => {
  it("adds a page's alternates to its sitemap entry, and leaves other entries as they are", () => {
    const serialize = addAlternates(() => new Map([['https://x.org/b/articles/essentiel/', ALTERNATES]]));
    expect(serialize({ url: 'https://x.org/b/articles/essentiel/', links: [] }).links).toEqual(ALTERNATES);
    expect(serialize({ url: 'https://x.org/b/' })).toEqual({ url: 'https://x.org/b/' });
  });

  it('works the alternates out once, on the first entry, and gives each entry its own copy of the list', () => {
    const alternates = vi.fn(() => new Map([['https://x.org/b/', ALTERNATES]]));
    const serialize = addAlternates(alternates);
    expect(alternates).not.toHaveBeenCalled();
    const links = serialize({ url: 'https://x.org/b/' }).links ?? [];
    links.pop();
    expect(serialize({ url: 'https://x.org/b/' }).links).toHaveLength(3);
    expect(alternates).toHaveBeenCalledTimes(1);
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
