/**
 * The sources page's summary and finders, the timeline's jump links and entry links, and the
 * method page's table of contents, in both languages: each count read from the data, each link
 * leading somewhere that exists, and nothing wider than a 360 px screen.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { readContent } from '../support/read-content.ts';
import { LANGS, type Lang } from '../../src/lib/content/schema.ts';
import { validateContent } from '../support/validate-content.ts';
import { sectionUrl } from '../../src/lib/routes.ts';
import { eventsBetween, linksItsArticles, monthAnchor, SUMMIT_DAY_ANCHOR } from '../../src/lib/timeline.ts';
import { BASE, PAGES } from './pages.ts';

const { content } = validateContent(readContent(fileURLToPath(new URL('../../', import.meta.url))).content);
const BUILT = new Set(PAGES.map((page) => page.path));

/** Fails unless the page's own `#fragment` link has a target on the page. */
async function expectTarget(page: Page, href: string): Promise<void> {
  expect(href, 'a link within the page').toMatch(/^#./);
  await expect(page.locator(`[id="${href.slice(1)}"]`), `${href} has a target`).toHaveCount(1);
}

async function expectNoOverflow(page: Page): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no horizontal scrolling at 360 px').toBeLessThanOrEqual(0);
}

const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));

for (const lang of LANGS as readonly Lang[]) {
  test(`${lang} sources page: a summary read from the data, with jump links and finders`, async ({ page }) => {
    await page.goto(sectionUrl(BASE, lang, 'sources'));
    const summary = page.locator('section.source-summary');
    await expect(summary.locator('.total')).toContainText(String(content.sources.length));

    let sum = 0;
    for (const kind of ['primary', 'press', 'aggregator'] as const) {
      const count = content.sources.filter((source) => source.data.kind === kind).length;
      await expect(summary.locator(`label:has(#source-kind-${kind}) .count`)).toHaveText(String(count));
      await expect(page.locator(`#kind-${kind} + p + ul > li`)).toHaveCount(count);
      sum += count;
    }
    expect(sum).toBe(content.sources.length);

    // Each article's sources: a link to the article's own list, which exists.
    const articleLinks = await hrefs(page, 'section.source-summary .by-article a');
    expect(articleLinks.length).toBe(content.articles.filter((article) => article.data.lang === lang && !article.data.draft).length);
    for (const href of articleLinks) {
      const [path] = href.split('#');
      expect(href).toMatch(/#sources-heading$/);
      expect(BUILT.has(path!), `${path} is a built page`).toBe(true);
    }

    // The publisher index leads to a source of that publisher; TASS's copy says what it is.
    await summary.locator('details.finder').nth(1).locator('summary').click();
    const tass = summary.locator('.index a', { hasText: /^TASS$/ });
    await expect(tass).toBeVisible();
    const target = (await tass.getAttribute('href'))!;
    await expectTarget(page, target);
    await tass.click();
    await expect(page.locator(target)).toContainText('TASS');
    await expect(page.locator('#source-newspravda-tass-2026-01-14')).toContainText(
      lang === 'fr' ? 'relais d’un média d’État russe' : 'relay of Russian state media',
    );

    await expectNoOverflow(page);
  });

  test(`${lang} timeline: month and summit-day jumps, entries linking their people and articles`, async ({ page }) => {
    await page.goto(sectionUrl(BASE, lang, 'timeline'));
    const jumps = await hrefs(page, 'nav.timeline-months a');
    const months = new Set(content.timeline.map((event) => event.data.date.slice(0, 7)));
    expect(jumps.length, 'one jump to the summit’s day, one per month').toBe(months.size + 1);
    for (const href of jumps) await expectTarget(page, href);
    // No month chip looks selected on load: they share one border and one weight; the summit's
    // month alone has a dot, as the link to the summit's day has.
    const chips = page.locator('nav.timeline-months .years a');
    const looks = await chips.evaluateAll((links) =>
      links.map((chip) => {
        const style = getComputedStyle(chip);
        return `${style.borderTopWidth} ${style.borderTopColor} ${style.fontWeight}`;
      }),
    );
    expect(new Set(looks).size).toBe(1);
    const summitMonth = content.summit[0]!.data.date.slice(0, 7);
    await expect(chips.and(page.locator('.summit-dot'))).toHaveAttribute('href', `#${monthAnchor(summitMonth)}`);
    await expect(page.locator('nav.timeline-months .summit-link a.summit-dot')).toHaveAttribute('href', `#${SUMMIT_DAY_ANCHOR}`);
    await expect(page.locator('#summit-day')).toContainText(lang === 'fr' ? 'Jour du sommet' : 'Summit day');

    const entries = page.locator('ol.timeline > li');
    await expect(entries).toHaveCount(content.timeline.length);
    const linkedPeople = content.timeline.reduce((n, event) => n + event.data.people.length, 0);
    // An entry links its articles unless the entry before it links the same ones.
    const events = eventsBetween(content.timeline.map((event) => event.data));
    const shown = linksItsArticles(events);
    const linkedArticles = events.reduce((n, event, index) => n + (shown[index] ? event.articles.length : 0), 0);
    const personHrefs = await hrefs(page, `ol.timeline .entry-links a[href*="/${lang === 'fr' ? 'qui-est-qui' : 'whos-who'}/"]`);
    const articleHrefs = await hrefs(page, 'ol.timeline .entry-links a[href*="/articles/"]');
    expect(personHrefs.length).toBe(linkedPeople);
    expect(articleHrefs.length).toBe(linkedArticles);
    for (const href of new Set([...personHrefs, ...articleHrefs])) expect(BUILT.has(href), `${href} is a built page`).toBe(true);

    await expectNoOverflow(page);
  });

  test(`${lang} method page: a table of contents, and links to the data, sources, timeline and map`, async ({ page }) => {
    await page.goto(sectionUrl(BASE, lang, 'about'));
    const contents = await hrefs(page, 'nav.contents a');
    await expect(page.locator('main section > h2')).toHaveCount(contents.length);
    for (const href of contents) await expectTarget(page, href);
    const links = await hrefs(page, 'main a');
    for (const section of ['data', 'sources', 'timeline', 'map'] as const) expect(links).toContain(sectionUrl(BASE, lang, section));
    await expect(page.locator('main')).toContainText(String(content.sources.length));
    await expectNoOverflow(page);
  });
}
