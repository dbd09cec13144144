/**
 * The home page passes the five-second test: at a desktop and a phone size, in both languages,
 * the first screen (no scrolling) says what happened, with the figures read from the data, and
 * leads to the lead article; the articles follow their editorial order (homeOrder).
 */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { uiStrings } from '../../src/i18n/index.ts';
import { readContent } from '../support/read-content.ts';
import { LANGS } from '../../src/lib/content/schema.ts';
import { validateContent } from '../support/validate-content.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { pageUrl } from '../../src/lib/paths.ts';
import { sectionUrl } from '../../src/lib/routes.ts';
import { keyFigures } from '../../src/lib/tallies.ts';
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

  for (const viewport of VIEWPORTS) {
    test.describe(`${lang} home at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });

      test('the first screen says what happened, with the figures from the data, and leads to the lead article', async ({ page }) => {
        await page.goto(pageUrl(BASE, lang));
        const firstScreen = { ratio: 1 };
        const main = page.locator('main');
        await expect(main.getByText(t.homeKicker, { exact: true })).toBeInViewport(firstScreen);
        const news = main.getByText(t.homeNews(formatDate(summit.date, lang), host), { exact: true });
        await expect(news).toBeInViewport(firstScreen);
        await expect(news).toContainText('Ukraine');
        for (const [key, figure] of [
          ['states', figures.states],
          ['leader-level-states', figures.leaderLevelStates],
          ['organisations', figures.organisations],
        ] as const) {
          const shown = main.locator(`[data-figure="${key}"] dd`);
          await expect(shown, key).toHaveText(String(figure));
          await expect(shown, key).toBeInViewport(firstScreen);
        }
        await expect(main.getByText(t.homeFigureStates(figures.namedStates), { exact: true })).toBeVisible();
        const lead = main.locator('article h2 a').first();
        await expect(lead).toHaveAttribute('href', articles[0] ?? '');
        await expect(lead).toBeInViewport(firstScreen);
      });

      test('the article cards follow the editorial order, and the counts link to their comparison', async ({ page }) => {
        await page.goto(pageUrl(BASE, lang));
        const links = page.locator('main article h2 a');
        expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(articles);
        const whoCame = content.articles.find((article) => article.data.lang === lang && article.data.topic === 'participants');
        await expect(page.getByRole('link', { name: t.homeFiguresExplained })).toHaveAttribute(
          'href',
          `${sectionUrl(BASE, lang, 'articles', whoCame?.slug ?? '')}#${t.homeCountsAnchor}`,
        );
      });
    });
  }
}
