import { expect, test } from '@playwright/test';
import { BASE } from './pages.ts';

test('the French search finds "garanties" and leads to a French page', async ({ page }) => {
  await page.goto(`${BASE}recherche/`);
  await page.getByRole('searchbox').fill('garanties');
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toBeVisible();
  expect(new URL((await first.getAttribute('href')) ?? '', page.url()).pathname.startsWith(`${BASE}en/`)).toBe(false);
});

test('the English search finds "Witkoff" and leads to an English page', async ({ page }) => {
  await page.goto(`${BASE}en/search/`);
  await page.getByRole('searchbox').fill('Witkoff');
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toBeVisible();
  expect(new URL((await first.getAttribute('href')) ?? '', page.url()).pathname.startsWith(`${BASE}en/`)).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page lists every page instead', async ({ page }) => {
    await page.goto(`${BASE}en/search/`);
    await expect(page.locator('#search-fallback')).toBeVisible();
    expect(await page.locator('#search-fallback a').count()).toBeGreaterThan(5);
  });
});
