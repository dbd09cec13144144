/**
 * The parts of the person pages that say what a person did (issue 15): a person page lists the
 * timeline events after the summit that name them; the coalition members the data gives; the
 * guarantees article's table drawn from the countries' offers. What every country page shows (its
 * offer, what followed, its status): country-page-checks.ts. The countries list and the top of
 * country pages: countries-list.spec.ts.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { readContent } from '../support/read-content.ts';
import { LANGS } from '../../src/lib/content/schema.ts';
import { validateContent } from '../support/validate-content.ts';
import { countrySlug, sectionUrl } from '../../src/lib/routes.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { AFTER_SUMMIT_SHOWN, latestEvents } from '../../src/lib/places.ts';
import { BASE } from './pages.ts';
import { cited, markerSources } from './markers.ts';

const { content } = validateContent(readContent(fileURLToPath(new URL('../../', import.meta.url))).content);
const countries = content.countries.map((entry) => entry.data);
const people = content.people.map((entry) => entry.data);

test.describe.configure({ timeout: 180_000 });

for (const lang of LANGS) {
  test(`${lang} person pages list the timeline events after the summit that name them`, async ({ page }) => {
    const macron = people.find((person) => person.id === 'macron')!;
    await page.goto(sectionUrl(BASE, lang, 'people', macron.id));
    const after = page.locator('section[aria-labelledby="after-heading"]');
    const events = content.timeline.filter((event) => event.data.date > '2026-01-06' && event.data.text[lang].includes(macron.name));
    expect(events.length).toBeGreaterThan(0);
    const { latest, earliest } = latestEvents(events);
    await expect(after.locator('ol > li')).toHaveCount(latest.length);
    if (earliest)
      await expect(after.locator('p.intro').last()).toHaveText(uiStrings(lang).afterSummitLatest(AFTER_SUMMIT_SHOWN, events.length));
    const quiet = people.find((person) => person.id === 'rama')!;
    expect(quiet.statements).toEqual([]);
    await page.goto(sectionUrl(BASE, lang, 'people', quiet.id));
    await expect(page.locator('main p.none'), 'a person with nothing more sourced says so').toHaveCount(1);
    await expect(page.locator('section[aria-labelledby="after-heading"]')).toHaveCount(0);
  });
}

test('the states on the Cyprus Mail’s list are members, footnoted to it (each country page shows it: country-page-checks.ts)', () => {
  const named = countries.filter((country) => country.membership?.status === 'member');
  // The eight states the list names one by one, and the EU members but Hungary, Malta and Slovakia
  // (Austria apart: Heute calls it an observer).
  const euMembers = [
    'BE',
    'BG',
    'CY',
    'CZ',
    'DE',
    'DK',
    'EE',
    'ES',
    'FI',
    'FR',
    'GR',
    'HR',
    'IE',
    'IT',
    'LT',
    'LU',
    'LV',
    'NL',
    'PL',
    'PT',
    'RO',
    'SE',
    'SI',
  ];
  expect(named.map((country) => country.id).sort()).toEqual([...euMembers, 'AU', 'CA', 'GB', 'IS', 'JP', 'NO', 'NZ', 'TR'].sort());
  for (const country of named) expect(country.membership?.sources, country.id).toEqual(['cyprusmail-2026-01-05']);
});

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
      expect(await markerSources(page.locator(`tr[data-offer="${country.id}"]`))).toEqual(cited(country.offer!.sources));
    }
  }
});

test('the who-came article: a state’s notes in one box under one label, how to read the lists in a note above the table', async ({
  page,
}) => {
  const several = countries.filter((country) => country.notes.length > 1);
  expect(several.length, 'a state with several notes (Austria)').toBeGreaterThan(0);
  for (const [lang, slug] of [
    ['fr', 'qui-etait-la'],
    ['en', 'who-came'],
  ] as const) {
    const t = uiStrings(lang);
    await page.goto(sectionUrl(BASE, lang, 'articles', slug));
    for (const country of several) {
      const href = sectionUrl(BASE, lang, 'countries', countrySlug(country.id));
      const notes = page.locator(`table.country-list tbody:has(a[href="${href}"]) .entry-notes > li`);
      await expect(notes).toHaveCount(1);
      const kinds = [...new Set(country.notes.map((note) => t.noteKind[note.kind]))];
      await expect(notes.locator('.kind')).toHaveText(
        `${[kinds[0], ...kinds.slice(1).map((kind) => kind.toLocaleLowerCase(lang))].join(' / ')}.`,
      );
      expect(await markerSources(notes)).toEqual(cited(country.notes.flatMap((note) => note.sources)));
    }
    // The note on reading the lists sits above the leaders' table, with its footnote, not in a box of the body.
    await expect(page.locator('.country-list-note')).toHaveCount(1);
    await expect(page.locator('.country-list-note sup.cite')).toHaveCount(1);
    await expect(page.locator('article .body .callout').filter({ hasText: 'Anadolu' })).toHaveCount(0);
  }
});
