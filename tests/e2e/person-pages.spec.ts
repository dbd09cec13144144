/**
 * Every person page, in both languages, loaded once and checked part by part
 * (person-page-checks.ts): the profile's top, the summit day's entries, the links to the articles
 * that mention the person. One walk per language keeps the suite to one visit of each page.
 */
import { test } from '@playwright/test';
import { LANGS } from '../../src/lib/content/schema.ts';
import { personUrl } from '../../src/lib/routes.ts';
import { BASE } from './pages.ts';
import { checkArticleLinks, checkProfile, checkSummitDay, people } from './person-page-checks.ts';

test.describe.configure({ timeout: 180_000 });

for (const lang of LANGS) {
  test(`every ${lang} person page: the role once, sourced, in the standfirst; the presence naming its outlets; summit-day entries; articles that mention the person`, async ({
    page,
  }) => {
    for (const person of people) {
      await page.goto(personUrl(BASE, lang, person.id));
      await checkProfile(page, lang, person);
      await checkSummitDay(page, person);
      await checkArticleLinks(page);
    }
  });
}
