/** Reading the RSS feeds, the sitemap index and sitemaps (written by @astrojs/rss and src/pages/sitemap-*.xml.ts), and robots.txt. */
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { Alternate } from '../../src/lib/sitemap-alternates.ts';

export interface SitemapEntry {
  loc: string;
  links: Alternate[];
}

const texts = ($: CheerioAPI, selector: string): string[] =>
  $(selector)
    .toArray()
    .map((element) => $(element).text());

/** The item links of an RSS feed. */
export function feedLinks(xml: string): string[] {
  return texts(load(xml, { xml: true }), 'item > link');
}

/** The sitemap URLs listed by a sitemap index. */
export function sitemapIndexLocs(xml: string): string[] {
  return texts(load(xml, { xml: true }), 'sitemap > loc');
}

const alternates = ($: CheerioAPI, links: Cheerio<Element>): Alternate[] =>
  links.toArray().map((link) => ({ lang: $(link).attr('hreflang') ?? '', url: $(link).attr('href') ?? '' }));

/** The `hreflang` alternates a page's HTML declares, in document order. */
export function hreflangLinks($: CheerioAPI): Alternate[] {
  return alternates($, $('link[rel="alternate"][hreflang]'));
}

/** The pages a sitemap lists, each with its `xhtml:link` language alternates. */
export function sitemapEntries(xml: string): SitemapEntry[] {
  const $ = load(xml, { xml: true });
  return $('url')
    .toArray()
    .map((url) => ({
      loc: $(url).children('loc').text(),
      links: alternates($, $(url).children('xhtml\\:link[rel="alternate"][hreflang]')),
    }));
}

/** The sitemap URL a robots.txt names. */
export function robotsSitemap(text: string): string | undefined {
  return /^Sitemap:\s*(\S+)/m.exec(text)?.[1];
}
