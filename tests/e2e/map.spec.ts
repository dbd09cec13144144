/**
 * The map pages and the map embedded in "who came": each state a link to a built page with an
 * accessible name, the key before the map and on the first screen, Paris marked, and the table
 * grouped by level with each representative linked.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { uiStrings } from '../../src/i18n/index.ts';
import { countryName } from '../../src/lib/country-names.ts';
import { MAP_PALETTE } from '../../src/lib/map-palette.ts';
import { mapFigures, stateCount } from '../../src/lib/tallies.ts';
import { BASE, DIST } from '../support/dist.ts';
import { readContent } from '../support/read-content.ts';
import { validateContent } from '../support/validate-content.ts';

const { content } = validateContent(readContent(fileURLToPath(new URL('../../', import.meta.url))).content);
const countries = content.countries.map((entry) => entry.data);
const counts = content.summit.flatMap((entry) => entry.data.counts);
const MAPS = [`${BASE}carte/`, `${BASE}en/map/`];
const EMBEDS = [`${BASE}articles/qui-etait-la/`, `${BASE}en/articles/who-came/`];

/** An #rrggbb colour as the browser computes it: `rgb(r, g, b)`. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

/**
 * The states whose place in the count is unsettled (the US) are drawn in the grey of no level, not
 * in a level's fill or pattern, and the key has a row for them that names them.
 */
async function expectUnsettledApart(page: Page, scope: string, lang: 'fr' | 'en') {
  const count = stateCount(countries, counts);
  const svg = page.locator(`${scope} .map-box svg`);
  const fills = await svg
    .locator('a > path')
    .evaluateAll((paths) =>
      paths.map((path) => ({ href: path.parentElement?.getAttribute('href') ?? '', fill: getComputedStyle(path).fill })),
    );
  const isUnsettled = (href: string) => count.unsettled.some((id) => href.endsWith(`/${id.toLowerCase()}/`));
  const levelFills = new Set(fills.filter(({ href }) => !isUnsettled(href)).map(({ fill }) => fill));
  const unsettled = fills.filter(({ href }) => isUnsettled(href));
  expect(unsettled).toHaveLength(count.unsettled.length);
  for (const { href, fill } of unsettled) {
    expect(fill, href).toBe(rgb(MAP_PALETTE.light.unsettled));
    expect(levelFills.has(fill), href).toBe(false);
  }
  await expect(page.locator(`${scope} .map-legend li`).filter({ has: page.locator('.swatch.paint-unsettled') })).toHaveText(
    `${uiStrings(lang).mapUnsettled} (${new Intl.ListFormat(lang, { type: 'conjunction' }).format(count.unsettled.map((id) => countryName(id, lang)))})`,
  );
}

/** Whether an internal link's target is a page of the build. */
const isBuiltPage = (href: string) => href.startsWith(BASE) && existsSync(join(DIST, href.slice(BASE.length), 'index.html'));

async function expectLinkedStates(page: Page, scope: string) {
  const links = page.locator(`${scope} .map-box svg a`);
  expect(await links.count()).toBeGreaterThan(30);
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href')) ?? '';
    expect(isBuiltPage(href), href).toBe(true);
    await expect(link).toHaveAccessibleName(/\S+ — \S+/);
  }
}

/** The built pages of a folder's sub-folders: `/pays/fr/`… */
const pagesUnder = (folder: string) =>
  readdirSync(join(DIST, folder.slice(BASE.length)), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(DIST, folder.slice(BASE.length), entry.name, 'index.html')))
    .map((entry) => `${folder}${entry.name}/`);

