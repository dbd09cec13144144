/** The links of a built page, and their resolution to files of dist/, for the internal link and #anchor check. */
import type { CheerioAPI } from 'cheerio';
import { builtFile } from '../../src/lib/paths.ts';

export interface PageLink {
  attribute: 'href' | 'src' | 'content';
  url: string;
}

/** Sharing tags whose value is a URL of the site: they must resolve like any link. */
const META_URL = ['og:url', 'og:image', 'twitter:image'].flatMap((key) => [`meta[property="${key}"]`, `meta[name="${key}"]`]).join(', ');

/** Every href and src value in a page, and the URLs of its Open Graph and Twitter tags. */
export function extractLinks($: CheerioAPI): PageLink[] {
  const values = (selector: string, attributes: readonly PageLink['attribute'][]): PageLink[] =>
    $(selector)
      .toArray()
      .flatMap((element) =>
        attributes.flatMap((attribute) => {
          const url = $(element).attr(attribute);
          return url === undefined ? [] : [{ attribute, url }];
        }),
      );
  return [...values('[href], [src]', ['href', 'src']), ...values(META_URL, ['content'])];
}

export interface InternalTarget {
  /** The file under dist/ (relative) that must exist. */
  file: string;
  /** The #fragment that must exist in it, if any (decoded). */
  fragment?: string;
}

/**
 * Resolves a link found on a page to the dist/ file it points at, or `undefined` for an external
 * link (another origin, mailto:, tel:). Links to the site's own origin count as internal.
 * Throws when an internal link escapes the deploy base, since such a link breaks under a sub-path.
 * @param url the raw attribute value
 * @param pageUrl the page's own URL path (with base)
 * @param origin the site's public origin (SITE_URL)
 * @param base the deploy base path
 */
export function resolveInternal(url: string, pageUrl: string, origin: string, base: string): InternalTarget | undefined {
  if (/^(mailto|tel|data):/.test(url)) return undefined;
  const resolved = new URL(url, new URL(pageUrl, origin));
  if (resolved.origin !== origin) return undefined;
  const path = decodeURIComponent(resolved.pathname);
  const file = builtFile(path, base);
  const fragment = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : undefined;
  return fragment === undefined ? { file } : { file, fragment };
}

/**
 * What each executable script of a page loads: its `src`, or `inline` for a script written in
 * the page (JSON-LD data blocks are not scripts a browser runs).
 */
export function scriptSources($: CheerioAPI): string[] {
  return $('script:not([type="application/ld+json"])')
    .toArray()
    .map((script) => $(script).attr('src') ?? 'inline');
}
