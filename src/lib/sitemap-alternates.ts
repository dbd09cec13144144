/**
 * Language alternates for the sitemap, read from the built pages themselves: every page already
 * declares its `hreflang` alternates in its head (BaseHead), so the sitemap repeats exactly
 * those and cannot drift from them (article slugs differ between languages).
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { builtFile } from './paths.ts';

export interface Alternate {
  lang: string;
  url: string;
}

const HREFLANG = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g;

/** The `hreflang` alternates a page's HTML declares, in document order. */
export function hreflangLinks(html: string): Alternate[] {
  return [...html.matchAll(HREFLANG)].map((m) => ({ lang: m[1] ?? '', url: m[2] ?? '' }));
}

/** Bytes read from the start of a page to find its `</head>`: head and JSON-LD take a few KB. */
const HEAD_BYTES = 64 * 1024;

/** The head of a built page (the whole page if it has no `</head>` early on): its body is never needed here. */
export function readHead(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const start = Buffer.alloc(HEAD_BYTES);
    const text = start.toString('utf8', 0, readSync(descriptor, start, 0, HEAD_BYTES, 0));
    const end = text.indexOf('</head>');
    return end === -1 ? readFileSync(file, 'utf8') : text.slice(0, end);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * A `serialize` function for `@astrojs/sitemap` that adds each page's language alternates.
 * @param outDir the build output folder (absolute path)
 * @param base the deploy base path
 */
export function addAlternates(outDir: string, base: string) {
  return (item: SitemapItem): SitemapItem => {
    const links = hreflangLinks(readHead(join(outDir, builtFile(decodeURIComponent(new URL(item.url).pathname), base))));
    return links.length > 0 ? { ...item, links } : item;
  };
}
