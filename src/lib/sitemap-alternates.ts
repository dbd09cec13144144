/**
 * Language alternates for the sitemap, read from the built pages themselves: every page already
 * declares its `hreflang` alternates in its head (BaseHead), so the sitemap repeats exactly
 * those and cannot drift from them (article slugs differ between languages).
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Alternate {
  lang: string;
  url: string;
}

const HREFLANG = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g;

/** The `hreflang` alternates a page's HTML declares, in document order. */
export function hreflangLinks(html: string): Alternate[] {
  return [...html.matchAll(HREFLANG)].map((m) => ({ lang: m[1] ?? '', url: m[2] ?? '' }));
}

/**
 * The built file of a page URL, relative to the output folder:
 * `https://x.org/base/en/` with base `/base/` → `en/index.html`.
 */
export function builtPageFile(url: string, base: string): string {
  const path = decodeURIComponent(new URL(url).pathname);
  if (!path.startsWith(base)) throw new Error(`sitemap: ${url} is outside the base path ${base}`);
  const inside = path.slice(base.length);
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}

/**
 * A `serialize` function for `@astrojs/sitemap` that adds each page's language alternates.
 * @param outDir the build output folder (absolute path)
 * @param base the deploy base path
 */
export function addAlternates(outDir: string, base: string) {
  return (item: SitemapItem): SitemapItem => {
    const links = hreflangLinks(readFileSync(join(outDir, builtPageFile(item.url, base)), 'utf8'));
    return links.length > 0 ? { ...item, links } : item;
  };
}
