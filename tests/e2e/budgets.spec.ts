/**
 * Page-weight budgets (tests/budgets.json): every page of each type is opened in Chromium, the
 * files it loads for its first view are recorded, and their weight over the wire is measured
 * from dist/ (tests/support/page-weight.ts). Prints the heaviest page of each type.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BASE, DIST } from '../support/dist.ts';
import { resolveInternal } from '../support/links.ts';
import { budgetProblems, PAGE_TYPES, pageType, pageWeight, type Budget, type PageType } from '../support/page-weight.ts';
import { PAGES } from './pages.ts';

const BUDGETS = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')) as Record<PageType, Budget>;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)}`;

for (const type of PAGE_TYPES) {
  const pages = PAGES.filter((p) => pageType(p.file) === type);
  test(`${type} pages (${pages.length}) stay within their budget`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    expect(pages.length).toBeGreaterThan(0);
    const origin = new URL(baseURL ?? '').origin;
    let loaded: string[] = [];
    page.on('response', (response) => {
      const target = resolveInternal(response.url(), BASE, origin, BASE);
      if (target && response.ok()) loaded.push(target.file);
    });
    // First view of every page: routing turns Chromium's HTTP cache off, so each page loads all it needs.
    await page.route('**/*', (route) => route.continue());
    const problems: string[] = [];
    let heaviest = { file: '', line: '', total: -1 };
    for (const { file, path } of pages) {
      loaded = [];
      await page.goto(path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const weight = pageWeight(loaded, DIST);
      problems.push(...budgetProblems(file, type, weight, BUDGETS[type]));
      if (weight.total.gzip > heaviest.total) {
        const k = weight.byKind;
        heaviest = {
          file,
          total: weight.total.gzip,
          line: `html ${kb(k.html.gzip)} · css ${kb(k.css.gzip)} · js ${kb(k.js.gzip)} · fonts ${kb(k.font.gzip)} · total ${kb(weight.total.gzip)} KB gzip (${kb(weight.total.brotli)} brotli) · images ${kb(k.image.gzip)} KB`,
        };
      }
    }
    console.log(`${type}: heaviest ${heaviest.file}: ${heaviest.line}`);
    expect(problems).toEqual([]);
  });
}
