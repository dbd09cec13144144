/**
 * Link extraction and resolution over built HTML, for the internal link and #anchor check.
 * Works on html-validate-clean output, where every attribute value is quoted.
 */
import { builtFile } from '../../src/lib/paths.ts';

export interface PageLink {
  attribute: 'href' | 'src' | 'content';
  url: string;
}

const LINK = /\s(href|src)="([^"]*)"/g;
/** Sharing tags whose value is a URL of the site: they must resolve like any link. */
const META_URL = /<meta (?:property|name)="(?:og:url|og:image|twitter:image)" (content)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Every href and src value in a page, and the URLs of its Open Graph and Twitter tags. */
export function extractLinks(html: string): PageLink[] {
  return [...html.matchAll(LINK), ...html.matchAll(META_URL)].map((m) => ({
    attribute: m[1] as PageLink['attribute'],
    url: decodeEntities(m[2] ?? ''),
  }));
}

/** Every id defined in a page. */
export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1] ?? '')));
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
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/type="application\/ld\+json"/.test(tag))
    .map((tag) => decodeEntities(/\ssrc="([^"]*)"/.exec(tag)?.[1] ?? 'inline'));
}
