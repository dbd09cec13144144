/**
 * No dead ends on the who's who: it opens with the key actors, each linked, and lists everyone
 * else; the US page links the article on the US presence. That every person page links an
 * article and every country page its representatives and an article: person-page-checks.ts and
 * country-page-checks.ts.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { readContent } from '../support/read-content.ts';
import { LANGS } from '../../src/lib/content/schema.ts';
import { validateContent } from '../support/validate-content.ts';
import { countryUrl, sectionUrl } from '../../src/lib/routes.ts';
import { capitalised } from '../../src/lib/people.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { articleLinks } from './article-links.ts';
import { BASE } from './pages.ts';

const { content } = validateContent(readContent(fileURLToPath(new URL('../../', import.meta.url))).content);

for (const lang of LANGS) {
  test(`the ${lang} page of the United States links the article on the US presence`, async ({ page }) => {
    const article = content.articles.find((entry) => entry.folder === lang && entry.data.topic === 'united-states');
    expect(article, 'an article on the US presence').toBeDefined();
    await page.goto(sectionUrl(BASE, lang, 'countries', 'us'));
    expect(await articleLinks(page)).toContain(sectionUrl(BASE, lang, 'articles', article?.slug));
  });

  test(`the ${lang} who's who opens with the key actors, each linked to their page with a sourced line`, async ({ page }) => {
    await page.goto(sectionUrl(BASE, lang, 'people'));
    const [summit] = content.summit;
    const ids = [...new Set([summit!.data.host, ...summit!.data.coChairs, ...summit!.data.keyActors])];
    const cards = page.locator('.key-actors > li');
    await expect(cards).toHaveCount(ids.length);
    for (const [index, id] of ids.entries()) {
      const card = cards.nth(index);
      await expect(card.locator(`a[href="${sectionUrl(BASE, lang, 'people', id)}"]`)).toBeVisible();
      await expect(card.locator('.why sup.cite a').first()).toBeVisible();
    }
    // On a wide screen the cards take the frame's full width (the header's), three to a row.
    await page.setViewportSize({ width: 1280, height: 800 });
    const grid = await page.locator('.key-actors').boundingBox();
    const frame = await page.locator('header:not(main header) .wrap').boundingBox();
    expect(grid?.x).toBeCloseTo(frame?.x ?? 0, 0);
    expect(grid?.width).toBeCloseTo(frame?.width ?? 0, 0);
    const rows = await cards.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
    expect(rows.filter((top) => top === rows[0]).length).toBe(3);
    // Everyone else is in the roster below, linked to their page.
    for (const person of content.people.filter((entry) => !ids.includes(entry.data.id)))
      await expect(page.locator(`.roster a[href="${sectionUrl(BASE, lang, 'people', person.data.id)}"]`)).toBeVisible();
    // So is every state the data names, in its level's group (not the absent's), linked to its page,
    // but those whose representatives are all key actors; a state whose entry names nobody (Japan) says so.
    for (const { data: country } of content.countries) {
      const row = page
        .locator('.roster:not([aria-labelledby="roster-absent"]) li')
        .filter({ has: page.locator(`a[href="${countryUrl(BASE, lang, country.id)}"]`) });
      const shownAbove = country.representatives.length > 0 && country.representatives.every((id) => ids.includes(id));
      await expect(row, `${country.id} in the roster`).toHaveCount(shownAbove ? 0 : 1);
      if (country.representatives.length === 0) await expect(row).toContainText(capitalised(uiStrings(lang).noRepresentativeNamed, lang));
    }
    // The roster takes the frame's full width too, in two columns.
    const roster = page.locator('.roster-columns');
    expect((await roster.boundingBox())?.width).toBeCloseTo(frame?.width ?? 0, 0);
    expect(await roster.evaluate((element) => getComputedStyle(element).columnCount)).toBe('2');
  });
}
