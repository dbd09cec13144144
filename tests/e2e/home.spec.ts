/**
 * The home page passes the five-second test: at a desktop and a phone size, in both languages,
 * the first screen (no scrolling) says what happened (the kicker, the news as the headline, who
 * met where and when), with the figures read from the data and who counted them, and leads to the
 * lead article; the site's update is said once; the articles follow their editorial order
 * (homeOrder); the teasers after them (what followed, who is who) lead to pages that exist.
 */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { uiStrings } from '../../src/i18n/index.ts';
import { readContent } from '../support/read-content.ts';
import { LANGS } from '../../src/lib/content/schema.ts';
import { validateContent } from '../support/validate-content.ts';
import { latestUpdate } from '../../src/lib/articles.ts';
import { figureReporters } from '../../src/lib/count-comparison.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { keyActors } from '../../src/lib/people.ts';
import { pageUrl } from '../../src/lib/paths.ts';
import { typeset } from '../../src/lib/typography.ts';
import { personUrl, sectionUrl } from '../../src/lib/routes.ts';
import { keyFigures, stateCount } from '../../src/lib/tallies.ts';
import { entryAnchor, eventsBetween, latestEventsAfter } from '../../src/lib/timeline.ts';
import { BASE } from './pages.ts';

const { content } = validateContent(readContent(fileURLToPath(new URL('../../', import.meta.url))).content);
const summit = content.summit[0]?.data;
if (!summit) throw new Error('content/summit.yaml holds no summit');
const host = content.people.find((person) => person.data.id === summit.host)?.data.name ?? '';
const figures = keyFigures(
  content.countries.map((entry) => entry.data),
  summit.counts,
  content.organisations.map((entry) => entry.data),
);
// The count's wording: the US beside the states our sources name, not outside the 35.
const count = stateCount(
  content.countries.map((entry) => entry.data),
  summit.counts,
);
const sources = new Map(content.sources.map((entry) => [entry.data.id, entry.data]));
const followed = latestEventsAfter(
  content.timeline.map((entry) => entry.data),
  summit.date,
  4,
);
const recordEndMonth =
  eventsBetween(content.timeline.map((entry) => entry.data))
    .at(-1)
    ?.date.slice(0, 7) ?? '';
const actors = keyActors(
  content.people.map((entry) => entry.data),
  summit,
);
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

