import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { addAlternates, type Alternate } from '../../src/lib/sitemap-alternates.ts';
import { hreflangLinks } from '../support/sitemap.ts';

const ALTERNATES: Alternate[] = [
  { lang: 'fr', url: 'https://x.org/b/articles/essentiel/' },
  { lang: 'en', url: 'https://x.org/b/en/articles/at-a-glance/' },
  { lang: 'x-default', url: 'https://x.org/b/articles/essentiel/' },
];

describe('addAlternates', () => {
  it("adds the alternates a page recorded to the page's sitemap entry, and leaves other entries as they are", () => {
    const serialize = addAlternates(new Map([['https://x.org/b/articles/essentiel/', ALTERNATES]]));
    expect(serialize({ url: 'https://x.org/b/articles/essentiel/', links: [] }).links).toEqual(ALTERNATES);
    expect(serialize({ url: 'https://x.org/b/' })).toEqual({ url: 'https://x.org/b/' });
  });

  it('gives each entry its own copy of the list', () => {
    const serialize = addAlternates(new Map([['https://x.org/b/', ALTERNATES]]));
    const links = serialize({ url: 'https://x.org/b/' }).links ?? [];
    links.pop();
    expect(serialize({ url: 'https://x.org/b/' }).links).toHaveLength(3);
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
