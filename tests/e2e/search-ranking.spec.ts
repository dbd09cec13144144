/**
 * Search ranking: a name, a country or a topic leads first to its own page, not to a list page
 * (the sources page names every outlet and cites every page; who's who and the countries list
 * name everyone).
 */
import { expect, test, type Page } from '@playwright/test';
import { BASE } from './pages.ts';

/** Types a query, submits it and returns the links of its results, best first. */
async function resultLinks(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-input').fill(query);
  await page.locator('#search-input').press('Enter');
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === query);
  await expect(page.locator('#search-results li').first()).toBeVisible();
  return page.locator('#search-results li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

const CASES = [
  { search: 'recherche/', query: 'Rubio', first: 'qui-est-qui/rubio/' },
  { search: 'en/search/', query: 'Rubio', first: 'en/whos-who/rubio/' },
  { search: 'recherche/', query: 'Turquie', first: 'pays/tr/' },
  { search: 'en/search/', query: 'Türkiye', first: 'en/countries/tr/' },
  { search: 'recherche/', query: 'garanties', first: 'articles/garanties-de-securite/' },
  { search: 'en/search/', query: 'guarantees', first: 'en/articles/security-guarantees/' },
] as const;

for (const { search, query, first } of CASES) {
  test(`"${query}" (${search}) leads first to ${first}, never to a list page`, async ({ page }) => {
    await page.goto(`${BASE}${search}`);
    const links = await resultLinks(page, query);
    expect(links[0]).toBe(`${BASE}${first}`);
  });
}

// Names the sources page holds in its headlines (iDNES's "…zastupuje Babiš") and everywhere.
for (const query of ['Babiš', 'Ukraine']) {
  test(`"${query}": the sources page, which also says it, comes after the pages about it`, async ({ page }) => {
    await page.goto(`${BASE}recherche/`);
    const links = await resultLinks(page, query);
    expect(links.slice(0, 4)).not.toContain(`${BASE}sources/`);
  });
}

test('the sources page still turns up for an outlet only it names', async ({ page }) => {
  await page.goto(`${BASE}recherche/`);
  const links = await resultLinks(page, 'Boursorama');
  expect(links).toContain(`${BASE}sources/`);
});
