/**
 * Search ranking: a name, a country or a topic leads first to its own page, not to a list page
 * (the sources page names every outlet and cites every page; who's who and the countries list
 * name everyone).
 */
import { expect, test, type Page } from '@playwright/test';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
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

/** Each result's link and the type it shows (article, person, page…), best first. */
async function rankedResults(page: Page, query: string): Promise<{ href: string; type: string }[]> {
  await resultLinks(page, query);
  return page.locator('#search-results li').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      type: item.querySelector('.result-type')?.textContent ?? '',
    })),
  );
}

// A section's index page (who's who, the timeline, the countries, the map) names everyone: a name
// leads to its person's page, then to the articles about the summit, before those lists.
const PEOPLE = [
  { search: 'recherche/', query: 'Macron', person: 'qui-est-qui/macron/', t: fr },
  { search: 'recherche/', query: 'Zelensky', person: 'qui-est-qui/zelensky/', t: fr },
  { search: 'recherche/', query: 'Starmer', person: 'qui-est-qui/starmer/', t: fr },
  { search: 'en/search/', query: 'Macron', person: 'en/whos-who/macron/', t: en },
  { search: 'en/search/', query: 'Starmer', person: 'en/whos-who/starmer/', t: en },
] as const;

for (const { search, query, person, t } of PEOPLE) {
  test(`"${query}" (${search}): the person's page first, an article in the top 3, no list page there`, async ({ page }) => {
    await page.goto(`${BASE}${search}`);
    const top = (await rankedResults(page, query)).slice(0, 3);
    expect(top[0]?.href).toBe(`${BASE}${person}`);
    expect(top.map((result) => result.type)).toContain(t.searchKind.article);
    expect(top.map((result) => result.type)).not.toContain(t.searchKind.page);
    expect(top.map((result) => result.type)).not.toContain(t.searchKind.source);
  });
}

// The home page carries the hero headline and every article's teaser: a topic leads to the articles
// about it, and the home page, typed as such, never comes first.
const TOPICS = [
  { search: 'recherche/', query: 'garanties sécurité', home: '', t: fr },
  { search: 'en/search/', query: 'security guarantees', home: 'en/', t: en },
] as const;

for (const { search, query, home, t } of TOPICS) {
  test(`"${query}" (${search}): an article first, never the home page`, async ({ page }) => {
    await page.goto(`${BASE}${search}`);
    const results = await rankedResults(page, query);
    expect(results[0]?.type).toBe(t.searchKind.article);
    expect(results.slice(0, 3).map((result) => result.href)).not.toContain(`${BASE}${home}`);
    // Further down, the home page says what it is, under the site's name rather than its headline.
    const homeResult = page.locator('#search-results li').filter({ has: page.locator(`a[href="${BASE}${home}"]`) });
    await expect(homeResult.locator('.result-type')).toHaveText(t.searchKind.home);
    await expect(homeResult.locator('a')).toHaveText(t.siteName);
  });
}

// The lead article sums the summit up, its host named in its key points (weighted, KEY_POINTS_SEARCH_WEIGHT):
// the host's name finds it in the top 3, not behind the longer pages that name him more often.
const LEAD = [
  { search: 'recherche/', query: 'Macron', lead: 'articles/essentiel/' },
  { search: 'en/search/', query: 'Macron', lead: 'en/articles/at-a-glance/' },
] as const;

for (const { search, query, lead } of LEAD) {
  test(`"${query}" (${search}): the lead article in the top 3, its excerpt free of the key points' label`, async ({ page }) => {
    await page.goto(`${BASE}${search}`);
    const links = await resultLinks(page, query);
    expect(links.slice(0, 3)).toContain(`${BASE}${lead}`);
    const excerpt = page
      .locator('#search-results li')
      .filter({ has: page.locator(`a[href="${BASE}${lead}"]`) })
      .locator('p')
      .last();
    const t = search === 'recherche/' ? fr : en;
    await expect(excerpt).not.toContainText(`${t.keyPoints}.`);
  });
}
