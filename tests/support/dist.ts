/** Walking the built site in `dist/`: its pages and the URL each one is served at. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteBase } from '../../src/lib/deploy-env.ts';
import { SECTIONS } from '../../src/lib/routes.ts';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The deploy base the site was built with (BASE_PATH), e.g. "/" or "/explainer/". */
export const BASE = siteBase(process.env);

/** The search pages. */
const SEARCH_PAGES = [`${SECTIONS.search.fr}/index.html`, `en/${SECTIONS.search.en}/index.html`];

/** Whether a built page (path relative to dist/) is an article, in either language. */
export function isArticlePage(file: string): boolean {
  return /^(en\/)?articles\/[^/]+\/index\.html$/.test(file);
}

/**
 * The only scripts a built page may load, as paths under the base: the search script on the
 * search pages, the share control on articles, the language guess on the root 404, none elsewhere.
 */
export function allowedScripts(file: string): string[] {
  if (SEARCH_PAGES.includes(file)) return ['scripts/search.js'];
  if (file === '404.html') return ['scripts/not-found-language.js'];
  return isArticlePage(file) ? ['scripts/share.js'] : [];
}

/** Every HTML file under `dir`, as paths relative to it with forward slashes, sorted. */
export function htmlFiles(dir = DIST): string[] {
  return filesEndingWith(['.html'], dir);
}

/** The files of dist/ whose names end with one of `endings`, relative to `dir`, sorted. */
export function filesEndingWith(endings: readonly string[], dir = DIST): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (endings.some((ending) => entry.name.endsWith(ending))) found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** The 404 pages: `404.html` at the root, `en/404/` for the English pages. */
export const NOT_FOUND_PAGES = ['404.html', 'en/404/index.html'] as const;

/** True for a 404 page's file (not in the sitemap, not in the route table). */
export function isNotFoundPage(file: string): boolean {
  return (NOT_FOUND_PAGES as readonly string[]).includes(file);
}

/** The URL path a page file is served at: `en/index.html` -> `/base/en/`, `404.html` -> `/base/404.html`. */
export function pagePath(file: string, base = BASE): string {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${base}${path}`;
}
