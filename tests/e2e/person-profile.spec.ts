/**
 * A person page reads like a newsroom profile (issue 15, §4; what every person page's top shows:
 * person-page-checks.ts). The who's who names each delegation the same way on every key-actor card
 * and in the roster (an organisation by its short name); an absent person's page, a minister's
 * peers.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { uiStrings } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/lib/content/schema.ts';
import { countryName } from '../../src/lib/country-names.ts';
import { countryUrl } from '../../src/lib/routes.ts';
import { sectionUrl } from '../../src/lib/routes.ts';
import { loadContentFiles } from '../support/loaded-content.ts';
import { BASE } from './pages.ts';
import { cited, markerSources } from './markers.ts';
import { plainText } from './person-page-checks.ts';

const { collections } = loadContentFiles(fileURLToPath(new URL('../../', import.meta.url)));
const people = collections.people.map((entry) => entry.data);
const organisations = collections.organisations.map((entry) => entry.data);

test.describe.configure({ timeout: 180_000 });

for (const lang of LANGS) {
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
