import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGES } from './pages.ts';

const SEARCH_PAGES = ['recherche/index.html', 'en/search/index.html'];

test('the built site has pages in both languages', () => {
  expect(PAGES.some((p) => p.file === 'index.html')).toBe(true);
  expect(PAGES.some((p) => p.file === 'en/index.html')).toBe(true);
});

for (const { file, path } of PAGES) {
  test.describe(file, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe reports no accessibility violation (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
      });
    }

    test('no horizontal scroll at 320 px (and so at 360 px)', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 740 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test('ships no JavaScript, except the search page', async ({ page }) => {
      await page.goto(path);
      const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).src));
      if (SEARCH_PAGES.includes(file)) expect(scripts.every((src) => new URL(src).origin === new URL(page.url()).origin)).toBe(true);
      else expect(scripts).toEqual([]);
    });
  });
}