for (const lang of LANGS) {
  const t = uiStrings(lang);
  const articles = content.articles
    .filter((article) => article.data.lang === lang && !article.data.draft)
    .sort((a, b) => a.data.homeOrder - b.data.homeOrder)
    .map((article) => sectionUrl(BASE, lang, 'articles', article.slug));
  const leadData = content.articles.find(
    (article) => article.data.lang === lang && !article.data.draft && article.data.homeOrder === 1,
  )?.data;
  const leadTitle = leadData === undefined ? undefined : typeset(leadData.cardTitle ?? leadData.title, lang);

  for (const viewport of VIEWPORTS) {
    test.describe(`${lang} home at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });

      test('the first screen says what happened, with the figures from the data, and leads to the lead article', async ({ page }) => {
        await page.goto(pageUrl(BASE, lang));
        const firstScreen = { ratio: 1 };
        const main = page.locator('main');
        await expect(main.getByText(t.homeKicker, { exact: true })).toBeInViewport(firstScreen);
        const headline = main.getByRole('heading', { level: 1 });
        await expect(headline).toHaveText(t.homeTitle);
        await expect(headline).toContainText('Ukraine');
        await expect(headline).toBeInViewport(firstScreen);
        const news = main.getByText(t.homeNews(formatDate(summit.date, lang), host), { exact: true });
        await expect(news).toBeInViewport(firstScreen);
        for (const [key, figure] of [
          ['states', figures.states],
          ['leader-level-states', figures.leaderLevelStates],
          ['organisations', figures.organisations],
        ] as const) {
          const shown = main.locator(`[data-figure="${key}"] dd`);
          await expect(shown, key).toHaveText(String(figure));
          await expect(shown, key).toBeInViewport(firstScreen);
        }
        // Who counted each figure, read from the counts that give it.
        for (const [key, measure, figure] of [
          ['states', 'states', figures.states],
          ['leader-level-states', 'leader-level-states', figures.leaderLevelStates],
          ['organisations', 'organisations', figures.organisations],
        ] as const) {
          const by = figureReporters(summit.counts, measure, figure, sources, lang);
          expect(by.length, key).toBeGreaterThan(0);
          await expect(main.locator(`[data-figure="${key}"] dt`), key).toContainText(t.homeFigureBy(by));
        }
        expect(count.unsettled).toEqual(['US']);
        await expect(main.locator('[data-figure="states"] dt')).toContainText(t.homeFigureStates(count));
        // The US clause in the count's one wording, on its own line under the short figure line.
        await expect(main.locator('[data-figure="states"] dt .note')).toHaveText(t.homeFigureUnsettled(count));
        const lead = main.locator('article h2 a').first();
        await expect(lead).toHaveAttribute('href', articles[0] ?? '');
        await expect(lead).toBeInViewport(firstScreen);
        // The lead card names the article by what it gives the reader, not by a second headline.
        await expect(lead).toHaveText(leadTitle ?? '');
        expect(leadTitle).not.toBe(t.homeTitle);
      });

      test('the update is said once, in the hero, and each card gives its format and how many sources it cites', async ({ page }) => {
        await page.goto(pageUrl(BASE, lang));
        const main = page.locator('main');
        const updated = latestUpdate(
          content.articles
            .filter((article) => article.data.lang === lang && !article.data.draft)
            .map((article) => ({ id: article.slug, data: article.data })),
        );
        const updateLines = main.getByText(new RegExp(`^${t.updated}\\s`));
        await expect(updateLines).toHaveCount(1);
        await expect(updateLines).toHaveText(`${t.updated} ${formatDate(updated ?? '', lang, 'short')}`);
        await expect(main.locator('header').getByText(new RegExp(`^${t.updated}\\s`))).toHaveCount(1);
        const metas = main.locator('article .meta');
        await expect(metas).toHaveCount(articles.length);
        const shown = await metas.evaluateAll((nodes) =>
          nodes.map((node) => [...node.querySelectorAll('span')].map((span) => span.textContent)),
        );
        // Each card's count is the length of its article's source list.
        const counts: number[] = [];
        for (const href of articles) {
          await page.goto(href);
          counts.push(await page.locator('section.sources > ol > li').count());
        }
        expect(counts.every((count) => count > 0)).toBe(true);
        expect(shown).toEqual(counts.map((count) => [t.articleFormat, t.sourcesCount(count)]));
      });

      test('the teasers link to what followed on the timeline and to the key actors’ pages', async ({ page }) => {
        await page.goto(pageUrl(BASE, lang));
        const timelineUrl = sectionUrl(BASE, lang, 'timeline');
        const teaser = page.getByRole('region', { name: t.homeFollowedHeading });
        const hrefs = await teaser.locator('li a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
        expect(hrefs).toEqual(followed.map((event) => `${timelineUrl}#${entryAnchor(event.id)}`));
        await expect(teaser.getByRole('link', { name: t.homeFollowedAll(formatDate(recordEndMonth, lang)) })).toHaveAttribute(
          'href',
          timelineUrl,
        );
        const who = page.getByRole('region', { name: t.nav.people });
        const people = await who.locator('li a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
        expect(people).toEqual(actors.map((person) => personUrl(BASE, lang, person.id)));
        await expect(who.getByRole('link', { name: t.homeWhoAll })).toHaveAttribute('href', sectionUrl(BASE, lang, 'people'));
        for (const href of [...people, sectionUrl(BASE, lang, 'people')])
          expect((await page.request.get(href ?? '')).status(), href ?? '').toBe(200);
        await page.goto(timelineUrl);
        for (const event of followed) await expect(page.locator(`#${entryAnchor(event.id)}`)).toContainText(event.text[lang].slice(0, 20));
      });

      test('the article cards follow the editorial order, and the counts link to their comparison', async ({ page }) => {
        await page.goto(pageUrl(BASE, lang));
        const links = page.locator('main article h2 a');
        expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(articles);
        const whoCame = content.articles.find((article) => article.data.lang === lang && article.data.topic === 'participants');
        // Once, under the figures.
        const counts = page.getByRole('link', { name: t.homeFiguresExplained });
        await expect(counts).toHaveCount(1);
        await expect(counts).toHaveAttribute('href', `${sectionUrl(BASE, lang, 'articles', whoCame?.slug ?? '')}#${t.homeCountsAnchor}`);
      });
    });
  }
}
