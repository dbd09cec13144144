/**
 * A person page reads like a newsroom profile (issue 15, §4): the standfirst gives the role, with
 * its footnotes, and the delegation, linked; the role is said once on the page; the presence line
 * names the outlets its footnotes point to. The who's who names each delegation the same way on
 * every key-actor card and in the roster (an organisation by its short name).
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator } from '@playwright/test';
import { uiStrings } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/lib/content/schema.ts';
import { countryName } from '../../src/lib/country-names.ts';
import { countryUrl } from '../../src/lib/routes.ts';
import { capitalised } from '../../src/lib/people.ts';
import { presenceWording } from '../../src/lib/places.ts';
import { sectionUrl } from '../../src/lib/routes.ts';
import { loadContentFiles } from '../support/loaded-content.ts';
import { BASE } from './pages.ts';
import { cited, markerSources } from './markers.ts';

const { collections } = loadContentFiles(fileURLToPath(new URL('../../', import.meta.url)));
const sources = new Map(collections.sources.map((entry) => [entry.id, entry.data]));
const people = collections.people.map((entry) => entry.data);
const organisations = collections.organisations.map((entry) => entry.data);

/** The text of `scope` without its citation markers (nor its list of sources). */
const plainText = (scope: Locator): Promise<string> =>
  scope.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('sup, section.sources').forEach((left) => left.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

test.describe.configure({ timeout: 180_000 });

for (const lang of LANGS) {
  const t = uiStrings(lang);

  test(`every ${lang} person page: the role once, sourced, in the standfirst; the presence naming its outlets`, async ({ page }) => {
    for (const person of people) {
      await page.goto(sectionUrl(BASE, lang, 'people', person.id));
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
  });

  test(`the ${lang} who's who and person pages name each delegation alike: the state, or the organisation's short name`, async ({
    page,
  }) => {
    await page.goto(sectionUrl(BASE, lang, 'people'));
    const eyebrows = page.locator('.key-actors > li .delegation');
    await expect(eyebrows).toHaveCount(await page.locator('.key-actors > li').count());
    for (const label of await eyebrows.allTextContents()) expect(label.trim()).not.toBe('');
    const labels = [...(await eyebrows.allTextContents()), ...(await page.locator('.roster .delegation').allTextContents())].map((label) =>
      label.trim(),
    );
    for (const organisation of organisations) {
      expect(labels, `${organisation.id}: its full name as a label`).not.toContain(organisation.name[lang]);
      expect(labels, `${organisation.id}: its short name as a label`).toContain(organisation.shortName[lang]);
    }
    await page.goto(sectionUrl(BASE, lang, 'people', 'rutte'));
    expect(await plainText(page.locator('main h1 + p.intro')), 'the role names the organisation: no label after it').not.toContain(' · ');
    await page.goto(sectionUrl(BASE, lang, 'people', 'costa'));
    expect(await plainText(page.locator('main h1 + p.intro'))).toMatch(
      new RegExp(` · ${organisations.find((o) => o.id === 'eu')!.shortName[lang]}$`),
    );
  });
}

test('Rubio’s role is his title; why he stayed away is a note, sourced to AP', async ({ page }) => {
  await page.goto(sectionUrl(BASE, 'fr', 'people', 'rubio'));
  expect(await plainText(page.locator('main h1 + p.intro'))).toBe('Secrétaire d’État des États-Unis');
  await expect(page.locator('.at-summit > p')).toContainText('selon AP');
  const note = page.locator('.at-summit .entry-notes li');
  await expect(note).toContainText('Contexte.');
  expect(await markerSources(note)).toEqual(cited(['dunya-ap-2026-01-06']));
});

for (const lang of LANGS) {
  const t = uiStrings(lang);

  test(`${lang}: an absent person’s page gives no delegation level, but the presence, then the delegation that attended, linked and sourced`, async ({
    page,
  }) => {
    const delegates = ['witkoff', 'kushner'].map((id) => people.find((person) => person.id === id)!);
    await page.goto(sectionUrl(BASE, lang, 'people', 'rubio'));
    await expect(page.getByText(t.delegationLevelLabel, { exact: true })).toHaveCount(0);
    const row = page.locator('dl.fact-list').filter({ has: page.getByText(t.delegationInsteadLabel, { exact: true }) });
    await expect(row).toHaveCount(1);
    // The presence comes first, then the delegation.
    const follows = await page
      .locator('.at-summit')
      .evaluate(
        (section, dl) => (section.compareDocumentPosition(dl as Node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        await row.elementHandle(),
      );
    expect(follows).toBe(true);
    for (const delegate of delegates) {
      await expect(row.getByRole('link', { name: delegate.name })).toHaveAttribute('href', sectionUrl(BASE, lang, 'people', delegate.id));
    }
    expect(await markerSources(row.locator('dd'))).toEqual(cited([...new Set(delegates.flatMap((person) => person.presence.sources))]));
  });

  test(`${lang}: a minister’s page links the other representatives of the same rank, not the person; the US envoys are nobody’s peers and have none`, async ({
    page,
  }) => {
    const bilkey = people.find((person) => person.id === 'bilkey')!;
    await page.goto(sectionUrl(BASE, lang, 'people', bilkey.id));
    await expect(page.locator('main .intro').getByRole('link', { name: countryName(bilkey.country!, lang) })).toHaveAttribute(
      'href',
      countryUrl(BASE, lang, bilkey.country!),
    );
    // New Zealand's envoy level holds no other named representative once the US, whose level no
    // source settles, is left out.
    await expect(page.locator('p.peers')).toHaveCount(0);
    await page.goto(sectionUrl(BASE, lang, 'people', 'witkoff'));
    await expect(page.locator('p.peers')).toHaveCount(0);
    // Nor a delegation level: the US's sources say who came, not at which level.
    await expect(page.locator('main')).not.toContainText(t.delegationLevelLabel);
    await page.goto(sectionUrl(BASE, lang, 'people', 'fidan'));
    const peers = page.locator('p.peers');
    await expect(peers).toContainText(t.sameLevelPeers(t.level.minister));
    await expect(peers.getByRole('link', { name: people.find((person) => person.id === 'fidan')!.name })).toHaveCount(0);
    for (const id of ['plakolm', 'mcentee', 'damianos']) {
      await expect(peers.getByRole('link', { name: people.find((person) => person.id === id)!.name })).toHaveAttribute(
        'href',
        sectionUrl(BASE, lang, 'people', id),
      );
    }
    // A leader's page has no such line: the who's who lists the leaders.
    await page.goto(sectionUrl(BASE, lang, 'people', 'rama'));
    await expect(page.locator('p.peers')).toHaveCount(0);
  });
}
