import { expect, test, type Page } from '@playwright/test';
import { load } from 'cheerio';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { BASE } from './pages.ts';

const FR_SEARCH = `${BASE}recherche/`;
const EN_SEARCH = `${BASE}en/search/`;

/** Types a query, submits it and waits for its results (the page puts the query in its URL once they are shown). */
async function search(page: Page, query: string): Promise<void> {
  await page.locator('#search-input').fill(query);
  await page.locator('#search-input').press('Enter');
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === query);
  await expect(page.locator('#search-status')).not.toHaveText('');
}

/** Each result as the reader sees it: link, type, date and excerpt, and the excerpt's marked words. */
const results = (page: Page) =>
  page.locator('#search-results li').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      type: item.querySelector('.result-type')?.textContent ?? '',
      date: item.querySelector('.result-date')?.textContent ?? '',
      excerpt: item.querySelector('p:last-child')?.textContent ?? '',
      marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  );

test('"signature" finds only pages whose own text says it, never through their related-article blocks', async ({ page, request }) => {
  await page.goto(FR_SEARCH);
  await search(page, 'signature');
  const found = await results(page);
  expect(found.length).toBeGreaterThan(0);
  for (const result of found) {
    expect(result.excerpt).not.toContain(fr.relatedHeading);
    expect(result.excerpt).not.toContain(fr.articlesMentioningCountry);
    expect(result.excerpt).not.toContain(fr.articlesMentioningPerson(''));
    // The page's main content holds the word, outside its lists of other pages and of sources.
    const $ = load(await (await request.get(result.href)).text());
    $('main [data-pagefind-ignore], main nav, section:has(#related-heading, #mentioned-heading), .article-list, .sources').remove();
    expect($('main').text(), result.href).toMatch(/signature/i);
  }
});

test('each result shows its type, an article its labelled date, and the matched words highlighted', async ({ page }) => {
  await page.goto(FR_SEARCH);
  await search(page, 'signature');
  const found = await results(page);
  const labels = Object.values(fr.searchKind);
  for (const result of found) {
    expect(labels).toContain(result.type);
    // Labelled: « Mis à jour le 7 décembre 2026 », or « Publié le … » for an article never updated.
    if (result.type === fr.searchKind.article)
      expect(result.date).toMatch(new RegExp(`^(${fr.updated}|${fr.published}) \\d{1,2} \\p{L}+ \\d{4}$`, 'u'));
    expect(result.marks.length, result.href).toBeGreaterThan(0);
    for (const mark of result.marks) expect(mark.toLowerCase()).toContain('signature');
  }
  expect(found.some((result) => result.type === fr.searchKind.article)).toBe(true);
});

test('excerpts keep the words of neighbouring blocks apart', async ({ page }) => {
  await page.goto(FR_SEARCH);
  await search(page, 'rapportée');
  const found = await results(page);
  // A person's page: the heading "Au sommet", then the presence line, in two blocks.
  expect(found.some((result) => result.type === fr.searchKind.person && /sommet\.? Présence/u.test(result.excerpt))).toBe(true);
  for (const result of found) {
    expect(result.excerpt, result.href).not.toMatch(/2026\p{L}|\]\[|\p{Ll}(Délégation|Présence)/u);
  }
});

test('the count is in the singular for one result and in the plural for several', async ({ page }) => {
  await page.goto(FR_SEARCH);
  await search(page, 'Obolonskyi');
  await expect(page.locator('#search-status')).toHaveText(fr.searchResultCount.one.replace('{n}', '1'));
  await search(page, 'signature');
  const count = await page.locator('#search-results li').count();
  await expect(page.locator('#search-status')).toHaveText(fr.searchResultCount.other.replace('{n}', String(count)));
});

