/** Reading the sitemap index and sitemaps that @astrojs/sitemap writes. */
import type { Alternate } from '../../src/lib/sitemap-alternates.ts';

export interface SitemapEntry {
  loc: string;
  links: Alternate[];
}

/** The sitemap URLs listed by a sitemap index. */
export function sitemapIndexLocs(xml: string): string[] {
  return [...xml.matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
}

const HREFLANG = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g;

/** The `hreflang` alternates a page's HTML declares, in document order. */
export function hreflangLinks(html: string): Alternate[] {
  return [...html.matchAll(HREFLANG)].map((m) => ({ lang: m[1] ?? '', url: m[2] ?? '' }));
}

/** The pages a sitemap lists, each with its `xhtml:link` language alternates. */
export function sitemapEntries(xml: string): SitemapEntry[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => {
    const body = m[1] ?? '';
    return {
      loc: /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? '',
      links: [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((l) => ({
        lang: l[1] ?? '',
        url: l[2] ?? '',
      })),
    };
  });
}

/** The sitemap URL a robots.txt names. */
export function robotsSitemap(text: string): string | undefined {
  return /^Sitemap:\s*(\S+)/m.exec(text)?.[1];
}