for (const path of MAPS) {
  test.describe(path, () => {
    test.use({ viewport: { width: 1280, height: 800 } });

    test('every state shape is a link to a built page, with an accessible name', async ({ page }) => {
      await page.goto(path);
      await expectLinkedStates(page, 'main');
    });

    test('every state with a page has its shapes in links to it, Crimea included, and no state shape is left out of a link', async ({
      page,
    }) => {
      await page.goto(path);
      const svg = page.locator('main .map-box svg');
      const hrefs = await svg.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      const countries = hrefs[0]?.replace(/[^/]+\/$/, '') ?? '';
      expect(new Set(hrefs)).toEqual(new Set(pagesUnder(countries)));
      // Every painted state (fill or marker) sits in a link.
      expect(await svg.locator('[class*="paint-"]:not(a *)').count()).toBe(0);
      // Crimea's hatching lets a click through to Ukraine's link.
      await svg.locator('.annexed').scrollIntoViewIfNeeded();
      const target = await svg.locator('.annexed').evaluate((crimea: SVGGeometryElement) => {
        const box = crimea.getBBox();
        const matrix = crimea.getScreenCTM();
        for (let step = 1; step < 400; step++) {
          const point = new DOMPoint(box.x + ((step * 7) % 20) * (box.width / 20), box.y + (step / 400) * box.height);
          if (!matrix || !crimea.isPointInFill(point)) continue;
          const screen = point.matrixTransform(matrix);
          const hit = document.elementFromPoint(screen.x, screen.y);
          return hit?.closest('a')?.getAttribute('href') ?? `no link: ${hit?.outerHTML.slice(0, 80)}`;
        }
        return 'no point';
      });
      expect(target).toMatch(/\/(pays|countries)\/ua\/$/);
    });

    test('the key comes before the map, beside it and on the first screen; Paris is marked, on the first screen too', async ({ page }) => {
      await page.goto(path);
      const legend = page.locator('.map-legend');
      const before = await legend.evaluate(
        (node) => !!(node.compareDocumentPosition(document.querySelector('.map-box svg')!) & Node.DOCUMENT_POSITION_FOLLOWING),
      );
      expect(before).toBe(true);
      const box = await legend.boundingBox();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
      // Beside the map, in the column to its right.
      const map = await page.locator('main .map-box svg').boundingBox();
      expect(box?.x ?? 0).toBeGreaterThanOrEqual((map?.x ?? Infinity) + (map?.width ?? 0));
      expect(box?.y ?? Infinity).toBeLessThan((map?.y ?? 0) + (map?.height ?? 0));
      await expect(page.locator('.map-box circle.paris')).toHaveCount(1);
      await expect(page.locator('main .map-box circle.paris')).toBeInViewport({ ratio: 1 });
      await expect(page.locator('.map-box .paris-label')).toHaveText('Paris');
    });

    test('the headline gives the count’s one wording, read from the data: the US beside the named states, maybe among the 35', async ({
      page,
    }) => {
      await page.goto(path);
      const lang = path.includes('/en/') ? 'en' : 'fr';
      await expect(page.locator('main')).toContainText(uiStrings(lang).mapHeadline(mapFigures(countries, counts)));
      await expect(page.locator('main')).not.toContainText(/non membre de la coalition était|not a coalition member was/);
    });

    test('the table is grouped by level, counts match, and each representative links to a built page', async ({ page }) => {
      await page.goto(path);
      const headings = page.locator('.map-table h3');
      expect(await headings.count()).toBeGreaterThanOrEqual(3);
      for (const heading of await headings.all()) {
        const count = Number((await heading.textContent())?.match(/\((\d+)\)/)?.[1]);
        const rows = page.locator(`table[aria-labelledby="${await heading.getAttribute('id')}"] tbody tr`);
        await expect(rows).toHaveCount(count);
      }
      const people = page.locator('.map-table td > a');
      expect(await people.count()).toBeGreaterThan(20);
      for (const href of await people.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''))) {
        expect(isBuiltPage(href), href).toBe(true);
      }
    });

    test('the states whose place in the count is unsettled (the US) are drawn in no level’s paint, with a row of their own in the key', async ({
      page,
    }) => {
      await page.goto(path);
      await expectUnsettledApart(page, 'main', path.includes('/en/') ? 'en' : 'fr');
    });

    test('the states whose place in the count is unsettled (the US) are in no level: a group of their own, last, headed as on the countries list', async ({
      page,
    }) => {
      await page.goto(path);
      const lang = path.includes('/en/') ? 'en' : 'fr';
      const { reported, unsettled } = stateCount(countries, counts);
      expect(unsettled.length).toBeGreaterThan(0);
      const last = page.locator('.map-table h3').last();
      await expect(last).toHaveText(`${uiStrings(lang).countUnsettledHeading(reported)} (${unsettled.length})`);
      const apart = page.locator(`table[aria-labelledby="${await last.getAttribute('id')}"] tbody th a`);
      await expect(apart).toHaveText(unsettled.map((id) => countryName(id, lang)));
      // Nothing claims their level: no level caption, no level source.
      await expect(page.locator(`table[aria-labelledby="${await last.getAttribute('id')}"] :is(caption, .cite)`)).toHaveCount(0);
      for (const id of unsettled) {
        await expect(page.locator('.map-table tbody th a').filter({ hasText: countryName(id, lang) })).toHaveCount(1);
      }
    });
  });
}

for (const path of EMBEDS) {
  test(`${path}: the article embeds the map, linked state by state, with a link to the full map`, async ({ page }) => {
    await page.goto(path);
    const figure = page.locator('figure.map-embed');
    await expect(figure).toHaveCount(1);
    await expectLinkedStates(page, 'figure.map-embed');
    await expectUnsettledApart(page, 'figure.map-embed', path.includes('/en/') ? 'en' : 'fr');
    const full = figure.locator('figcaption a');
    expect(isBuiltPage((await full.getAttribute('href')) ?? '')).toBe(true);
  });

  test(`${path}: on a wide screen the map breaks out of the text column, to about 860 px, within the page`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    const [figure, text] = await Promise.all([
      page.locator('figure.map-embed').boundingBox(),
      page.locator('.article .body > p').first().boundingBox(),
    ]);
    expect(figure!.x).toBeCloseTo(text!.x, 0);
    expect(text!.width).toBeLessThan(650);
    expect(figure!.width).toBeGreaterThan(850);
    expect(figure!.x + figure!.width).toBeLessThanOrEqual(1280);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });
}
