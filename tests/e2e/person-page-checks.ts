/**
 * What every person page must show, each check run on the page already loaded
 * (person-pages.spec.ts loads each person page once and runs them all):
 *
 * - a newsroom profile's top: the role, with its footnotes, and the delegation, linked, in the
 *   standfirst; the role said once on the page; the presence line naming the outlets its
 *   footnotes point to;
 * - the summit day's timeline entries that name the person;
 * - at least one link to an article that mentions the person, each a built page.
 */
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { uiStrings } from '../../src/i18n/index.ts';
import type { Lang } from '../../src/lib/content/schema.ts';
import { capitalised } from '../../src/lib/people.ts';
import { personSummitDayEvents, presenceWording } from '../../src/lib/places.ts';
import { countryUrl } from '../../src/lib/routes.ts';
import { loadContentFiles } from '../support/loaded-content.ts';
import { articleLinks } from './article-links.ts';
import { cited, markerSources } from './markers.ts';
import { BASE } from './pages.ts';

const { collections } = loadContentFiles(fileURLToPath(new URL('../../', import.meta.url)));
const sources = new Map(collections.sources.map((entry) => [entry.id, entry.data]));
export const people = collections.people.map((entry) => entry.data);
export type Person = (typeof people)[number];
const timeline = collections.timeline.map((entry) => entry.data);
const summit = collections.summit[0]?.data;
if (!summit) throw new Error('content/summit.yaml holds no summit');

/** The text of `scope` without its citation markers (nor its list of sources). */
export const plainText = (scope: Locator): Promise<string> =>
  scope.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('sup, section.sources').forEach((left) => left.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

export async function checkProfile(page: Page, lang: Lang, person: Person): Promise<void> {
  const t = uiStrings(lang);
  const role = capitalised(person.role[lang], lang);
  const standfirst = page.locator('main h1 + p.intro');
  expect(await plainText(standfirst), person.id).toContain(role);
  expect(await markerSources(standfirst), `${person.id}: the role's footnotes`).toEqual(cited(person.roleSources));
  if (person.country) await expect(standfirst.locator(`a[href="${countryUrl(BASE, lang, person.country)}"]`), person.id).toHaveCount(1);
  const main = await plainText(page.locator('main'));
  expect(main.split(role).length - 1, `${person.id}: the role is said once`).toBe(1);
  const presence = page.locator('.at-summit > p');
  expect(await plainText(presence), person.id).toBe(capitalised(presenceWording(person.presence, t, lang, sources), lang));
  expect(await markerSources(presence), `${person.id}: the presence's footnotes`).toEqual(cited(person.presence.sources));
}

export async function checkSummitDay(page: Page, person: Person): Promise<void> {
  const events = personSummitDayEvents(person, timeline, summit!.date);
  await expect(page.locator('section.summit-day-events ol > li'), page.url()).toHaveCount(events.length);
}

export async function checkArticleLinks(page: Page): Promise<void> {
  expect((await articleLinks(page)).length, `${page.url()} links an article`).toBeGreaterThan(0);
}
