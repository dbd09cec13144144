/**
 * Language alternates for the sitemap. Each page declares its `hreflang` alternates in its head
 * (BaseHead), and records the very same list here while it renders; the sitemap repeats those
 * lists, so it cannot drift from the pages (article slugs differ between languages) and needs
 * no page read back from the disk.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { buildShared } from './build-shared.ts';

export interface Alternate {
  lang: string;
  url: string;
}

/** The alternates of every indexable page rendered in this process, by the page's public URL (recorded by the page bundle, read by the sitemap's configuration). */
export const pageAlternates: Map<string, readonly Alternate[]> = buildShared(
  'page-alternates',
  () => new Map<string, readonly Alternate[]>(),
);

/**
 * A `serialize` function for `@astrojs/sitemap` that adds each page's language alternates, as
 * recorded in `alternates` (the pages of this build, by default).
 */
export function addAlternates(alternates: ReadonlyMap<string, readonly Alternate[]> = pageAlternates) {
  return (item: SitemapItem): SitemapItem => {
    const links = alternates.get(item.url);
    return links === undefined ? item : { ...item, links: [...links] };
  };
}
