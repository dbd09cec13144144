/**
 * The top of every article on a phone, and its citation clusters (reader review, articles 1 and 4):
 *
 * - at 360×740 the meta data under the standfirst is short: the format, byline and reading time on
 *   one line, the dates on at most two, so the key points' heading is whole on the first screen;
 * - citation markers written side by side read as one tight cluster (`[5][6]`, no space between),
 *   each number still its own link.
 */
import { expect, test } from '@playwright/test';
import { isArticlePage } from '../support/dist.ts';
import { PAGES } from './pages.ts';

const ARTICLES = PAGES.filter((p) => isArticlePage(p.file));
const PHONE = { width: 360, height: 740 };

/** How many lines a block takes: its height over its line height. */
const lines = (block: Element): number => Math.round(block.getBoundingClientRect().height / parseFloat(getComputedStyle(block).lineHeight));

test('every article is checked, in both languages', () => {
  expect(ARTICLES.filter((p) => p.file.startsWith('en/')).length).toBeGreaterThanOrEqual(5);
  expect(ARTICLES.filter((p) => !p.file.startsWith('en/')).length).toBeGreaterThanOrEqual(5);
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  for (const { file, path } of ARTICLES) {
    test(`${file}: meta data in three lines at most, the key points' heading on the first screen`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const header = page.locator('.article-header');
      expect(await header.locator('.byline').evaluate(lines), 'format, byline and reading time on one line').toBe(1);
      expect(await header.locator('.dates').evaluate(lines), 'the dates on two lines at most').toBeLessThanOrEqual(2);
      const heading = (await page.locator('.key-points h2').boundingBox())!;
      expect(heading.y + heading.height, 'the key points’ heading ends on the first screen').toBeLessThanOrEqual(PHONE.height);
    });
  }
});

test('side-by-side citation markers form one cluster, with no space inside, each number its own link', async ({ page }) => {
  let clusters = 0;
  const spaced: string[] = [];
  for (const { file, path } of ARTICLES) {
    await page.goto(path);
    const found = await page.locator('article .body').evaluate((body) => {
      const markers = [...body.querySelectorAll('sup.cite')];
      const isMarker = (node: Node | null): boolean => node instanceof Element && node.matches('sup.cite');
      return {
        clusters: markers.filter((marker) => isMarker(marker.nextSibling)).length,
        spaced: markers
          .filter((marker) => {
            const next = marker.nextSibling;
            return next?.nodeType === Node.TEXT_NODE && (next.textContent ?? '').trim() === '' && isMarker(next.nextSibling);
          })
          .map((marker) => marker.textContent ?? ''),
        links: markers.map((marker) => marker.querySelectorAll('a[href^="#source-"]').length),
      };
    });
    clusters += found.clusters;
    spaced.push(...found.spaced.map((marker) => `${file}: ${marker}`));
    expect(new Set(found.links), `${file}: one link per marker`).toEqual(found.links.length > 0 ? new Set([1]) : new Set());
  }
  expect(clusters, 'the articles have clusters of markers').toBeGreaterThan(10);
  expect(spaced).toEqual([]);
});
