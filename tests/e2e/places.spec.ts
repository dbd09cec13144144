/**
 * The parts of the country, countries-list and person pages that say what a state or a person did
 * (issue 15): each country page shows its offer at the summit with exactly that offer's footnotes,
 * or says plainly that the sources report nothing more; it lists what the state did afterwards; the
 * countries list opens with figures read from the data and links to the counts and the map; a
 * person page lists the timeline events that name them (its presence line: person-profile.spec.ts);
 * the guarantees article's table is drawn from the same offers.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readContent } from '../support/read-content.ts';
import { LANGS } from '../../src/lib/content/schema.ts';
import { validateContent } from '../support/validate-content.ts';
import { statesPerLevel } from '../../src/lib/places.ts';
import { countrySlug, sectionUrl } from '../../src/lib/routes.ts';
import { BASE, PAGES } from './pages.ts';

const { content } = validateContent(readContent(fileURLToPath(new URL('../../', import.meta.url))).content);
const countries = content.countries.map((entry) => entry.data);
const people = content.people.map((entry) => entry.data);
const BUILT = new Set(PAGES.map((page) => page.path));

/** The source ids the citation markers inside `scope` link to, in order. */
const markerSources = (scope: Locator): Promise<string[]> =>
  scope.locator('sup a').evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').replace('#source-', '')));

/** Whether the page's own source list holds an entry for each of `ids`. */
async function listed(page: Page, ids: readonly string[]): Promise<boolean> {
  for (const id of ids) if ((await page.locator(`[id="source-${id}"]`).count()) !== 1) return false;
  return true;
}

test.describe.configure({ timeout: 180_000 });

for (const lang of LANGS) {
  test(`every ${lang} country page shows its offer with exactly its sources, or says there is nothing more, and what it did after the summit`, async ({
    page,
  }) => {
    for (const country of countries) {
      await page.goto(sectionUrl(BASE, lang, 'countries', countrySlug(country.id)));
      const where = page.url();
      const offer = page.locator('section.offer');
      const after = page.locator('section.after');
      if (country.offer) {
        // The page sets typographic apostrophes and spaces: compare the words.
        const words = (text: string) => text.replace(/’/g, "'").replace(/\s+/g, ' ');
        expect(words(await offer.locator('p').innerText()), where).toContain(words(country.offer.text[lang]).slice(0, 30));
        expect(await markerSources(offer), where).toEqual(country.offer.sources);
        expect(await listed(page, country.offer.sources), `${where} lists the offer's sources`).toBe(true);
      } else if (country.after.length > 0) {
        await expect(offer.locator('p.none'), where).toBeVisible();
        expect(await markerSources(offer), where).toEqual([]);
      } else {
        await expect(offer, where).toHaveCount(0);
        await expect(page.locator('main p.none'), `${where} says the sources report nothing more`).toHaveCount(1);
      }
      if (country.after.length > 0) {
        await expect(after.locator('ol > li'), where).toHaveCount(country.after.length);
        const timeline = await after.locator('p.more a').getAttribute('href');
        expect(timeline, where).toBe(sectionUrl(BASE, lang, 'timeline'));
        expect(BUILT.has(timeline ?? ''), `${timeline} is a built page`).toBe(true);
      } else {
        await expect(after, where).toHaveCount(0);
      }
    }
  });

  test(`the ${lang} countries list opens with its figures read from the data, and links the counts and the map`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(sectionUrl(BASE, lang, 'countries'));
    const summary = page.locator('.countries-summary');
    await expect(summary).toBeInViewport();
    const perLevel = statesPerLevel(countries);
    for (const [level, n] of Object.entries(perLevel)) {
      const item = summary.locator(`li[data-level="${level}"]`);
      if (n === 0) await expect(item).toHaveCount(0);
      else await expect(item).toHaveText(new RegExp(`^${n}\\D`));
    }
    const named = Object.values(perLevel).reduce((sum, n) => sum + n, 0);
    await expect(summary.locator('p').first()).toContainText(String(named));
    const [counts, map] = await summary.locator('.links a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(map).toBe(sectionUrl(BASE, lang, 'map'));
    const [path, anchor] = (counts ?? '').split('#');
    expect(BUILT.has(path ?? ''), `${counts} leads to a built page`).toBe(true);
    await page.goto(counts ?? '');
    await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
  });

  test(`the ${lang} countries list fits 360 px: each row shows its state and representative within the screen`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(sectionUrl(BASE, lang, 'countries'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const rows = page.locator('.country-list > li');
    expect(await rows.count()).toBeGreaterThan(30);
    const outside = await rows.evaluateAll((items) =>
      items.flatMap((item) =>
        [...item.querySelectorAll('a:not(sup a)')]
          .filter((link) => link.getBoundingClientRect().right > 360)
          .map((link) => link.textContent),
      ),
    );
    expect(outside).toEqual([]);
  });

  test(`${lang} person pages list the timeline events after the summit that name them`, async ({ page }) => {
    const macron = people.find((person) => person.id === 'macron')!;
    await page.goto(sectionUrl(BASE, lang, 'people', macron.id));
    const after = page.locator('section[aria-labelledby="after-heading"]');
    const events = content.timeline.filter((event) => event.data.date > '2026-01-06' && event.data.text[lang].includes(macron.name));
    expect(events.length).toBeGreaterThan(0);
    await expect(after.locator('ol > li')).toHaveCount(events.length);
    const quiet = people.find((person) => person.id === 'rama')!;
    expect(quiet.statements).toEqual([]);
    await page.goto(sectionUrl(BASE, lang, 'people', quiet.id));
    await expect(page.locator('main p.none'), 'a person with nothing more sourced says so').toHaveCount(1);
    await expect(page.locator('section[aria-labelledby="after-heading"]')).toHaveCount(0);
  });
}

test('the guarantees article’s offers table has a row per offer, each state linked to its page', async ({ page }) => {
  const withOffer = countries.filter((country) => country.offer);
  for (const [lang, slug] of [
    ['fr', 'garanties-de-securite'],
    ['en', 'security-guarantees'],
  ] as const) {
    await page.goto(sectionUrl(BASE, lang, 'articles', slug));
    const rows = page.locator('table.offers tbody tr');
    await expect(rows).toHaveCount(withOffer.length + content.organisations.filter((o) => o.data.offer).length);
    for (const country of withOffer) {
      const href = sectionUrl(BASE, lang, 'countries', countrySlug(country.id));
      await expect(page.locator(`tr[data-offer="${country.id}"] a[href="${href}"]`)).toHaveCount(1);
      expect(await markerSources(page.locator(`tr[data-offer="${country.id}"]`))).toEqual(country.offer!.sources);
    }
  }
});
