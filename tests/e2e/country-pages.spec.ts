/**
 * Every country page, in both languages, loaded once and checked part by part
 * (country-page-checks.ts): the locator, the summit day's entries, the offer and what followed,
 * the coalition status, the links to representatives and articles. Country and person pages are
 * not stubs (issue 15); one walk per language keeps the suite to one visit of each page.
 */
import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/lib/content/schema.ts';
import { countryUrl } from '../../src/lib/routes.ts';
import { BASE } from './pages.ts';
import {
  BASE_FILE,
  checkLinks,
  checkLocator,
  checkOfferAndAfter,
  checkStatus,
  checkSummitDay,
  countries,
  europeView,
} from './country-page-checks.ts';

test.describe.configure({ timeout: 180_000 });

for (const lang of LANGS) {
  test(`every ${lang} country page: locator, summit-day entries, offer and what followed, status, links to its people and articles`, async ({
    page,
  }) => {
    const earlierEntries: string[] = [];
    const europe = europeView(await (await page.request.get(BASE_FILE)).text());
    for (const country of countries) {
      await page.goto(countryUrl(BASE, lang, country.id));
      await checkLocator(page, lang, country, europe);
      await checkSummitDay(page, country);
      const earlier = await checkOfferAndAfter(page, lang, country);
      if (earlier) earlierEntries.push(earlier);
      await checkStatus(page, lang, country);
      await checkLinks(page, lang, country);
    }
    // Each link to the earlier entries lands on an entry of the timeline (one page for them all).
    expect(new Set(earlierEntries.map((href) => href.split('#')[0])).size).toBeLessThanOrEqual(1);
    if (earlierEntries.length > 0) await page.goto(earlierEntries[0]!);
    for (const href of earlierEntries)
      await expect(page.locator(`[id="${href.split('#')[1]}"]`), `${href} lands on an entry`).toHaveCount(1);
  });
}
