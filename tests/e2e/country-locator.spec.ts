/**
 * Country and person pages that are not stubs (issue 15): every country page shows its state on
 * the map of the states represented (the shared base file as an image, the state's own shape from
 * that file over it, named for assistive technology, and a link to the map page); country and
 * person pages list the summit day's timeline entries that name them; a delegate's page gives
 * the delegation's level with its sources, and the state on the locator.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { uiStrings } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/lib/content/schema.ts';
import { countryName } from '../../src/lib/country-names.ts';
import { LOCATOR_BASE_FILE, locatorShapeId } from '../../src/lib/locator.ts';
import { countrySummitDayEvents, personSummitDayEvents } from '../../src/lib/places.ts';
import { capitalised } from '../../src/lib/people.ts';
import { countryUrl, personUrl, sectionUrl } from '../../src/lib/routes.ts';
import { readContent } from '../support/read-content.ts';
import { validateContent } from '../support/validate-content.ts';
import { cited, markerSources } from './markers.ts';
import { BASE, PAGES } from './pages.ts';

const { content } = validateContent(readContent(fileURLToPath(new URL('../../', import.meta.url))).content);
const countries = content.countries.map((entry) => entry.data);
const people = content.people.map((entry) => entry.data);
const timeline = content.timeline.map((entry) => entry.data);
const summit = content.summit[0]?.data;
if (!summit) throw new Error('content/summit.yaml holds no summit');
const BUILT = new Set(PAGES.map((page) => page.path));
const BASE_FILE = `${BASE}${LOCATOR_BASE_FILE}`;
/** The states the map draws in insets, away from Europe. */
const INSETS = new Set(['US', 'CA', 'AU', 'JP', 'NZ']);
/** The base file's view of Europe alone, without the insets' panels: the box of its first frame. */
const europeView = (svg: string) => {
  const [, width, height] = svg.match(/<rect x="0\.5" y="0\.5" width="(\d+)" height="(\d+)"\/>/) ?? [];
  return `0,0,${Number(width) + 1},${Number(height) + 1}`;
};

test.describe.configure({ timeout: 180_000 });

test('the locator’s base file is one SVG with a shape for every represented state, and no style', async ({ request }) => {
  const response = await request.get(BASE_FILE);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  const svg = await response.text();
  for (const country of countries) expect(svg, country.id).toContain(`id="${locatorShapeId(country.id)}"`);
  expect(svg).not.toContain('<style');
});

for (const lang of LANGS) {
  const t = uiStrings(lang);

  test(`every ${lang} country page shows its state on the locator, named, over the loaded base file, linked to the map`, async ({
    page,
  }) => {
    const europe = europeView(await (await page.request.get(BASE_FILE)).text());
    for (const country of countries) {
      await page.goto(countryUrl(BASE, lang, country.id));
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
    expect(BUILT.has(sectionUrl(BASE, lang, 'map'))).toBe(true);
  });

  test(`${lang} country and person pages list the summit day’s timeline entries that name them, or none`, async ({ page }) => {
    const japan = countries.find((country) => country.id === 'JP')!;
    expect(countrySummitDayEvents(japan, timeline, summit.date).length, 'Japan is named on summit day').toBeGreaterThan(0);
    for (const country of countries) {
      const events = countrySummitDayEvents(country, timeline, summit.date);
      await page.goto(countryUrl(BASE, lang, country.id));
      const section = page.locator('section.summit-day-events');
      if (events.length === 0) {
        await expect(section, page.url()).toHaveCount(0);
        continue;
      }
      await expect(section.locator('ol > li'), page.url()).toHaveCount(events.length);
      expect(await markerSources(section.locator('ol > li').first().locator('p.text')), page.url()).toEqual(cited(events[0]!.sources));
    }
    for (const person of people) {
      const events = personSummitDayEvents(person, timeline, summit.date);
      await page.goto(personUrl(BASE, lang, person.id));
      await expect(page.locator('section.summit-day-events ol > li'), page.url()).toHaveCount(events.length);
    }
  });

  test(`${lang} a state delegate’s page gives the delegation’s level with its sources and the state on the locator; the country page links its representatives first`, async ({
    page,
  }) => {
    const damianos = people.find((person) => person.id === 'damianos')!;
    const cyprus = countries.find((country) => country.id === damianos.country)!;
    await page.goto(personUrl(BASE, lang, damianos.id));
    const level = page.locator('dl.fact-list dd').first();
    await expect(level).toContainText(capitalised(t.level[cyprus.level], lang));
    expect(await markerSources(level)).toEqual(cited(cyprus.levelSources));
    const locator = page.getByRole('img', { name: t.locatorName(countryName(cyprus.id, lang)), exact: true });
    expect(await locator.locator('use.state').getAttribute('href')).toBe(`${BASE_FILE}#${locatorShapeId(cyprus.id)}`);
    // A European state's delegate sees Europe alone: no panel of a distant state, empty, under it.
    const europe = europeView(await (await page.request.get(BASE_FILE)).text());
    expect(await page.locator('figure.locator img').getAttribute('src')).toBe(`${BASE_FILE}#svgView(viewBox(${europe}))`);
    expect(await locator.getAttribute('viewBox')).toBe(europe.replaceAll(',', ' '));
    const [width, height] = europe.split(',').slice(2).map(Number) as [number, number];
    const picture = await page.locator('figure.locator .picture').boundingBox();
    expect(picture!.width / picture!.height).toBeCloseTo(width / height, 1);
    await page.goto(countryUrl(BASE, lang, cyprus.id));
    const standfirst = page.locator('main .intro');
    expect(await standfirst.getByRole('link', { name: damianos.name }).getAttribute('href')).toBe(personUrl(BASE, lang, damianos.id));
  });
}