test('a query that finds nothing offers another spelling, the other language and the pages of the site', async ({ page }) => {
  await page.goto(EN_SEARCH);
  await search(page, 'ue');
  await expect(page.locator('#search-status')).toHaveText(en.searchResultCount.other.replace('{n}', '0'));
  await expect(page.locator('#search-fallback')).toBeVisible();
  await expect(page.locator('#search-fallback ul a').first()).toBeVisible();
  await expect(page.locator('#search-other-lang')).toHaveAttribute('href', /[?&]q=ue/);
  // The French pages' abbreviation: the English ones say EU.
  const variant = page.locator('#search-variants a', { hasText: 'EU' });
  await expect(variant).toBeVisible();
  await variant.click();
  await expect(page.locator('#search-input')).toHaveValue('EU');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  await expect(page.locator('#search-fallback')).toBeHidden();
});

test('a spelling readers type finds what the site’s spelling finds', async ({ page }) => {
  await page.goto(EN_SEARCH);
  await search(page, 'Kyiv');
  const kyiv = await results(page);
  await search(page, 'kiev');
  expect(kyiv.length).toBeGreaterThan(0);
  expect((await results(page)).map((result) => result.href)).toEqual(kyiv.map((result) => result.href));
  await search(page, 'zelenskyy');
  expect((await results(page))[0]?.href).toBe(`${BASE}en/whos-who/zelensky/`);
});

test('when no page has every word, the pages with any of them, and it says so', async ({ page }) => {
  await page.goto(FR_SEARCH);
  await search(page, 'hongrie orban');
  await expect(page.locator('#search-status')).toContainText(fr.searchAnyWord);
  expect((await results(page)).length).toBeGreaterThan(0);
});

test('articles come among the first results for a name the articles discuss', async ({ page }) => {
  await page.goto(FR_SEARCH);
  await search(page, 'Macron');
  const types = (await results(page)).map((result) => result.type);
  expect(types.slice(0, 5)).toContain(fr.searchKind.article);
  expect(types.filter((type) => type === fr.searchKind.article).length).toBeGreaterThanOrEqual(4);
});

test('an article’s excerpt never runs into its byline and dates', async ({ page }) => {
  await page.goto(FR_SEARCH);
  await search(page, 'Macron');
  for (const result of await results(page)) expect(result.excerpt, result.href).not.toMatch(new RegExp(`${fr.byline.by} |${fr.factsAsOf}`));
});

test('a query with no known variant still leads somewhere', async ({ page }) => {
  await page.goto(FR_SEARCH);
  await search(page, 'zzyzx');
  await expect(page.locator('#search-fallback')).toBeVisible();
  await expect(page.locator('#search-variants')).toBeHidden();
  await expect(page.getByText(fr.searchEmpty)).toBeVisible();
});

/** WCAG relative luminance of an `rgb(r, g, b)` colour. */
const luminance = (rgb: string): number => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the focus ring is not an error red and stands out from the page (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(FR_SEARCH);
    // The form shows once the script can search.
    await expect(page.locator('#search-input')).toBeVisible();
    await page.locator('#search-input').focus();
    await page.keyboard.press('a');
    const { ring, background } = await page.evaluate(() => ({
      ring: getComputedStyle(document.activeElement as Element).outlineColor,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    const [red = 0, , blue = 0] = (ring.match(/\d+/g) ?? []).map(Number);
    expect(blue, `focus ring ${ring} is a blue, not a red`).toBeGreaterThan(red);
    const [light, dark] = [luminance(ring), luminance(background)].sort((a, b) => b - a) as [number, number];
    expect((light + 0.05) / (dark + 0.05)).toBeGreaterThanOrEqual(3);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the matched words have one highlight, its text at least 4.5:1 on it (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(FR_SEARCH);
    await search(page, 'Macron');
    const marks = await page
      .locator('#search-results mark')
      .evaluateAll((elements) =>
        elements.map((mark) => ({ background: getComputedStyle(mark).backgroundColor, color: getComputedStyle(mark).color })),
      );
    expect(marks.length).toBeGreaterThan(1);
    expect(new Set(marks.map((mark) => `${mark.background} / ${mark.color}`)).size).toBe(1);
    const [light, dark] = [luminance(marks[0]?.color ?? ''), luminance(marks[0]?.background ?? '')].sort((a, b) => b - a) as [
      number,
      number,
    ];
    expect((light + 0.05) / (dark + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
}
