/**
 * Checks every page of the built site: html-validate, every internal link and #anchor, the
 * sharing tags of its head, its Open Graph image (every article has one: a 1200×630 PNG in
 * dist/), its citations numbered in reading order, and that no page but search ships
 * JavaScript, and no straight apostrophe in what a reader sees (tests/support/apostrophes.ts); then the RSS feeds, the sitemap, the route table against the pages built, and the
 * open-data files against the collections in content/.
 * Prints one line per problem and a summary; writes the totals for the test runner.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, type CheerioAPI } from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { contentPagePaths } from '../../src/lib/content/page-links.ts';
import { readContent } from '../../src/lib/content/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { LOCAL_SITE_URL, siteUrl } from '../../src/lib/deploy-env.ts';
import { dataFileUrl, DATASETS, FORMATS } from '../../src/lib/open-data.ts';
import { straightApostrophes } from '../support/apostrophes.ts';
import { citationAnchorProblems } from '../support/citation-anchors.ts';
import { allowedScripts, BASE, DIST, filesEndingWith, htmlFiles, isArticlePage, pagePath } from '../support/dist.ts';
import { headProblems, ogImageUrl } from '../support/head.ts';
import { feedLinks, hreflangLinks, robotsSitemap, sitemapEntries, sitemapIndexLocs } from '../support/sitemap.ts';
import { expectedSchemaType, structuredDataProblems } from '../support/structured-data.ts';
import { extractLinks, resolveInternal, scriptSources } from '../support/links.ts';
import { pngSize } from '../support/png.ts';
import { exportProblems, readExportContent } from '../support/open-data-files.ts';

const origin = siteUrl(process.env);
const pages = htmlFiles();
if (pages.length === 0) {
  console.error(`No HTML found in ${DIST}: run the build first.`);
  process.exit(1);
}

const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');
const idCache = new Map<string, Set<string>>();
const idsOf = (file: string): Set<string> => {
  let ids = idCache.get(file);
  if (!ids) {
    const $ = load(readFileSync(join(DIST, file), 'utf8'));
    idCache.set(file, (ids = new Set($('[id]').map((_, element) => $(element).attr('id')).get())));
  }
  return ids;
};

const articlePages = pages.filter(isArticlePage);

/** What is wrong with a page's og:image: missing on an article, not in dist/, not a 1200×630 PNG. */
const imageProblems = (file: string, $: CheerioAPI): string[] => {
  const url = ogImageUrl($);
  if (!url) return articlePages.includes(file) ? ['no og:image'] : [];
  const target = resolveInternal(url, pagePath(file), origin, BASE);
  if (!target) return [`og:image ${url} is not on the site`];
  if (!existsSync(join(DIST, target.file))) return [`og:image ${url}: no file dist/${target.file}`];
  const size = pngSize(readFileSync(join(DIST, target.file)));
  if (!size) return [`og:image ${url}: dist/${target.file} is not a PNG`];
  return size.width === 1200 && size.height === 630 ? [] : [`og:image ${url}: ${size.width}×${size.height}, expected 1200×630`];
};

let passed = 0;
let failed = 0;
const record = (ok: boolean): void => void (ok ? passed++ : failed++);

