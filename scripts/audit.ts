/**
 * `npm run audit`: Lighthouse with its default config (the mobile preset: mobile form factor,
 * simulated throttling) on one page of each type (home, article, person, country, every section
 * index), in French, served from
 * dist/ by a small static server under BASE_PATH. Builds first when dist/ has no home page.
 * Prints the four category scores with FCP, LCP, CLS and TBT, then every audit that did not pass in
 * each category under 100, and writes each JSON report to .cache/audit/. Each page is audited
 * `--runs` times (3 by default) and the median run is kept, as Lighthouse's own guidance on
 * variability advises; `--only article,map` audits just those pages. Exits non-zero only when the
 * run itself fails, not on low scores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result, type RunnerResult } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { LOCAL_SITE_URL } from '../src/lib/deploy-env.ts';
import { INDEX_SECTIONS, SECTIONS, sectionUrl } from '../src/lib/routes.ts';
import { findChromium } from '../tests/support/chromium.ts';
import { BASE, DIST } from '../tests/support/dist.ts';
import { parseHeadersFile } from '../tests/support/headers-file.ts';

const OUT = '.cache/audit';
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, only: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a whole number of runs per page, got "${values.runs}"`);
/** Lighthouse's own threshold: at or below this CPU benchmark index, performance scores run low. */
const SLOW_CPU_BENCHMARK = 1000;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

/** The file a request path maps to in dist/ (a directory's index.html), or undefined. */
function fileFor(path: string): string | undefined {
  if (!path.startsWith(BASE)) return undefined;
  const file = join(DIST, normalize(path.slice(BASE.length - 1)));
  const isDir = existsSync(file) && statSync(file).isDirectory();
  const found = isDir ? join(file, 'index.html') : file;
  return existsSync(found) && statSync(found).isFile() ? found : undefined;
}

/**
 * Serves dist/ under BASE on a free loopback port like a well-configured static host: the headers
 * of dist/_headers (its CSP among them), gzip for text, a long cache for hashed assets, and
 * dist/404.html with status 404 for unknown paths.
 */
function serveDist(): Promise<Server> {
  const headersFile = join(DIST, '_headers');
  const siteHeaders = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : {};
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    let file: string | undefined;
    try {
      file = fileFor(decodeURIComponent(path));
    } catch {
      // A malformed percent-encoding is answered like any unknown path.
    }
    const served = file ?? join(DIST, '404.html');
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    let body = readFileSync(served);
    const headers: Record<string, string> = { ...siteHeaders, 'content-type': type };
    // Astro's hashed assets never change: cache them for a year, as a well-configured host does.
    if (served.startsWith(join(DIST, '_astro/'))) headers['cache-control'] = 'public, max-age=31536000, immutable';
    if (/^text\/|json|xml|svg/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(file ? 200 : 404, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A category score on 0–100, or "–" when Lighthouse could not compute it. */
function score(lhr: Result, category: string): string {
  const value = lhr.categories[category]?.score;
  return value === null || value === undefined ? '–' : String(Math.round(value * 100));
}

/** A metric audit's numeric value, rounded to `digits`. */
function metric(lhr: Result, id: string, digits = 0): string {
  const value = lhr.audits[id]?.numericValue;
  return value === undefined ? '–' : value.toFixed(digits);
}

/** The resources an audit's details point at (the request or the script at fault), at most five. */
function urlsOf(audit: Result['audits'][string]): string[] {
  type Item = { url?: unknown; sourceLocation?: { url?: unknown } };
  const items = (audit.details as { items?: Item[] } | undefined)?.items ?? [];
  const urls = items.map((item) => item.url ?? item.sourceLocation?.url);
  return [...new Set(urls.filter((url): url is string => typeof url === 'string'))].slice(0, 5);
}

/** One line per audit that did not pass, for each category scored under 100. */
function failures(lhr: Result): string[] {
  const lines: string[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category || category.score === 1) continue;
    lines.push(`  ${category.title}: ${score(lhr, id)}`);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      const detail = audit.displayValue ? ` (${audit.displayValue})` : '';
      lines.push(`    - ${audit.id}: ${audit.title}${detail}${ref.weight > 0 ? '' : ' [weight 0]'}`);
      lines.push(...urlsOf(audit).map((url) => `        ${url}`));
    }
  }
  return lines;
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.log('No build in dist/: running npm run build first.');
  const env = { ...process.env, SITE_URL: process.env['SITE_URL'] || LOCAL_SITE_URL };
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env }).status !== 0) process.exit(1);
}

if (!readFileSync(join(DIST, 'index.html'), 'utf8').includes(`href="${BASE}"`)) {
  throw new Error(
    `dist/ was not built for BASE_PATH ${BASE} (its home page never links to ${BASE}): export the same BASE_PATH, or rebuild.`,
  );
}

