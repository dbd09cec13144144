/** The open-data page: its text and its field tables in one measure, the page never wider than the screen. */
import { expect, test } from '@playwright/test';
import { BASE } from './pages.ts';

for (const path of ['donnees/', 'en/data/']) {
  test(`${path}: the text and the tables share one measure, and only a table may scroll, never the page`, async ({ page }) => {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${BASE}${path}`);
      const blocks = await page
        .locator('main .prose > p, main .prose > ul, main .dataset > p, main .dataset > .table-wrap')
        .evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().width)));
      expect(blocks.length).toBeGreaterThan(10);
      expect(new Set(blocks).size, `widths at ${width}: ${blocks.join(', ')}`).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
}
