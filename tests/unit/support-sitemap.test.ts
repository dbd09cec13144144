import { describe, expect, it } from 'vitest';
import { robotsSitemap, sitemapEntries, sitemapIndexLocs } from '../support/sitemap.ts';

describe('sitemap readers', () => {
  it('read the index, the entries with their alternates, and the robots.txt line', () => {
    expect(sitemapIndexLocs('<sitemapindex><sitemap><loc>https://x.org/sitemap-0.xml</loc></sitemap></sitemapindex>')).toEqual([
      'https://x.org/sitemap-0.xml',
    ]);
    const xml =
      '<urlset><url><loc>https://x.org/</loc><xhtml:link rel="alternate" hreflang="en" href="https://x.org/en/"/></url>' +
      '<url><loc>https://x.org/en/</loc></url></urlset>';
    expect(sitemapEntries(xml)).toEqual([
      { loc: 'https://x.org/', links: [{ lang: 'en', url: 'https://x.org/en/' }] },
      { loc: 'https://x.org/en/', links: [] },
    ]);
    expect(robotsSitemap('User-agent: *\nAllow: /\n\nSitemap: https://x.org/b/sitemap-index.xml\n')).toBe(
      'https://x.org/b/sitemap-index.xml',
    );
    expect(robotsSitemap('User-agent: *\n')).toBeUndefined();
  });
});
