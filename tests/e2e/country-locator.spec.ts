/**
 * The locator's shared base file, and a delegate's page: the delegation's level with its sources,
 * and the state on the locator. What every country page's locator and summit-day entries show:
 * country-page-checks.ts (walked by country-pages.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { uiStrings } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/lib/content/schema.ts';
import { countryName } from '../../src/lib/country-names.ts';
import { locatorShapeId } from '../../src/lib/locator.ts';
import { capitalised } from '../../src/lib/people.ts';
import { countryUrl, personUrl } from '../../src/lib/routes.ts';
import { BASE_FILE, countries, europeView } from './country-page-checks.ts';
import { cited, markerSources } from './markers.ts';
import { BASE } from './pages.ts';
import { people } from './person-page-checks.ts';

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
