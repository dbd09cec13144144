/**
 * The sitemap: every page of the route table (`sitePagePaths`) with its language alternates,
 * made by the function the head uses (`siteAlternates` → `hreflangAlternates`), written as XML by
 * the endpoints `src/pages/sitemap-index.xml.ts` and `src/pages/sitemap-0.xml.ts`.
 */
import { sitePagePairs, sitePagePaths, type SiteEntries } from './routes.ts';
import { publicUrl } from './paths.ts';
import { siteAlternates, type Alternate } from './sitemap-alternates.ts';

/** One page of the sitemap: its public URL and its language alternates (none if it exists in one language only). */
export interface SitemapUrl {
  loc: string;
  links: readonly Alternate[];
}

/**
 * Every page the site builds under `base` (the 404 pages are not in the route table), by public
 * URL in code-point order, each with the alternates its head declares.
 * @param site the site's public origin (SITE_URL)
 */
export function sitemapUrls(base: string, site: URL, entries: SiteEntries): SitemapUrl[] {
  const alternates = siteAlternates(sitePagePairs(base, entries), site);
  return [...sitePagePaths(base, entries)]
    .map((path) => publicUrl(path, site))
    .sort()
    .map((loc) => ({ loc, links: alternates.get(loc) ?? [] }));
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** Escapes the characters XML reserves in text and attribute values. */
function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A sitemap (sitemaps.org 0.9) listing `urls`, each alternate as an `xhtml:link`. */
export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const body = urls
    .map(
      ({ loc, links }) =>
        `<url><loc>${xmlEscape(loc)}</loc>${links
          .map(({ lang, url }) => `<xhtml:link rel="alternate" hreflang="${xmlEscape(lang)}" href="${xmlEscape(url)}"/>`)
          .join('')}</url>`,
    )
    .join('');
  return `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="http://www.w3.org/1999/xhtml">${body}</urlset>`;
}

/** A sitemap index naming the sitemaps at `locs`. */
export function sitemapIndexXml(locs: readonly string[]): string {
  const body = locs.map((loc) => `<sitemap><loc>${xmlEscape(loc)}</loc></sitemap>`).join('');
  return `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">${body}</sitemapindex>`;
}
