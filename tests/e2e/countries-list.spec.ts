/**
 * The countries list and the top of country pages (issue 15, §4). The list opens with its figures,
 * level by level, read from the data: the published count beside the states our sources name, a
 * link to the level where they name fewer (whose list opens by saying so), the counts compared and
 * the map one link away. Each
 * level is a table (state, representative, presence) that cites the shared level once, fits a
 * 360 px screen without sideways scrolling, and keeps each state's notes visible. A country page
 * with a lead opens with it, each sentence with its footnotes, and links the articles about the
 * state (listed once); its notes read as callouts at reading size.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { readContent } from '../support/read-content.ts';
import { LANGS, LEVELS } from '../../src/lib/content/schema.ts';
import { validateContent } from '../support/validate-content.ts';
import { delegations, levelAnchor, reportedBreakdown, sharedLevelSources } from '../../src/lib/delegations.ts';
import { statesPerLevel } from '../../src/lib/places.ts';
import { articleUrl, countrySlug, countryUrl, sectionUrl } from '../../src/lib/routes.ts';
import { countryName } from '../../src/lib/country-names.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { stateCount } from '../../src/lib/tallies.ts';
import { BASE, PAGES } from './pages.ts';
import { cited, markerSources } from './markers.ts';

const { content } = validateContent(readContent(fileURLToPath(new URL('../../', import.meta.url))).content);
const countries = content.countries.map((entry) => entry.data);
const people = content.people.map((entry) => entry.data);
const counts = content.summit.flatMap((entry) => entry.data.counts);
const BUILT = new Set(PAGES.map((page) => page.path));

for (const lang of LANGS) {
  test(`the ${lang} countries list opens with its figures by level read from the data, and links the counts and the map`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(sectionUrl(BASE, lang, 'countries'));
    const summary = page.locator('.countries-summary');
    await expect(summary).toBeInViewport();
    const named = statesPerLevel(countries);
    const breakdown = reportedBreakdown(counts);
    expect(breakdown, 'a count of states with its breakdown by level').toBeDefined();
    for (const level of LEVELS) {
      const row = summary.locator(`tr[data-level="${level}"]`);
      const reported = breakdown?.levels[level]?.figure;
      if (named[level] === 0 && reported === undefined) {
        await expect(row).toHaveCount(0);
        continue;
      }
      await expect(row.locator('td').nth(0), level).toHaveText(reported === undefined ? '–' : String(reported));
      await expect(row.locator('td').nth(1), level).toHaveText(new RegExp(`^${named[level]}(\\D|$)`));
      // Where our sources name fewer states than the count, the row links to that level's list.
      const why = row.locator('a');
      if (reported !== undefined && named[level] < reported) {
        await expect(why).toHaveAttribute('href', `#${levelAnchor(level)}`);
        await expect(page.locator(`[id="${levelAnchor(level)}"]`)).toHaveCount(1);
        // …whose list opens by saying so, with the count's footnotes.
        const gap = page.locator(`section[aria-labelledby="${levelAnchor(level)}"] p.gap`);
        await expect(gap).toContainText(String(reported));
        await expect(gap).toContainText(String(named[level]));
        expect(await markerSources(gap)).toEqual(cited(breakdown!.levels[level]!.sources));
      } else {
        await expect(why).toHaveCount(0);
        await expect(page.locator(`section[aria-labelledby="${levelAnchor(level)}"] p.gap`)).toHaveCount(0);
      }
    }
    // The published count's footnotes are those of the report behind it.
    const reported = [breakdown!.states, ...Object.values(breakdown!.levels)].flatMap((count) => count.sources);
    expect(await markerSources(summary.locator('thead'))).toEqual(cited([...new Set(reported)]));
    const total = Object.values(named).reduce((sum, n) => sum + n, 0);
    await expect(summary.locator('tfoot td').nth(1)).toHaveText(String(total));
    await expect(summary.locator('tfoot td').nth(0)).toHaveText(String(breakdown!.states.figure));
    const [countsHref, map] = await summary
      .locator('.links a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(map).toBe(sectionUrl(BASE, lang, 'map'));
    const [path, anchor] = (countsHref ?? '').split('#');
    expect(BUILT.has(path ?? ''), `${countsHref} leads to a built page`).toBe(true);
    await page.goto(countsHref ?? '');
    await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
  });

  test(`the ${lang} countries list is a table per level: each state, its representatives and their presence, the shared level cited once`, async ({
    page,
  }) => {
    await page.goto(sectionUrl(BASE, lang, 'countries'));
    for (const level of LEVELS) {
      const expected = delegations(countries, people, lang, level);
      const section = page.locator(`section[aria-labelledby="${levelAnchor(level)}"]`);
      if (expected.length === 0) {
        await expect(section).toHaveCount(0);
        continue;
      }
      const shared = sharedLevelSources(expected);
      expect(await markerSources(section.locator('.country-list-level')), `${level}: cited above the table`).toEqual(cited(shared));
      const rows = section.locator('.country-list > tbody');
      await expect(rows).toHaveCount(expected.length);
      for (const [index, { country, name, representatives }] of expected.entries()) {
        const row = rows.nth(index);
        const state = row.locator('th[scope="row"]');
        await expect(state.locator('a.country')).toHaveText(name);
        await expect(state.locator('.tag'), `${country.id}: co-chair badge`).toHaveCount(country.coChair ? 1 : 0);
        // The state's cell cites its level only when the table does not, and its co-chairing.
        expect(await markerSources(state), country.id).toEqual(
          cited([...(shared.length > 0 ? [] : country.levelSources), ...(country.coChair?.sources ?? [])]),
        );
        await expect(row.locator('td.person a'), country.id).toHaveText(representatives.map((person) => person.name));
        await expect(row.locator('td.presence'), country.id).toHaveCount(representatives.length);
        // Its notes stay visible, in one box.
        await expect(row.locator('.notes li'), `${country.id}: its notes stay visible`).toHaveCount(Math.min(1, country.notes.length));
        if (country.notes.length > 0) await expect(row.locator('.notes li').first()).toBeVisible();
      }
    }
  });

  test(`the ${lang} countries list fits 360 px: no sideways scroll, each row's state and representative within the screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(sectionUrl(BASE, lang, 'countries'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const rows = page.locator('.country-list > tbody');
    expect(await rows.count()).toBeGreaterThan(30);
    const outside = await rows.evaluateAll((items) =>
      items.flatMap((item) =>
        [...item.querySelectorAll('a:not(sup a)')]
          .filter((link) => link.getBoundingClientRect().right > 360)
          .map((link) => link.textContent),
      ),
    );
    expect(outside).toEqual([]);
    // Stacked, a row's state sits above its representative.
    const first = rows.first();
    const state = await first.locator('a.country').boundingBox();
    const person = await first.locator('td.person a').boundingBox();
    expect(person!.y).toBeGreaterThan(state!.y + state!.height - 1);
  });

  test(`${lang} country pages with a lead open with it, footnoted sentence by sentence, and link the articles about the state once`, async ({
    page,
  }) => {
    const led = countries.filter((country) => country.lead.length > 0 || country.articles.length > 0);
    expect(led.map((country) => country.id).sort()).toEqual(expect.arrayContaining(['UA', 'US']));
    const articles = content.articles.filter((article) => article.data.lang === lang && !article.data.draft);
    for (const country of led) {
      await page.goto(sectionUrl(BASE, lang, 'countries', countrySlug(country.id)));
      const lead = page.locator('section.lead');
      await expect(lead, country.id).toBeInViewport();
      expect(await markerSources(lead.locator('p').first()), country.id).toEqual(
        cited(country.lead.flatMap((sentence) => sentence.sources)),
      );
      const expected = country.articles.map((key) => {
        const article = articles.find((entry) => entry.data.translationKey === key)!;
        return articleUrl(BASE, lang, `${lang}/${article.slug}`);
      });
      const links = await lead.locator('.read a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      expect(links, country.id).toEqual(expected);
      for (const href of links) {
        expect(BUILT.has(href), `${href} is a built page`).toBe(true);
        await expect(page.locator(`main a[href="${href}"]`), `${country.id}: ${href} linked once`).toHaveCount(1);
      }
    }
  });

  test(`${lang} country page notes read as callouts at reading size`, async ({ page }) => {
    const ukraine = countries.find((country) => country.id === 'UA')!;
    expect(ukraine.notes.length).toBeGreaterThan(0);
    await page.goto(sectionUrl(BASE, lang, 'countries', countrySlug('UA')));
    const note = page.locator('.notes .entry-notes li').first();
    await expect(note).toBeVisible();
    const style = await note.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { size: parseFloat(computed.fontSize), border: parseFloat(computed.borderInlineStartWidth) };
    });
    expect(style.size).toBeGreaterThanOrEqual(16);
    expect(style.border).toBeGreaterThan(0);
  });
}

for (const lang of LANGS) {
  test(`the ${lang} countries summary gives the US a row of its own under the total, its published count "?", explained in one line`, async ({
    page,
  }) => {
    await page.goto(sectionUrl(BASE, lang, 'countries'));
    const t = uiStrings(lang);
    const summary = page.locator('.countries-summary');
    const count = stateCount(countries, counts);
    expect(count.unsettled, 'the data has the US present, its place in the count unsettled').toEqual(['US']);
    // The summary's sentence: 35 reported, 34 named, plus the US, maybe among the 35.
    await expect(summary.locator('p').first()).toHaveText(t.countriesSummary(count));
    const row = summary.locator('tfoot tr.unsettled');
    await expect(row).toHaveCount(1);
    await expect(summary.locator('tfoot tr').first()).not.toHaveClass(/unsettled/);
    const links = await row.locator('th a').evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual(count.unsettled.map((id) => [countryName(id, lang), countryUrl(BASE, lang, id)]));
    await expect(row.locator('td').nth(0)).toHaveText('?');
    await expect(row.locator('td').nth(1)).toHaveText(String(count.unsettled.length));
    await expect(summary).toContainText(t.countUnsettledNote(count));
    // The unnamed state may be the US: the line says so.
    await expect(summary.locator('.unnamed')).toHaveText(t.unnamedStates(count.reported - count.named, count));
    // No level row names the US, and nothing on the page sets it outside the 35.
    for (const id of count.unsettled) await expect(summary.locator('tbody')).not.toContainText(countryName(id, lang));
    await expect(page.locator('main')).not.toContainText(/sans être membres? de la coalition\s*:|without being coalition members:/);
  });
}

for (const lang of LANGS) {
  test(`the ${lang} page of a state whose place in the count is unsettled gives its envoys, not a level, with the same sources`, async ({
    page,
  }) => {
    const t = uiStrings(lang);
    for (const id of stateCount(countries, counts).unsettled) {
      const state = countries.find((country) => country.id === id)!;
      await page.goto(countryUrl(BASE, lang, id));
      const first = page.locator('dl.fact-list').first();
      await expect(first.locator('dt').first()).toHaveText(t.representationLabel);
      const value = first.locator('dd').first();
      const n = state.representatives.length;
      await expect(value).toContainText(new RegExp(`^${t.envoys(t.smallNumbers[n]!, n)}`, 'i'));
      expect(await markerSources(value)).toEqual(cited(state.levelSources));
      await expect(page.locator('main')).not.toContainText(t.levelHeading[state.level]);
    }
  });
}
