/**
 * What every country page must show, one check per part of the page, each run on the page already
 * loaded (country-pages.spec.ts loads each country page once and runs them all):
 *
 * - the locator: the state on the map of the states represented (the shared base file as an image,
 *   the state's own shape from that file over it, named for assistive technology, a link to the
 *   map page; a state of an inset shown in that inset alone);
 * - the summit day's timeline entries that name the state, or none;
 * - its offer at the summit with exactly that offer's footnotes, or a plain "nothing more"; what it
 *   did afterwards (the latest entries, and a link to the rest in the timeline);
 * - its coalition status, where a source states one, footnoted to it; none otherwise;
 * - a link to each representative's page and to at least one article.
 */
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { uiStrings } from '../../src/i18n/index.ts';
import type { Lang } from '../../src/lib/content/schema.ts';
import { countryName } from '../../src/lib/country-names.ts';
import { LOCATOR_BASE_FILE, locatorShapeId } from '../../src/lib/locator.ts';
import { countryEventsAfter, countrySummitDayEvents, latestEvents } from '../../src/lib/places.ts';
import { sectionUrl } from '../../src/lib/routes.ts';
import { entryAnchor } from '../../src/lib/timeline.ts';
import { readContent } from '../support/read-content.ts';
import { validateContent } from '../support/validate-content.ts';
import { articleLinks } from './article-links.ts';
import { cited, markerSources } from './markers.ts';
import { BASE, PAGES } from './pages.ts';

const { content } = validateContent(readContent(fileURLToPath(new URL('../../', import.meta.url))).content);
export const countries = content.countries.map((entry) => entry.data);
export type Country = (typeof countries)[number];
const timeline = content.timeline.map((entry) => entry.data);
const summit = content.summit[0]?.data;
if (!summit) throw new Error('content/summit.yaml holds no summit');
const BUILT = new Set(PAGES.map((page) => page.path));
export const BASE_FILE = `${BASE}${LOCATOR_BASE_FILE}`;
/** The states the map draws in insets, away from Europe. */
const INSETS = new Set(['US', 'CA', 'AU', 'JP', 'NZ']);
/** The base file's view of Europe alone, without the insets' panels: the box of its first frame. */
export const europeView = (svg: string) => {
  const [, width, height] = svg.match(/<rect x="0\.5" y="0\.5" width="(\d+)" height="(\d+)"\/>/) ?? [];
  return `0,0,${Number(width) + 1},${Number(height) + 1}`;
};

/** @param europe the base file's view of Europe (`europeView`) */
export async function checkLocator(page: Page, lang: Lang, country: Country, europe: string): Promise<void> {
  const t = uiStrings(lang);
  const where = page.url();
  const figure = page.locator('figure.locator');
  const drawing = figure.getByRole('img', { name: t.locatorName(countryName(country.id, lang)), exact: true });
  await expect(drawing, where).toBeVisible();
  const state = drawing.locator('use.state');
  expect(await state.getAttribute('href'), where).toBe(`${BASE_FILE}#${locatorShapeId(country.id)}`);
  expect(await state.getAttribute('data-country'), where).toBe(country.id);
  const base = figure.locator('img');
  const inset = INSETS.has(country.id);
  // A state drawn in an inset of the map is shown in that inset alone (a view of the same file), not under Europe;
  // a state of Europe on the Europe view alone, without the insets' empty panels.
  const src = (await base.getAttribute('src')) ?? '';
  if (inset) expect(src, where).toMatch(new RegExp(`^${BASE_FILE}#svgView\\(viewBox\\(`));
  else expect(src, where).toBe(`${BASE_FILE}#svgView(viewBox(${europe}))`);
  if (inset) {
    const [shape, picture] = await Promise.all([state.boundingBox(), figure.locator('.picture').boundingBox()]);
    expect(shape!.width * shape!.height, `${where}: the state fills its enlarged inset`).toBeGreaterThan(
      0.15 * picture!.width * picture!.height,
    );
  }
  await expect.poll(() => base.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0), where).toBe(true);
  // The state is drawn: its shape has an area, or (too small to draw) a ring marks it.
  const shown = await drawing.evaluate((svg) => {
    const use = svg.querySelector('use.state') as SVGGraphicsElement;
    const box = use.getBBox();
    return box.width * box.height > 0 || svg.querySelector('circle.ring') !== null;
  });
  expect(shown, `${where}: the state is drawn or ringed`).toBe(true);
  const link = figure.getByRole('link', { name: t.locatorLink });
  expect(await link.getAttribute('href'), where).toBe(sectionUrl(BASE, lang, 'map'));
}

