import { expect, test } from '@playwright/test';
import { BASE } from './pages.ts';

test('a reader goes home, opens an article, switches language and comes back', async ({ page }) => {
  await page.goto(BASE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const firstArticle = page.locator('main article h2 a').first();
  // The lead card may name the article by what it gives (its `cardTitle`), not by its headline.
  const href = (await firstArticle.getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^${BASE}articles/[^/]+/$`));
  await firstArticle.click();
  await expect(page).toHaveURL((url) => url.pathname === href);
  await expect(page.locator('main h1')).toHaveCount(1);
  expect(await page.title()).toContain((await page.locator('main h1').textContent())?.trim().slice(0, 30));
  const frenchUrl = page.url();

  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${BASE}en/articles/[^/]+/$`));
  await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();

  await page.getByRole('link', { name: 'Lire en français' }).click();
  await expect(page).toHaveURL(frenchUrl);
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goBack();
  expect(page.url()).toBe(frenchUrl);
});

test('every citation leads to its source in the list', async ({ page }) => {
  await page.goto(BASE);
  await page.locator('main article h2 a').first().click();
  // Waits for the article (counting at once could count the home page's, none, while it loads).
  await page.waitForURL('**/articles/**');
  const first = page.locator('sup.cite a').first();
  await expect(first).toBeVisible();
  const target = (await first.getAttribute('href')) ?? '';
  await first.click();
  await expect(page.locator(`li${target}`)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an article reads in full', async ({ page }) => {
    await page.goto(BASE);
    await page.locator('main article h2 a').first().click();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.key-points li').first()).toBeVisible();
    await expect(page.locator('.sources li').first()).toBeVisible();
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(1500);
  });
});
