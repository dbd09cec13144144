/**
 * The built site in dist/, checked page by page: html-validate, every internal link and #anchor,
 * the sharing tags of its head, its Open Graph image (every article has one: a 1200×630 PNG in
 * dist/), its JSON-LD, its citations numbered in reading order, no straight apostrophe in what a
 * reader sees, and that it ships no script but
 * the search page's and the share control's. Then the RSS feeds, the sitemap, the route table
 * against the pages built, the open-data files against the collections in content/, and no seed
 * or localhost in what readers get. Run after a build (`npm run test:dist`; `npm test` builds).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, type CheerioAPI } from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { contentPagePaths } from '../../src/lib/content/page-links.ts';
import { readContent } from '../support/read-content.ts';
import { validateContent } from '../support/validate-content.ts';
import { LOCAL_SITE_URL, siteUrl } from '../../src/lib/deploy-env.ts';
import { dataFileUrl, DATASETS, FORMATS } from '../../src/lib/open-data.ts';
import { straightApostrophes } from '../support/apostrophes.ts';
import { citationAnchorProblems } from '../support/citation-anchors.ts';
import { allowedScripts, BASE, DIST, filesEndingWith, htmlFiles, isArticlePage, isNotFoundPage, NOT_FOUND_PAGES, pagePath } from '../support/dist.ts';
import { headProblems, ogImageUrl } from '../support/head.ts';
import { extractLinks, resolveInternal, scriptSources } from '../support/links.ts';
import { exportProblems, readExportContent } from '../support/open-data-files.ts';
import { pngSize } from '../support/png.ts';
import { feedLinks, hreflangLinks, robotsSitemap, sitemapEntries, sitemapIndexLocs } from '../support/sitemap.ts';
import { expectedSchemaType, structuredDataProblems } from '../support/structured-data.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const origin = siteUrl(process.env);
const pages = htmlFiles();
if (pages.length === 0) throw new Error(`No HTML found in ${DIST}: run the build first (npm run build).`);
const articlePages = pages.filter(isArticlePage);

const read = (file: string): string | undefined => (existsSync(join(DIST, file)) ? readFileSync(join(DIST, file), 'utf8') : undefined);

/** Each page parsed once, whichever test asks first. */
const parsed = new Map<string, { html: string; $: CheerioAPI }>();
function page(file: string): { html: string; $: CheerioAPI } {
  let entry = parsed.get(file);
  if (!entry) {
    const html = read(file) ?? '';
    parsed.set(file, (entry = { html, $: load(html) }));
  }
  return entry;
}

/** The ids of a page, for #anchor links into it. */
const idsOf = (file: string): Set<string> => {
  const { $ } = page(file);
  return new Set($('[id]').map((_, element) => $(element).attr('id')).get());
};

/** The internal links of a page that lead nowhere: no file, or no element with the #anchor's id. */
function brokenLinks(file: string): string[] {
  const broken: string[] = [];
  for (const link of extractLinks(page(file).$)) {
    try {
      const target = resolveInternal(link.url, pagePath(file), origin, BASE);
      if (!target) continue;
      if (!existsSync(join(DIST, target.file))) broken.push(`${link.attribute}="${link.url}": no file dist/${target.file}`);
      else if (target.fragment !== undefined && target.file.endsWith('.html') && !idsOf(target.file).has(target.fragment)) {
        broken.push(`${link.attribute}="${link.url}": no element with id "${target.fragment}" in dist/${target.file}`);
      }
    } catch (error) {
      broken.push(`${link.attribute}="${link.url}": ${(error as Error).message}`);
    }
  }
  return broken;
}

/** What is wrong with a page's og:image (a missing one is a head problem): not on the site, not in dist/, not a 1200×630 PNG. */
function imageProblems(file: string): string[] {
  const url = ogImageUrl(page(file).$);
  if (!url) return [];
  const target = resolveInternal(url, pagePath(file), origin, BASE);
  if (!target) return [`og:image ${url} is not on the site`];
  if (!existsSync(join(DIST, target.file))) return [`og:image ${url}: no file dist/${target.file}`];
  const size = pngSize(readFileSync(join(DIST, target.file)));
  if (!size) return [`og:image ${url}: dist/${target.file} is not a PNG`];
  return size.width === 1200 && size.height === 630 ? [] : [`og:image ${url}: ${size.width}×${size.height}, expected 1200×630`];
}

const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

describe.each(pages)('dist/%s', (file) => {
  it('is valid HTML', async () => {
    const report = await validator.validateString(page(file).html, `dist/${file}`);
    expect(report.valid, text(report.results)).toBe(true);
  });

  it('has no broken internal link or anchor', () => {
    expect(brokenLinks(file)).toEqual([]);
  });

  it('has its sharing tags', () => {
    expect(headProblems(page(file).$)).toEqual([]);
  });

  it('has a working og:image: a 1200×630 PNG on the site', () => {
    expect(imageProblems(file)).toEqual([]);
  });

  it('has the JSON-LD of its type', () => {
    expect(structuredDataProblems(page(file).$, expectedSchemaType(file))).toEqual([]);
  });

  it('numbers its citations in reading order', () => {
    expect(citationAnchorProblems(page(file).$)).toEqual([]);
  });

  it('shows no straight apostrophe (’ expected) in what a reader sees', () => {
    expect(straightApostrophes(page(file).$)).toEqual([]);
  });

  it('keeps its corrections out of the search index (a result never quotes a correction)', () => {
    expect(page(file).$('section.corrections:not([data-pagefind-ignore])').length).toBe(0);
  });

  it('loads no script but the ones it may', () => {
    const allowed = allowedScripts(file).map((path) => `${BASE}${path}`);
    expect(scriptSources(page(file).$).filter((src) => !allowed.includes(src))).toEqual([]);
  });
});

