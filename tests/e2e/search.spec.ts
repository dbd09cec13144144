import { expect, test } from '@playwright/test';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { BASE } from './pages.ts';

const LABEL_FR = fr.searchLabel;
const LABEL_EN = en.searchLabel;

test('the French search finds "garanties" and leads to a French page', async ({ page }) => {
  await page.goto(`${BASE}recherche/`);
  await page.getByLabel(LABEL_FR).fill('garanties');
  const first = page.locator('#search-results a').first();
  await expect(first).toBeVisible();
  expect(new URL((await first.getAttribute('href')) ?? '', page.url()).pathname.startsWith(`${BASE}en/`)).toBe(false);
});

test('the English search finds "Witkoff" and leads to an English page', async ({ page }) => {
  await page.goto(`${BASE}en/search/`);
  await page.getByLabel(LABEL_EN).fill('Witkoff');
  const first = page.locator('#search-results a').first();
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
