/**
 * The sources page's entries and filters, in both languages: each entry gives its site's address,
 * language and citing pages in a compact block; the filters by kind and by language show exactly
 * the sources the data puts under each choice, with JavaScript and without it, and by keyboard.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { uiStrings } from '../../src/i18n/index.ts';
import { LANGS, type Lang } from '../../src/lib/content/schema.ts';
import { sectionUrl } from '../../src/lib/routes.ts';
import { entryHint, isOfficialCopy, languageChoices, sourceDomain, sourceSummary } from '../../src/lib/sources.ts';
import { readContent } from '../support/read-content.ts';
import { validateContent } from '../support/validate-content.ts';
import { BASE } from './pages.ts';

const { content } = validateContent(readContent(fileURLToPath(new URL('../../', import.meta.url))).content);
const sources = content.sources.map((source) => source.data);
const choices = languageChoices(sourceSummary(sources).byLanguage);
const offered = new Set(choices.map((choice) => choice.language));
const inChoice = (language: string, choice: string) => (choice === 'other' ? !offered.has(language) : language === choice);

/** The ids of the sources the page shows, in page order. */
const visibleIds = (page: Page) =>
  page.locator('.all-sources > li').evaluateAll((items) => items.filter((item) => item.checkVisibility()).map((item) => item.id));

const idsOf = (selected: typeof sources) => selected.map((source) => `source-${source.id}`).sort();

for (const lang of LANGS as readonly Lang[]) {
  test(`${lang} sources page: each entry gives its site, language and citing pages, in a few lines`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(sectionUrl(BASE, lang, 'sources'));
    for (const source of sources) {
      const entry = page.locator(`[id="source-${source.id}"]`);
      // The site, and the page's name when nothing else tells it from its publisher's other pages.
      await expect(entry.locator('.domain')).toHaveText(entryHint(source) ?? sourceDomain(source.url));
      if (isOfficialCopy(source)) await expect(entry.locator('.meta')).toContainText(uiStrings(lang).viaThirdParty);
      await expect(entry.locator('a[hreflang]').first()).toHaveAttribute('href', source.url);
      // Neither headline nor date in the data: the entry says so, and only then.
      const unrecorded = entry.locator('.unrecorded');
      if (!source.title && !source.date) await expect(unrecorded).toContainText(uiStrings(lang).sourceUnrecorded);
      else await expect(unrecorded).toHaveCount(0);
    }
    // At 1280 px, an entry takes three lines or fewer (the publisher and headline, then the rest),
    // most often: four lines or more was the rule before.
    const lines = await page
      .locator('.all-sources > li')
      .evaluateAll((items) =>
        items.map((item) =>
          [...item.querySelectorAll('p')].reduce(
            (sum, block) => sum + Math.round(block.getBoundingClientRect().height / parseFloat(getComputedStyle(block).lineHeight)),
            0,
          ),
        ),
      );
    const sorted = lines.sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)], 'the median entry’s lines').toBeLessThanOrEqual(3);
  });

  test(`${lang} articles’ source lists: no two entries read alike, an undated page said so`, async ({ page }) => {
    await page.goto(sectionUrl(BASE, lang, 'sources'));
    const articles = await page
      .locator('section.source-summary .by-article a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(articles.length).toBeGreaterThan(0);
    const undated = sources.filter((source) => source.date === undefined).map((source) => `source-${source.id}`);
    for (const href of articles) {
      await page.goto(href);
      const entries = page.locator('.sources li');
      const texts = await entries.allInnerTexts();
      expect(
        texts.filter((text, index) => texts.indexOf(text) !== index),
        `${href}: entries that read alike`,
      ).toEqual([]);
      for (const id of await entries.evaluateAll((items) => items.map((item) => item.id))) {
        if (undated.includes(id)) await expect(page.locator(`[id="${id}"]`)).toContainText(uiStrings(lang).noDateShown);
      }
    }
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`filters ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test('each kind and each language shows exactly its sources, and they combine', async ({ page }) => {
      await page.goto(sectionUrl(BASE, 'fr', 'sources'));
      expect(await visibleIds(page)).toHaveLength(sources.length);

      for (const kind of ['primary', 'press', 'aggregator'] as const) {
        await page.locator(`#source-kind-${kind}`).check();
        expect((await visibleIds(page)).sort()).toEqual(idsOf(sources.filter((source) => source.kind === kind)));
        await expect(page.locator(`#kind-${kind}`)).toBeVisible();
      }
      await page.locator('#source-kind-all').check();

      for (const [index, { language, count }] of choices.entries()) {
        await page.locator(`#source-language-${index}`).check();
        const expected = idsOf(sources.filter((source) => inChoice(source.language, language)));
        expect(expected).toHaveLength(count);
        expect((await visibleIds(page)).sort()).toEqual(expected);
        // A group left without an entry in that language hides with its heading.
        for (const kind of ['primary', 'press', 'aggregator'] as const) {
          const any = sources.some((source) => source.kind === kind && inChoice(source.language, language));
          await expect(page.locator(`#kind-${kind}`)).toBeVisible({ visible: any });
        }
      }

      // Every kind with every language: exactly the sources of both, or a line saying there are none.
      for (const kind of ['primary', 'press', 'aggregator'] as const) {
        await page.locator(`#source-kind-${kind}`).check();
        for (const [index, { language }] of choices.entries()) {
          await page.locator(`#source-language-${index}`).check();
          const expected = idsOf(sources.filter((source) => source.kind === kind && inChoice(source.language, language)));
          expect((await visibleIds(page)).sort(), `${kind} in ${language}`).toEqual(expected);
          // The line stands in the kind's group, under its heading; no other group shows.
          await expect(page.locator('.filter-empty').filter({ visible: true }), `${kind} in ${language}`).toHaveCount(
            expected.length === 0 ? 1 : 0,
          );
          if (expected.length === 0) await expect(page.locator(`.kind-group[data-kind="${kind}"] .filter-empty`)).toBeVisible();
        }
      }
    });
  });
}

test('the filters are labelled groups a keyboard can use', async ({ page }) => {
  await page.goto(sectionUrl(BASE, 'en', 'sources'));
  const filters = page.getByRole('group', { name: 'Filter the list' });
  await expect(filters.getByRole('group', { name: 'Kind' })).toBeVisible();
  await expect(filters.getByRole('group', { name: 'Language' })).toBeVisible();
  await page.locator('#source-kind-all').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#source-kind-primary')).toBeChecked();
  await expect(page.locator('#source-kind-primary')).toBeFocused();
  expect(await visibleIds(page)).toHaveLength(sources.filter((source) => source.kind === 'primary').length);
});
