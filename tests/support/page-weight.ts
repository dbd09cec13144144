/**
 * Page weight over the wire: the files a page loads (as recorded by a browser), read from
 * dist/ and compressed the way a static host serves them (gzip and brotli from node:zlib, for
 * text files; fonts and images are already compressed and count as they are), summed by kind
 * and compared with the budget of the page's type.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { memoized } from '../../src/lib/memo.ts';
import { SECTIONS } from '../../src/lib/routes.ts';
import { isArticlePage } from './dist.ts';

const KINDS = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
export type AssetKind = (typeof KINDS)[number];

export const PAGE_TYPES = ['home', 'article', 'people', 'country', 'map', 'search', 'other'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Bytes over the wire with each compression a host may apply. */
export interface Transfer {
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  /** Per kind of file, images included. */
  byKind: Record<AssetKind, Transfer>;
  /** Everything but images (listed apart, as the budget excludes them). */
  total: Transfer;
  files: { file: string; kind: AssetKind; transfer: Transfer }[];
}

/** Limits in bytes, checked against gzip (the larger of the two); a missing kind has no limit. */
export type Budget = Partial<Record<AssetKind | 'total', number>>;

/** tests/budgets.json: a budget per page type, and under `pages` a few pages' own limits, each with its `$reason`. */
export type Budgets = Record<PageType, Budget> & { pages?: Record<string, Budget & { $reason: string }> };

/** A page's budget: its type's, with the limits its own entry in `pages` sets (file relative to dist/). */
export function budgetOf(file: string, type: PageType, budgets: Budgets): Budget {
  const { $reason: _reason, ...own } = budgets.pages?.[file] ?? { $reason: '' };
  return { ...budgets[type], ...own };
}

const KIND_BY_EXTENSION: Record<string, AssetKind> = {
  '.html': 'html',
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
  '.woff2': 'font',
  '.woff': 'font',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.webp': 'image',
  '.avif': 'image',
  '.svg': 'image',
};
const COMPRESSED_BY_HOSTS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.wasm']);

/** The kind of a file, from its extension. */
export function assetKind(file: string): AssetKind {
  return KIND_BY_EXTENSION[extname(file)] ?? 'other';
}

/** The type of a built page (path relative to dist/), for its budget. */
export function pageType(file: string): PageType {
  const path = file.replace(/^en\//, '');
  const [section] = path.split('/');
  if (path === 'index.html') return 'home';
  if (isArticlePage(file)) return 'article';
  const is = (name: keyof typeof SECTIONS): boolean => section === SECTIONS[name].fr || section === SECTIONS[name].en;
  if (is('people')) return 'people';
  if (is('countries')) return 'country';
  if (is('map')) return 'map';
  if (is('search')) return 'search';
  return 'other';
}

/** Bytes over the wire for one file's content. */
export function transferSize(content: Buffer, file: string): Transfer {
  if (!COMPRESSED_BY_HOSTS.has(extname(file))) return { gzip: content.length, brotli: content.length };
  return {
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** A built file's transfer size, compressed once per file and run (every page loads the same CSS and fonts). */
const transferOfFile = memoized(
  (path: string) => path,
  (path: string) => transferSize(readFileSync(path), path),
);

const zero = (): Transfer => ({ gzip: 0, brotli: 0 });

/**
 * The weight of a page from the files it loads.
 * @param files paths relative to `dist`, each counted once
 */
export function pageWeight(files: readonly string[], dist: string): PageWeight {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, zero()])) as Record<AssetKind, Transfer>;
  const total = zero();
  const measured = [...new Set(files)].map((file) => {
    const kind = assetKind(file);
    const transfer = transferOfFile(join(dist, file));
    byKind[kind].gzip += transfer.gzip;
    byKind[kind].brotli += transfer.brotli;
    if (kind !== 'image') {
      total.gzip += transfer.gzip;
      total.brotli += transfer.brotli;
    }
    return { file, kind, transfer };
  });
  return { byKind, total, files: measured };
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** One line per limit the page goes over, naming the page, the kind, the weight and the budget. */
export function budgetProblems(page: string, type: PageType, weight: PageWeight, budget: Budget): string[] {
  return (Object.entries(budget) as [AssetKind | 'total', number][])
    .map(([kind, limit]) => {
      const actual = kind === 'total' ? weight.total.gzip : weight.byKind[kind].gzip;
      return actual > limit
        ? `dist/${page} (${type}): ${kind} weighs ${kb(actual)} KB gzipped, over its budget of ${kb(limit)} KB (tests/budgets.json › ${type}.${kind})`
        : undefined;
    })
    .filter((line): line is string => line !== undefined);
}

/** A one-line summary of a page's weight, for test output. */
export function describeWeight(weight: PageWeight): string {
  const { html, css, js, font, image } = weight.byKind;
  return `html ${kb(html.gzip)} · css ${kb(css.gzip)} · js ${kb(js.gzip)} · fonts ${kb(font.gzip)} · total ${kb(weight.total.gzip)} KB gzip (${kb(weight.total.brotli)} brotli) · images ${kb(image.gzip)} KB`;
}
