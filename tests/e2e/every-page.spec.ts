/**
 * Every page of the built site, found by walking dist/: axe reports no violation, nothing
 * scrolls sideways at 320 px (so neither at 360 px), and no page loads a script but search and the
 * articles' share control, no page requests anything from another host, and each page's first
 * view stays within the page-weight budget of its type (tests/budgets.json).
 * Pages are checked in a few long-lived browser pages with axe preloaded, which is several
 * times faster than a fresh page and a fresh axe injection per page.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allowedScripts, BASE, DIST } from '../support/dist.ts';
import { resolveInternal } from '../support/links.ts';
import {
  budgetOf,
  budgetProblems,
  describeWeight,
  pageType,
  pageWeight,
  type Budgets,
  type PageType,
  type PageWeight,
} from '../support/page-weight.ts';
import { PAGES } from './pages.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const CHUNKS = 4;
const BUDGETS = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')) as Budgets;

/** One page of each template: every section page, and the first entry page of each section. */
const TEMPLATES = [...new Map(PAGES.map((p) => [p.file.replace(/^((?:en\/)?[^/]+)\/[^/]+\/index\.html$/, '$1/*'), p])).values()];

async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, AXE_TAGS);
}

async function problemsOf(page: Page, file: string): Promise<string[]> {
  const problems = await axeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) problems.push(`scrolls sideways by ${overflow} px at 320 px`);
  const scripts = await page
    .locator('script:not([type="application/ld+json"])')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).src));
  const allowed = allowedScripts(file).map((path) => new URL(`${BASE}${path}`, page.url()).href);
  const extra = scripts.filter((src) => !allowed.includes(src));
  if (extra.length > 0) problems.push(`loads script it may not: ${extra.map((src) => src || 'inline').join(' ')}`);
  return problems;
}

test('the built site has pages in both languages', () => {
  expect(PAGES.some((p) => p.file === 'index.html')).toBe(true);
  expect(PAGES.some((p) => p.file === 'en/index.html')).toBe(true);
});

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const pages = PAGES.filter((_, index) => index % CHUNKS === chunk);
  test(`pages ${chunk + 1}/${CHUNKS} (${pages.length}): no axe violation, no sideways scroll at 320 px, no script but search and share, no third-party request, within budget`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 320, height: 740 });
    await page.addInitScript(AXE_SOURCE);
    // Each page's first view: with Chromium's cache off every page loads all it needs (DevTools'
    // own switch, cheaper than routing every request through the test).
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
    const found: Record<string, string[]> = {};
    let current = '';
    let loaded: string[] = [];
    const origin = new URL(baseURL ?? '').origin;
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) (found[current] ??= []).push(`requests another host: ${request.url()}`);
    });
    page.on('response', (response) => {
      const target = resolveInternal(response.url(), BASE, origin, BASE);
      if (target && response.ok()) loaded.push(target.file);
    });
    const heaviest = new Map<PageType, { file: string; weight: PageWeight }>();
    for (const { file, path } of pages) {
      [current, loaded] = [file, []];
      // Pages with a script wait for what it loads too (the search page imports Pagefind).
      await page.goto(path, { waitUntil: allowedScripts(file).length > 0 ? 'networkidle' : 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const weight = pageWeight(loaded, DIST);
      const type = pageType(file);
      if (weight.total.gzip > (heaviest.get(type)?.weight.total.gzip ?? -1)) heaviest.set(type, { file, weight });
      const problems = [...(await problemsOf(page, file)), ...budgetProblems(file, type, weight, budgetOf(file, type, BUDGETS))];
      if (problems.length > 0) (found[file] ??= []).push(...problems);
    }
    for (const [type, { file, weight }] of heaviest)
      console.log(`heaviest ${type} page of chunk ${chunk + 1}: ${file}: ${describeWeight(weight)}`);
    expect(found).toEqual({});
  });
}

test('one page of each template in dark mode at desktop width: no axe violation', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.addInitScript(AXE_SOURCE);
  const found: Record<string, string[]> = {};
  for (const { file, path } of TEMPLATES) {
    await page.goto(path);
    const violations = await axeViolations(page);
    if (violations.length > 0) found[file] = violations;
  }
  expect(TEMPLATES.length).toBeGreaterThan(15);
  expect(found).toEqual({});
});
