/**
 * Sharing cards and 404 pages, as served: every page's og:image is an absolute URL on the site's
 * public origin whose file is a 1200×630 PNG, shared as a large card; the English 404 page is in
 * English, with a search form that reaches the search page and links to where to start.
 */
import { expect, test } from '@playwright/test';
import { load } from 'cheerio';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { LOCAL_SITE_URL, siteUrl } from '../../src/lib/deploy-env.ts';
import { isNotFoundPage } from '../support/dist.ts';
import { pngSize } from '../support/png.ts';
import { BASE, PAGES } from './pages.ts';

const origin = new URL(siteUrl(process.env)).origin;

test('every page shares a 1200×630 PNG card from the site’s public address, as a large card', async ({ request }) => {
  const pages = PAGES.filter(({ file }) => !isNotFoundPage(file));
  expect(pages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  for (const { path } of pages) {
    const $ = load(await (await request.get(path)).text());
    const image = $('meta[property="og:image"]').attr('content') ?? '';
    const card = $('meta[name="twitter:card"]').attr('content');
    if (card !== 'summary_large_image') problems.push(`${path}: twitter:card ${card}`);
    if (!URL.canParse(image) || new URL(image).origin !== origin) {
      problems.push(`${path}: og:image "${image}" is not on ${origin}`);
      continue;
    }
    if (origin !== new URL(LOCAL_SITE_URL).origin && /localhost|127\.0\.0\.1/.test(image)) problems.push(`${path}: og:image on localhost`);
    const response = await request.get(new URL(image).pathname);
    const size = response.ok() ? pngSize(new Uint8Array(await response.body())) : undefined;
    if (size?.width !== 1200 || size.height !== 630) problems.push(`${path}: ${image} is ${response.status()}, ${JSON.stringify(size)}`);
  }
  expect(problems).toEqual([]);
});

test.describe('the English 404 page', () => {
  test('is in English, with links to the home page, the map, who’s who and every article', async ({ page, request }) => {
    await page.goto(`${BASE}en/404/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.notFoundTitle);
    const main = page.locator('main');
    const links = {
      [en.notFoundBack]: `${BASE}en/`,
      [en.nav.map]: `${BASE}en/map/`,
      [en.nav.people]: `${BASE}en/whos-who/`,
    };
    for (const [name, href] of Object.entries(links))
      await expect(main.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    const articles = main.getByRole('list', { name: en.notFoundArticles }).getByRole('link');
    const hrefs = await articles.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) {
      expect(href).toMatch(new RegExp(`^${BASE}en/articles/[^/]+/$`));
      expect((await request.get(href)).ok()).toBe(true);
    }
    await expect(main.getByText(fr.notFoundTitle)).toHaveCount(0);
    // The French home page, in French.
    const french = main.locator('[lang="fr"]').getByRole('link', { name: fr.notFoundSiteInLang });
    await expect(french).toHaveAttribute('href', BASE);
    await expect(french).toHaveAttribute('hreflang', 'fr');
  });

  test('sends a search to the English search page, which runs it', async ({ page }) => {
    await page.goto(`${BASE}en/404/`);
    await page.getByRole('searchbox', { name: en.searchLabel }).fill('Macron');
    await page.getByRole('button', { name: en.searchButton }).click();
    await expect(page).toHaveURL(`${BASE}en/search/?q=Macron`);
    await expect(page.locator('#search-input')).toHaveValue('Macron');
    await expect(page.locator('#search-results li').first()).toBeVisible();
  });
});

test('a missing page gets the French 404, with its search form and a way to the English pages', async ({ page }) => {
  const response = await page.goto(`${BASE}nulle-part/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.notFoundTitle);
  await expect(page.getByRole('search')).toHaveAttribute('action', `${BASE}recherche/`);
  const english = page.locator('main [lang="en"]').getByRole('link', { name: en.notFoundSiteInLang });
  await expect(english).toHaveAttribute('href', `${BASE}en/`);
  await expect(english).toHaveAttribute('hreflang', 'en');
});

test.describe('a missing page under the English folder', () => {
  const missing = `${BASE}en/nowhere/`;

  test('gets the English 404 at its own address, on hosts without per-folder rules', async ({ page }) => {
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.notFoundTitle);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(new RegExp(`^${en.notFoundTitle}`));
    await expect(page.getByRole('search')).toHaveAttribute('action', `${BASE}en/search/`);
    expect(page.url()).toMatch(/\/en\/nowhere\/$/);
  });

  test('without JavaScript, gets the French 404 with its way to the English pages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(missing);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.notFoundTitle);
    await expect(page.locator('main [lang="en"]').getByRole('link')).toHaveAttribute('href', `${BASE}en/`);
    await context.close();
  });
});
