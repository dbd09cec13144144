import { expect, type Page } from '@playwright/test';
import { BASE, PAGES } from './pages.ts';

const BUILT = new Set(PAGES.map((page) => page.path));

/**
 * The hrefs of the links to articles of the page loaded in `page` ("articles mentioning…", and on
 * a country page those its lead links, listed there rather than twice), each checked to lead to a
 * built article.
 */
export async function articleLinks(page: Page): Promise<string[]> {
  const links = page.locator('section[aria-labelledby="mentioned-heading"] a, section.lead .read a');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  for (const href of hrefs) {
    expect(href, 'a link to an article').toMatch(new RegExp(`^${BASE}(en/)?articles/[^/]+/$`));
    expect(BUILT.has(href), `${href} is a built page`).toBe(true);
  }
  return hrefs;
}
