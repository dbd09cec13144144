import { expect, test } from '@playwright/test';
import { PAGES } from './pages.ts';

const ARTICLES = PAGES.filter((p) => /(^|\/)articles\/[^/]+\/index\.html$/.test(p.file));

test('every article exists in both languages', () => {
  const french = ARTICLES.filter((p) => !p.file.startsWith('en/'));
  const english = ARTICLES.filter((p) => p.file.startsWith('en/'));
  expect(french.length).toBeGreaterThanOrEqual(5);
  expect(english.length).toBe(french.length);
});

for (const { file, path } of ARTICLES) {
  test(`${file}: citations go to their sources and back, the table of contents reaches every section`, async ({ page }) => {
    await page.goto(path);

    const citations = page.locator('sup.cite a');
    const count = await citations.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const href = (await citations.nth(i).getAttribute('href')) ?? '';
      await expect(page.locator(`.sources li${href}`), `citation ${i + 1} points at ${href}`).toHaveCount(1);
    }

    const first = citations.first();
    const sourceId = ((await first.getAttribute('href')) ?? '').slice(1);
    await first.click();
    await expect(page.locator(`#${sourceId}`)).toBeInViewport();
    await page.locator(`#${sourceId} a.back`).click();
    await expect(page.locator('sup.cite').first()).toBeInViewport();

    const tocLinks = page.locator('nav.toc a');
    const sections = await tocLinks.count();
    expect(sections).toBeGreaterThan(1);
    for (let i = 0; i < sections; i++) {
      const href = (await tocLinks.nth(i).getAttribute('href')) ?? '';
      await expect(page.locator(`h2${href}`), `table of contents entry ${href}`).toHaveCount(1);
    }
    await tocLinks.last().click();
    const last = (await tocLinks.last().getAttribute('href')) ?? '';
    await expect(page.locator(`h2${last}`)).toBeInViewport();
  });
}
