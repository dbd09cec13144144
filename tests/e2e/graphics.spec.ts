import { expect, test, type Page } from '@playwright/test';
import { PAGES } from './pages.ts';

/** The path of the built page whose file is `file` (e.g. `articles/qui-etait-la/index.html`). */
function pathOf(file: string): string {
  const page = PAGES.find((p) => p.file === file);
  if (!page) throw new Error(`no built page ${file}`);
  return page.path;
}

const WHO_CAME = [
  { file: 'articles/qui-etait-la/index.html', anchor: 'qui-a-compte-quoi' },
  { file: 'en/articles/who-came/index.html', anchor: 'who-counted-what' },
];
const GUARANTEES = ['articles/garanties-de-securite/index.html', 'en/articles/security-guarantees/index.html'];

async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

for (const width of [1280, 360]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const { file, anchor } of WHO_CAME) {
      test(`${file}: the "who counted what" section holds one table of counts, each row cited`, async ({ page }) => {
        await page.goto(`${pathOf(file)}#${anchor}`);
        const heading = page.locator(`h2#${anchor}`);
        await expect(heading).toHaveCount(1);
        await expect(heading).toBeInViewport();
        const tables = page.locator('.count-comparison table');
        await expect(tables).toHaveCount(1);
        const rows = tables.locator('tr[data-count]');
        expect(await rows.count()).toBeGreaterThan(2);
        for (const row of await rows.all()) {
          await expect(row.locator('.number')).toHaveText(/^\d+$/);
          await expect(row.locator('.who')).not.toBeEmpty();
          expect(await row.locator('sup.cite').count()).toBeGreaterThan(0);
        }
        expect(await overflowsHorizontally(page)).toBe(false);
        const box = await tables.boundingBox();
        expect(box && box.x + box.width).toBeLessThanOrEqual(width);
      });
    }

    for (const file of GUARANTEES) {
      test(`${file}: five numbered parts, and a cited row per country in "who offers what"`, async ({ page }) => {
        await page.goto(pathOf(file));
        await expect(page.locator('.numbered-blocks ol > li')).toHaveCount(5);
        const rows = page.locator('.table-figure tbody tr');
        expect(await rows.count()).toBeGreaterThan(5);
        for (const row of await rows.all()) expect(await row.locator('sup.cite').count()).toBeGreaterThan(0);
        await expect(page.locator('.table-figure figcaption')).not.toBeEmpty();
        expect(await overflowsHorizontally(page)).toBe(false);
      });
    }
  });
}

test('the guarantees article links the US-presence article and the countries in its table', async ({ page }) => {
  await page.goto(pathOf('articles/garanties-de-securite/index.html'));
  await expect(page.locator('.prose a[href$="presence-americaine/"]').first()).toBeVisible();
  await expect(page.locator('.table-figure a[href$="/pays/fr/"]')).toHaveCount(1);
  await page.locator('.table-figure a[href$="/pays/fr/"]').click();
  await expect(page).toHaveURL(/\/pays\/fr\/$/);
});
