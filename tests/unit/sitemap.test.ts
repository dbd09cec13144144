import { describe, expect, it } from 'vitest';
import type { SiteEntries } from '../../src/lib/routes.ts';
import { sitemapIndexXml, sitemapUrls, sitemapXml } from '../../src/lib/sitemap.ts';
import { sitemapEntries, sitemapIndexLocs } from '../support/sitemap.ts';

const SITE = new URL('https://x.org');
const ENTRIES: SiteEntries = {
  articles: [
    { lang: 'fr', slug: 'essentiel', translationKey: 'glance' },
    { lang: 'en', slug: 'at-a-glance', translationKey: 'glance' },
    { lang: 'fr', slug: 'seul', translationKey: 'alone' },
  ],
  people: [{ id: 'macron' }],
  countries: [{ id: 'FR' }],
};

describe('sitemapUrls', () => {
  const urls = sitemapUrls('/b/', SITE, ENTRIES);
  const byLoc = new Map(urls.map((url) => [url.loc, url.links]));

  it('lists every page of the route table once, by public URL in code-point order', () => {
    const locs = urls.map((url) => url.loc);
    expect(locs).toContain('https://x.org/b/');
    expect(locs).toContain('https://x.org/b/en/whos-who/macron/');
    expect(locs).toContain('https://x.org/b/pays/fr/');
    expect(locs).toContain('https://x.org/b/articles/seul/');
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toEqual([...locs].sort());
    expect(locs.every((loc) => loc.startsWith('https://x.org/b/'))).toBe(true);
  });

  it('gives both pages of a pair the alternates of their head, even when the slugs differ', () => {
    const alternates = [
      { lang: 'fr', url: 'https://x.org/b/articles/essentiel/' },
      { lang: 'en', url: 'https://x.org/b/en/articles/at-a-glance/' },
      { lang: 'x-default', url: 'https://x.org/b/articles/essentiel/' },
    ];
    expect(byLoc.get('https://x.org/b/articles/essentiel/')).toEqual(alternates);
    expect(byLoc.get('https://x.org/b/en/articles/at-a-glance/')).toEqual(alternates);
  });

  it('gives no alternates to an article whose translation is not live', () => {
    expect(byLoc.get('https://x.org/b/articles/seul/')).toEqual([]);
  });
});

describe('sitemapXml', () => {
  it('writes each page and its alternates as the sitemap readers parse them', () => {
    const urls = sitemapUrls('/', SITE, ENTRIES);
    expect(sitemapEntries(sitemapXml(urls))).toEqual(urls);
  });

  it('escapes what XML reserves', () => {
    const xml = sitemapXml([{ loc: 'https://x.org/?a=1&b=<2>', links: [{ lang: 'fr', url: 'https://x.org/"q"' }] }]);
    expect(xml).not.toContain('&b');
    expect(sitemapEntries(xml)).toEqual([{ loc: 'https://x.org/?a=1&b=<2>', links: [{ lang: 'fr', url: 'https://x.org/"q"' }] }]);
  });
});

describe('sitemapIndexXml', () => {
  it('names each sitemap', () => {
    expect(sitemapIndexLocs(sitemapIndexXml(['https://x.org/b/sitemap-0.xml']))).toEqual(['https://x.org/b/sitemap-0.xml']);
  });
});
