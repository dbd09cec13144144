/**
 * Language alternates: the `hreflang` links of a page's head (BaseHead) and of its sitemap entry
 * (`sitemapUrls`, src/lib/sitemap.ts), both made by `hreflangAlternates`, the sitemap's from the
 * route table's pages in both languages (`sitePagePairs`), so the two cannot drift apart (article
 * slugs differ between languages) and no page is read back from the disk.
 */
import type { Lang } from './content/schema.ts';
import { DEFAULT_LANG, publicUrl } from './paths.ts';
import type { PagePair } from './routes.ts';

export interface Alternate {
  lang: string;
  url: string;
}

/** The alternates of a page whose public URL in each language is `urls`: French, English, and the default language as `x-default`. */
export function hreflangAlternates(urls: Readonly<Record<Lang, string>>): Alternate[] {
  return [
    { lang: 'fr', url: urls.fr },
    { lang: 'en', url: urls.en },
    { lang: 'x-default', url: urls[DEFAULT_LANG] },
  ];
}

/**
 * Each page's alternates, by the page's public URL, for pages that exist in both languages.
 * @param site the site's public origin (SITE_URL)
 */
export function siteAlternates(pairs: readonly PagePair[], site: URL): Map<string, Alternate[]> {
  return new Map(
    pairs.flatMap((pair) => {
      const urls = { fr: publicUrl(pair.fr, site), en: publicUrl(pair.en, site) };
      const alternates = hreflangAlternates(urls);
      return [
        [urls.fr, alternates],
        [urls.en, alternates],
      ] as const;
    }),
  );
}