for (const file of pages) {
  const html = readFileSync(join(DIST, file), 'utf8');
  const report = await validator.validateString(html, `dist/${file}`);
  if (!report.valid) console.error(text(report.results));
  record(report.valid);
  const $ = load(html);

  const broken: string[] = [];
  for (const link of extractLinks($)) {
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
  for (const line of broken) console.error(`dist/${file}: broken link ${line}`);
  record(broken.length === 0);

  const head = headProblems($);
  for (const problem of head) console.error(`dist/${file}: ${problem}`);
  record(head.length === 0);

  const image = imageProblems(file, $);
  for (const problem of image) console.error(`dist/${file}: ${problem}`);
  record(image.length === 0);

  const structured = structuredDataProblems($, expectedSchemaType(file));
  for (const problem of structured) console.error(`dist/${file}: ${problem}`);
  record(structured.length === 0);

  const citations = citationAnchorProblems($);
  for (const problem of citations) console.error(`dist/${file}: ${problem}`);
  record(citations.length === 0);

  const apostrophes = straightApostrophes($);
  for (const place of apostrophes) console.error(`dist/${file}: straight apostrophe (’ expected) in ${place}`);
  record(apostrophes.length === 0);

  const allowed = allowedScripts(file).map((path) => `${BASE}${path}`);
  const extra = scriptSources($).filter((src) => !allowed.includes(src));
  if (extra.length > 0) console.error(`dist/${file}: loads script it may not (${extra.join(' ')}); allowed: ${allowed.join(' ') || 'none'}`);
  record(extra.length === 0);
}

// Each language's feed lists exactly that language's articles, and every item link resolves.
for (const [feed, prefix] of [['rss.xml', ''], ['en/rss.xml', 'en/']] as const) {
  const feedPath = join(DIST, feed);
  const articles = articlePages.filter((file) => file.startsWith(`${prefix}articles/`));
  const links = existsSync(feedPath) ? feedLinks(readFileSync(feedPath, 'utf8')) : [];
  const targets = links.map((url) => resolveInternal(url, pagePath(feed), origin, BASE)?.file);
  const missing = articles.filter((file) => !targets.includes(file));
  const broken = targets.filter((file) => !file || !existsSync(join(DIST, file)));
  if (!existsSync(feedPath)) console.error(`dist/${feed}: missing`);
  for (const file of missing) console.error(`dist/${feed}: does not list ${file}`);
  if (broken.length > 0) console.error(`dist/${feed}: ${broken.length} item links do not resolve`);
  record(existsSync(feedPath) && missing.length === 0 && broken.length === 0 && links.length === articles.length);
}

// The sitemap (named by robots.txt) lists every page but the 404 once, with the page's own hreflang alternates.
{
  const problems: string[] = [];
  const fileOf = (url: string): string | undefined => resolveInternal(url, BASE, origin, BASE)?.file;
  const read = (file: string | undefined): string | undefined => (file && existsSync(join(DIST, file)) ? readFileSync(join(DIST, file), 'utf8') : undefined);
  const index = robotsSitemap(read('robots.txt') ?? '');
  const indexXml = index ? read(fileOf(index)) : undefined;
  if (!indexXml) problems.push(`robots.txt: no Sitemap line naming a sitemap index inside dist/ (found ${index ?? 'none'})`);
  const entries = sitemapIndexLocs(indexXml ?? '').flatMap((loc) => sitemapEntries(read(fileOf(loc)) ?? ''));
  const listed = entries.map((entry) => fileOf(entry.loc));
  for (const file of pages.filter((page) => page !== '404.html')) {
    const count = listed.filter((target) => target === file).length;
    if (count !== 1) problems.push(`sitemap lists dist/${file} ${count} times`);
  }
  for (const entry of entries) {
    const html = read(fileOf(entry.loc));
    if (!html) problems.push(`sitemap: ${entry.loc} has no page in dist/`);
    else if (JSON.stringify(entry.links) !== JSON.stringify(hreflangLinks(load(html)))) problems.push(`sitemap: ${entry.loc} alternates differ from the page's hreflang links`);
  }
  for (const problem of problems) console.error(problem);
  record(problems.length === 0);
}

const root = fileURLToPath(new URL('../../', import.meta.url));

// The pages the content check resolves article links against (the route table) are exactly the pages built.
{
  const expected = contentPagePaths(validateContent(readContent(root).content).content, BASE);
  const built = new Set(pages.filter((page) => page !== '404.html').map((page) => pagePath(page)));
  const problems = [
    ...[...expected].filter((path) => !built.has(path)).map((path) => `the route table names ${path}, which the build did not write`),
    ...[...built].filter((path) => !expected.has(path)).map((path) => `the build wrote ${path}, which the route table does not name`),
  ];
  for (const problem of problems) console.error(problem);
  record(problems.length === 0 && built.size > 0);
}

// Each open-data file holds exactly the entries of its collection, field by field.
const content = readExportContent(root);
const exports = DATASETS.flatMap((dataset) => FORMATS.map((format) => ({ dataset, format, file: dataFileUrl('/', dataset, format).slice(1) })));
for (const { dataset, format, file } of exports) {
  const path = join(DIST, file);
  const problems = existsSync(path) ? exportProblems(dataset, format, readFileSync(path, 'utf8'), content) : ['missing'];
  for (const problem of problems) console.error(`dist/${file}: ${problem}`);
  record(problems.length === 0);
}

// What readers and machines read (pages, feeds, sitemaps, open data, robots.txt) never shows the
// unpublished seed article, nor, in a build for a public URL, a localhost address.
{
  const forbidden = [/\bseed\b/i, ...(origin === LOCAL_SITE_URL ? [] : [/localhost|127\.0\.0\.1/])];
  const readerFiles = filesEndingWith(['.html', '.xml', '.json', '.csv', '.txt']);
  const problems = readerFiles.flatMap((file) => {
    const body = readFileSync(join(DIST, file), 'utf8');
    return forbidden.filter((pattern) => pattern.test(body)).map((pattern) => `dist/${file}: contains ${pattern}`);
  });
  for (const problem of problems) console.error(problem);
  record(problems.length === 0 && readerFiles.length > pages.length);
}

console.log(
  `dist checks: ${pages.length} pages (html-validate, links and anchors, sharing tags, og:image, JSON-LD, citations in order, no script, no straight apostrophe), 2 feeds, the sitemap, ${exports.length} open-data files and no seed or localhost in what readers get: ${passed} passed, ${failed} failed`,
);
mkdirSync('.cache', { recursive: true });
writeFileSync('.cache/dist-results.json', JSON.stringify({ passed, failed }));
process.exit(failed === 0 ? 0 : 1);