/** The first entry page built in a section (an article, a person, a country), by slug. */
function firstEntry(section: 'articles' | 'people' | 'countries'): string {
  const dir = join(DIST, SECTIONS[section].fr);
  const entry = readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, 'index.html')))
    .sort()[0];
  if (!entry) throw new Error(`No page in dist/${SECTIONS[section].fr}/.`);
  return entry;
}

/**
 * One page of each type: the home, one entry page per collection and every section index. Not the
 * 404 page: its `noindex` is meant (an error page must stay out of search engines), and
 * Lighthouse's SEO category scores every `noindex` page as blocked.
 */
const allPages = [
  { id: 'home', path: BASE },
  { id: 'article', path: sectionUrl(BASE, 'fr', 'articles', firstEntry('articles')) },
  { id: 'person', path: sectionUrl(BASE, 'fr', 'people', firstEntry('people')) },
  { id: 'country', path: sectionUrl(BASE, 'fr', 'countries', firstEntry('countries')) },
  ...INDEX_SECTIONS.map((section) => ({ id: section, path: sectionUrl(BASE, 'fr', section) })),
];
/** `--only article,map`: just those page ids (home, article, person, country and the section names). */
const only = values.only?.split(',').map((id) => id.trim());
const unknown = only?.filter((id) => !allPages.some((page) => page.id === id)) ?? [];
if (unknown.length > 0)
  throw new Error(`--only: no page "${unknown.join('", "')}"; the pages are ${allPages.map((page) => page.id).join(', ')}.`);
const pages = only ? allPages.filter((page) => only.includes(page.id)) : allPages;
const chromePath = process.env['CHROME_PATH']?.trim() || findChromium();
if (!chromePath) throw new Error('No Chromium found: set CHROME_PATH or CHROMIUM_PATH, or install Debian’s chromium.');
const server = await serveDist();
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const chrome = await launch({
  chromePath,
  chromeFlags: ['--headless=new', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});
mkdirSync(OUT, { recursive: true });

/** One Lighthouse run of the four categories on `url`, in the Chromium launched above. */
const runLighthouse = (url: string) =>
  lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });

/** One run that reached the page: Lighthouse sometimes loses the trace on a busy machine (NO_NAVSTART, NO_FCP), so one more try. */
async function auditOnce(url: string): Promise<RunnerResult> {
  let result = await runLighthouse(url);
  if (result?.lhr.runtimeError) {
    console.log(`  ${result.lhr.runtimeError.code}: trying once more`);
    result = await runLighthouse(url);
  }
  if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  return result;
}

/** `runs` audits of `url` and the median one (by first contentful paint and time to interactive). */
async function auditMedian(url: string): Promise<RunnerResult> {
  const results: RunnerResult[] = [];
  for (let run = 0; run < runs; run++) results.push(await auditOnce(url));
  const median = computeMedianRun(results.map((result) => result.lhr));
  return results.find((result) => result.lhr === median) ?? (results[0] as RunnerResult);
}

const rows: string[][] = [['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP ms', 'LCP ms', 'CLS', 'TBT ms']];
const details: string[] = [];
try {
  for (const page of pages) {
    console.log(`Lighthouse: ${origin}${page.path} (${runs} run${runs > 1 ? 's' : ''}, median kept)`);
    const result = await auditMedian(`${origin}${page.path}`);
    const { lhr } = result;
    const file = join(OUT, `${page.id}.json`);
    writeFileSync(file, String(result.report));
    rows.push([
      page.path,
      ...CATEGORIES.map((id) => score(lhr, id)),
      metric(lhr, 'first-contentful-paint'),
      metric(lhr, 'largest-contentful-paint'),
      metric(lhr, 'cumulative-layout-shift', 3),
      metric(lhr, 'total-blocking-time'),
    ]);
    const failed = failures(lhr);
    details.push(failed.length === 0 ? `${page.path}: 100 in every category.` : `${page.path}:\n${failed.join('\n')}`);
    const warnings = [...lhr.runWarnings];
    const cpu = Math.round(lhr.environment.benchmarkIndex);
    if (cpu <= SLOW_CPU_BENCHMARK)
      warnings.push(`CPU benchmark index ${cpu}: this machine is slow or busy, so performance runs low; rerun on a quiet one.`);
    details.push(...warnings.map((warning) => `  warning: ${warning}`), `  report: ${file}`);
  }
} finally {
  chrome.kill();
  server.close();
}

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
const line = (row: string[]): string =>
  row
    .map((cell, column) => cell.padEnd(widths[column]!))
    .join('  ')
    .trimEnd();
console.log(`\n${rows.map(line).join('\n')}\n`);
console.log(details.join('\n'));