describe.each([
  ['rss.xml', ''],
  ['en/rss.xml', 'en/'],
] as const)('the feed dist/%s', (feed, prefix) => {
  it("lists exactly its language's articles, each link resolving", () => {
    const xml = read(feed);
    expect(xml, `dist/${feed} is missing`).toBeDefined();
    const targets = feedLinks(xml ?? '').map((url) => resolveInternal(url, pagePath(feed), origin, BASE)?.file);
    expect(targets.filter((target) => !target || !existsSync(join(DIST, target)))).toEqual([]);
    expect([...targets].sort()).toEqual(articlePages.filter((file) => file.startsWith(`${prefix}articles/`)));
  });
});

describe('the 404 pages', () => {
  it.each(NOT_FOUND_PAGES)('dist/%s is built', (file) => {
    expect(existsSync(join(DIST, file))).toBe(true);
  });

  it('are served by Netlify in the visitor\'s language (dist/_redirects)', () => {
    expect(read('_redirects')).toContain(`${BASE}en/*  ${BASE}en/404/  404`);
  });
});

describe('the sitemap', () => {
  const fileOf = (url: string): string | undefined => resolveInternal(url, BASE, origin, BASE)?.file;
  const index = robotsSitemap(read('robots.txt') ?? '');
  const indexFile = index ? fileOf(index) : undefined;
  const entries = sitemapIndexLocs((indexFile && read(indexFile)) ?? '').flatMap((loc) => sitemapEntries(read(fileOf(loc) ?? '') ?? ''));

  it('is named by robots.txt', () => {
    expect(indexFile && read(indexFile), `robots.txt names ${index ?? 'no sitemap'}`).toBeTruthy();
  });

  it('lists every page but the 404s once', () => {
    const listed = entries.map((entry) => fileOf(entry.loc));
    const counts = pages.filter((file) => !isNotFoundPage(file)).map((file) => [file, listed.filter((target) => target === file).length]);
    expect(counts.filter(([, count]) => count !== 1)).toEqual([]);
  });

  it("gives each page the alternates its head declares", () => {
    const problems = entries.flatMap((entry) => {
      const file = fileOf(entry.loc);
      const html = file && read(file);
      if (!html) return [`${entry.loc} has no page in dist/`];
      return JSON.stringify(entry.links) === JSON.stringify(hreflangLinks(load(html))) ? [] : [`${entry.loc}: alternates differ from the page's hreflang links`];
    });
    expect(problems).toEqual([]);
  });
});

describe('the search index (written by `astro build` alone)', () => {
  it.each(['fr', 'en'])('holds every %s page that marks its main content for Pagefind', (lang) => {
    const entry = read(join('pagefind', 'pagefind-entry.json'));
    expect(entry, 'dist/pagefind/pagefind-entry.json: the build wrote no search index').toBeDefined();
    const languages = (JSON.parse(entry ?? '{}') as { languages?: Record<string, { page_count: number }> }).languages ?? {};
    const searchable = pages.filter((file) => page(file).$('html').attr('lang') === lang && page(file).$('[data-pagefind-body]').length > 0);
    expect(searchable.length).toBeGreaterThan(0);
    expect(languages[lang]?.page_count).toBe(searchable.length);
  });
});

describe('the route table the content check resolves article links against', () => {
  it('names exactly the pages built', () => {
    const expected = contentPagePaths(validateContent(readContent(root).content).content, BASE);
    const built = new Set(pages.filter((file) => !isNotFoundPage(file)).map((file) => pagePath(file)));
    expect([...built].sort()).toEqual([...expected].sort());
  });
});

describe('the open-data files', () => {
  const content = readExportContent(root);
  const exports = DATASETS.flatMap((dataset) => FORMATS.map((format) => ({ dataset, format, file: dataFileUrl('/', dataset, format).slice(1) })));

  it.each(exports)('dist/$file holds exactly its collection, field by field', ({ dataset, format, file }) => {
    const body = read(file);
    expect(body, `dist/${file} is missing`).toBeDefined();
    expect(exportProblems(dataset, format, body ?? '', content)).toEqual([]);
  });
});

describe('what readers and machines read (pages, feeds, sitemaps, open data, robots.txt)', () => {
  const forbidden = [/\bseed\b/i, ...(origin === LOCAL_SITE_URL ? [] : [/localhost|127\.0\.0\.1/])];
  const readerFiles = filesEndingWith(['.html', '.xml', '.json', '.csv', '.txt']);

  it('never shows the unpublished seed article, nor a localhost address in a build for a public URL', () => {
    expect(readerFiles.length).toBeGreaterThan(pages.length);
    const problems = readerFiles.flatMap((file) => forbidden.filter((pattern) => pattern.test(read(file) ?? '')).map((pattern) => `dist/${file}: contains ${pattern}`));
    expect(problems).toEqual([]);
  });
});