export async function checkSummitDay(page: Page, country: Country): Promise<void> {
  const events = countrySummitDayEvents(country, timeline, summit!.date);
  const section = page.locator('section.summit-day-events');
  if (events.length === 0) {
    await expect(section, page.url()).toHaveCount(0);
    return;
  }
  await expect(section.locator('ol > li'), page.url()).toHaveCount(events.length);
  expect(await markerSources(section.locator('ol > li').first().locator('p.text')), page.url()).toEqual(cited(events[0]!.sources));
}

/** Whether the page's own source list holds an entry for each of `ids`. */
async function listed(page: Page, ids: readonly string[]): Promise<boolean> {
  for (const id of ids) if ((await page.locator(`[id="source-${id}"]`).count()) !== 1) return false;
  return true;
}

/**
 * The offer and what followed. Returns the link to the earlier entries in the timeline, if the
 * page has one with an anchor, for the caller to follow once the walk is done.
 */
export async function checkOfferAndAfter(page: Page, lang: Lang, country: Country): Promise<string | undefined> {
  const where = page.url();
  const offer = page.locator('section.offer');
  const after = page.locator('section.after');
  if (country.offer) {
    // The page sets typographic apostrophes and spaces: compare the words.
    const words = (text: string) => text.replace(/’/g, "'").replace(/\s+/g, ' ');
    expect(words(await offer.locator('p').innerText()), where).toContain(words(country.offer.text[lang]).slice(0, 30));
    expect(await markerSources(offer), where).toEqual(cited(country.offer.sources));
    expect(await listed(page, country.offer.sources), `${where} lists the offer's sources`).toBe(true);
  } else if (country.after.length > 0) {
    await expect(offer.locator('p.none'), where).toBeVisible();
    expect(await markerSources(offer), where).toEqual([]);
  } else {
    await expect(offer, where).toHaveCount(0);
    await expect(page.locator('main p.none'), `${where} says the sources report nothing more`).toHaveCount(1);
  }
  if (country.after.length === 0) {
    await expect(after, where).toHaveCount(0);
    return undefined;
  }
  // The most recent entries only; the link lands on the first of the earlier ones in the timeline.
  const events = countryEventsAfter(country, timeline);
  const { latest, earliest } = latestEvents(events);
  await expect(after.locator('ol > li'), where).toHaveCount(latest.length);
  const href = (await after.locator('p.more a').getAttribute('href')) ?? '';
  const [path, anchor] = href.split('#');
  expect(path, where).toBe(sectionUrl(BASE, lang, 'timeline'));
  expect(BUILT.has(path ?? ''), `${path} is a built page`).toBe(true);
  expect(anchor, where).toBe(earliest ? entryAnchor(events[0]!.id) : undefined);
  return anchor ? href : undefined;
}

export async function checkStatus(page: Page, lang: Lang, country: Country): Promise<void> {
  const t = uiStrings(lang);
  const term = page.locator('dl.fact-list dt', { hasText: t.statusLabel });
  if (!country.membership) {
    await expect(term, `${page.url()}: no source states a status`).toHaveCount(0);
    return;
  }
  if (country.membership.status !== 'member') return;
  const status = term.locator('+ dd');
  await expect(status, page.url()).toContainText(t.membership.member.slice(1));
  expect(await markerSources(status), page.url()).toEqual(cited(country.membership.sources));
}

export async function checkLinks(page: Page, lang: Lang, country: Country): Promise<void> {
  for (const id of country.representatives) {
    const href = sectionUrl(BASE, lang, 'people', id);
    await expect(page.locator(`main a[href="${href}"]`).first(), `${page.url()} links ${href}`).toBeVisible();
    expect(BUILT.has(href), `${href} is a built page`).toBe(true);
  }
  expect((await articleLinks(page)).length, `${page.url()} links an article`).toBeGreaterThan(0);
}
